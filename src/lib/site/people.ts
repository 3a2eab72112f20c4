import type { Article, Country, Person } from '../../content.config.ts';
import { fold } from '../search/fold.ts';
import { toSlug } from '../slug.ts';
import { compareByDate } from './related.ts';

/** A person as the site shows them: from the register when listed there, else just a name. */
export interface PersonRef {
  slug: string;
  name: string;
  /** null when the person is not in the register. */
  country: Country | null;
  /** The register entry, when there is one. */
  entry: Person | null;
}

/** Maps any name or alias (accent- and case-insensitively) to the person it denotes. */
export type PersonResolver = (name: string) => PersonRef;

/**
 * Builds a resolver over the register; a name it does not know becomes an unregistered person slugged
 * with `toSlug`, under the first spelling the resolver was asked about.
 */
export function createPersonResolver(register: readonly Person[]): PersonResolver {
  const byKey = new Map<string, PersonRef>();
  for (const entry of register) {
    const ref: PersonRef = { slug: entry.slug, name: entry.name, country: entry.country, entry };
    for (const n of [entry.name, ...entry.aliases]) if (!byKey.has(fold(n))) byKey.set(fold(n), ref);
  }
  // Unregistered names are remembered by their folded form, so "Lê Hòai Trung" and "Lê Hoài Trung"
  // become one person shown under the first spelling met.
  // A build resolves the same few names on every page: remember each spelling's answer (folding is the cost).
  const bySpelling = new Map<string, PersonRef>();
  return (name) => {
    let ref = bySpelling.get(name);
    if (ref) return ref;
    const key = fold(name);
    ref = byKey.get(key);
    if (!ref) byKey.set(key, (ref = { slug: toSlug(name), name, country: null, entry: null }));
    bySpelling.set(name, ref);
    return ref;
  };
}

/** A person with the articles they took part in and the articles that only mention them. */
export interface PersonSummary extends PersonRef {
  meetings: string[];
  mentions: string[];
}

/** Articles on one page of a person's meetings or mentions (as on the meeting type pages). */
export const PERSON_PAGE_SIZE = 50;

/** Mentions a person's profile shows, the newest; all of them are on their own list. */
export const MENTIONS_ON_PROFILE = 10;

/**
 * The articles of a person's list (`meetings` or `mentions` slugs) newest first: by event date, then
 * slug, both descending — the archive's order (`compareByDate`) reversed.
 */
export function newestFirst<T extends Pick<Article, 'date' | 'slug'>>(slugs: readonly string[], bySlug: ReadonlyMap<string, T>): T[] {
  return slugs
    .map((slug) => {
      const article = bySlug.get(slug);
      if (!article) throw new Error(`no article with the slug "${slug}"`);
      return article;
    })
    .sort((a, b) => compareByDate(b, a));
}

/** Sorts by Vietnamese collation of the name. */
export function compareNames(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'vi');
}

/** Everyone in the register or named in an article, with article slugs; sorted by name. */
export function collectPeople(
  register: readonly Person[],
  articles: readonly Pick<Article, 'slug' | 'people' | 'mentioned' | 'meetings'>[],
  resolve: PersonResolver = createPersonResolver(register),
): PersonSummary[] {
  const bySlug = new Map<string, PersonSummary>();
  const get = (name: string) => {
    const ref = resolve(name);
    let s = bySlug.get(ref.slug);
    if (!s) bySlug.set(ref.slug, (s = { ...ref, meetings: [], mentions: [] }));
    return s;
  };
  for (const p of register) get(p.name);
  for (const a of articles) {
    const participants = new Set([...a.people, ...a.meetings.flatMap((m) => m.people)].map((n) => get(n).slug));
    for (const slug of participants) bySlug.get(slug)!.meetings.push(a.slug);
    for (const n of a.mentioned) {
      const s = get(n);
      if (!participants.has(s.slug) && !s.mentions.includes(a.slug)) s.mentions.push(a.slug);
    }
  }
  return [...bySlug.values()].sort(compareNames);
}

/** People grouped by country: Việt Nam, then Hoa Kỳ, then unknown; empty groups left out. */
export function groupByCountry<T extends { country: Country | null }>(
  people: readonly T[],
): { country: Country | null; people: T[] }[] {
  const order: (Country | null)[] = ['VN', 'US', null];
  return order
    .map((country) => ({ country, people: people.filter((p) => p.country === country) }))
    .filter((g) => g.people.length > 0);
}

/** People split by what the archive holds of them: some article (a meeting or a mention), or none yet. */
export function splitByArticles<T extends { meetings: readonly string[]; mentions: readonly string[] }>(people: readonly T[]): { withArticles: T[]; without: T[] } {
  const has = (p: T) => p.meetings.length + p.mentions.length > 0;
  return { withArticles: people.filter(has), without: people.filter((p) => !has(p)) };
}

/** Someone a person met, how (across the table, or on the same side), and in which articles. */
export interface Counterpart {
  person: PersonRef;
  /** 'counterpart' when the countries differ or either is unknown; 'colleague' for the same country. */
  relation: 'counterpart' | 'colleague';
  articles: string[];
}

/**
 * Who met whom: for each article, the meetings (`meetings[].people`) that include the person (or the
 * article's `people` when no meeting lists them), and everyone else at those meetings.
 * Sorted by number of articles, most first, then by name.
 */
export function findCounterparts(
  personSlug: string,
  articles: readonly Pick<Article, 'slug' | 'people' | 'meetings'>[],
  resolve: PersonResolver,
): Counterpart[] {
  const found = new Map<string, Counterpart>();
  for (const a of articles) {
    const has = (names: string[]) => names.some((n) => resolve(n).slug === personSlug);
    let groups = a.meetings.map((m) => m.people).filter(has);
    if (groups.length === 0) groups = has(a.people) ? [a.people] : [];
    const self = groups.flat().map(resolve).find((r) => r.slug === personSlug);
    for (const other of groups.flat().map(resolve)) {
      if (other.slug === personSlug) continue;
      let c = found.get(other.slug);
      if (!c) {
        const same = self?.country != null && other.country != null && self.country === other.country;
        found.set(other.slug, (c = { person: other, relation: same ? 'colleague' : 'counterpart', articles: [] }));
      }
      if (!c.articles.includes(a.slug)) c.articles.push(a.slug);
    }
  }
  return [...found.values()].sort((x, y) => y.articles.length - x.articles.length || compareNames(x.person, y.person));
}

/** The register office held on a date (`YYYY[-MM[-DD]]`), or null. */
export function officeOn(person: Person | null, date: string): Person['offices'][number] | null {
  if (!person) return null;
  return person.offices.find((o) => o.from <= date && (o.to === null || date <= o.to + '\uffff')) ?? null;
}

/** The people a list of names denotes, each once, in order of first mention (aliases collapse into one). */
export function uniquePeople(names: readonly string[], resolve: PersonResolver): PersonRef[] {
  const seen = new Map<string, PersonRef>();
  for (const n of names) {
    const ref = resolve(n);
    if (!seen.has(ref.slug)) seen.set(ref.slug, ref);
  }
  return [...seen.values()];
}
