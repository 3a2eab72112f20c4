import { z } from 'astro/zod';
import { load, YAMLException } from 'js-yaml';
import { personSchema, type Country, type Person } from '../../content.config.ts';
import { COUNTRY_WORDS, MEETING_VERBS, NOT_NAMES, PLACES, PRONOUN_TITLES, TENSE_WORDS, TITLES, VN_SURNAMES } from '../../data/vietnamese.ts';
import { remembered } from '../memo.ts';
import { detached } from './detached.ts';
import { normalize } from './normalize.ts';
import { escapeRegExp, isSpace, literalAlternation, WORD_END, wordStartMatches } from './regex.ts';

/** A person named in a text: canonical name, where, and whether the register knows them. */
export interface PersonMention {
  name: string;
  start: number;
  end: number;
  registered: boolean;
  country: Country | null;
  /** the register's office titles of the person ("Đại diện Thương mại Hoa Kỳ"), as the press writes them */
  titles?: readonly string[];
}

/** The register made ready for matching: every name and alias, longest first, in canonical text form. */
export interface RegisterIndex {
  byName: Map<string, Person>;
  /** people by canonical name */
  canonical: ReadonlyMap<string, Person>;
  /** every name and alias, longest first, not followed by a letter or digit; a match counts where a word starts */
  pattern: RegExp | null;
  people: readonly Person[];
}

const E = WORD_END;

/**
 * Parse and validate the register's YAML text (src/data/people.yaml); throws with the line of a YAML error or the
 * bad entry's path. Read with js-yaml, as Astro's `file()` loader reads the same file for the site: both see the
 * same values (an unquoted date is a Date to both; `registerDate` turns it back into text). js-yaml also reads
 * it ≈ 4× faster than the yaml package (≈ 7 against ≈ 30 ms on a cold start, on the ingest's way to its first seed).
 */
export function parseRegister(yamlText: string): Person[] {
  let data: unknown;
  try {
    data = load(yamlText);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new Error(`line ${error.mark.line + 1}: ${error.reason}`, { cause: error });
  }
  const parsed = z.array(personSchema).safeParse(data ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`person ${issue.path.join('.')}: ${issue.message}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** Index the curated register (from src/data/people.yaml) for findPeople. */
export function indexRegister(people: readonly Person[]): RegisterIndex {
  const byName = new Map<string, Person>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) byName.set(normalize(n), p);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const pattern = names.length ? new RegExp(`(?:${literalAlternation(names)})${E}`, 'gu') : null;
  return { byName, canonical: new Map(people.map((p) => [p.name, p] as const)), pattern, people };
}

/** TITLES, longest first. */
const TITLES_LONGEST_FIRST = [...new Set(TITLES.map((t) => t.title))].sort((a, b) => b.length - a.length);
/** TITLES_LONGEST_FIRST by their last character. */
const TITLES_BY_LAST = Map.groupBy(TITLES_LONGEST_FIRST, (t) => t.charAt(t.length - 1));
/** An office title (a match counts where a word starts). */
const TITLE_RE = new RegExp(`(?:${literalAlternation(TITLES_LONGEST_FIRST)})${E}`, 'gu');
/** TITLES by their text (the first entry of a text, as `find` would give). */
const TITLE_BY_TEXT = new Map<string, (typeof TITLES)[number]>();
for (const t of TITLES) if (!TITLE_BY_TEXT.has(t.title)) TITLE_BY_TEXT.set(t.title, t);
const SURNAMES = new Set<string>(VN_SURNAMES);
/** A capitalised word: Vietnamese or Latin letters, initials like "J.D." allowed. */
const CAP_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*\.?|(?:\p{Lu}\.){1,3})$/u;
/** Lowercase words that end the search for a name after a title (verbs, connectives). */
const STOP_WORDS = new Set(['đã', 'sẽ', 'đang', 'vừa', 'và', 'với', 'là', 'có', 'tiếp', 'gặp', 'hội', 'điện', 'cho', 'của', 'được', 'tại', 'trong', 'nhân', 'về', 'khi', 'thì', 'nhưng', 'cũng']);
/** Places and countries that may stand between a title and a name ("Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper"). */
const PLACE_WORDS = [...new Set<string>([...NOT_NAMES, ...COUNTRY_WORDS.map((c) => c.word), ...PLACES.flatMap((p) => p.names)])]
  .filter((n) => /^\p{Lu}/u.test(n))
  // compared with tokens whose final '.' or ',' is dropped, so drop them here too ("Washington D.C.")
  .map((n) => n.split(' ').map((w) => withoutFinal(w, '.,')))
  .sort((a, b) => b.length - a.length);
/** PLACE_WORDS by their first word, each list in PLACE_WORDS order. */
const PLACE_WORDS_BY_FIRST = Map.groupBy(PLACE_WORDS, (p) => p[0]!);
/**
 * A word of text, or one punctuation mark that ends a run of capitalised words. No `u` flag (much faster
 * here): every separator is one UTF-16 unit, so a surrogate pair is never split and the tokens are the same.
 */
const TOKEN = /[^\s,;:()“”"!?]+|[,;:()“”"!?]/g;
/** A text starting with one of NOT_NAMES. */
const NOT_A_NAME = new RegExp(`^(?:${NOT_NAMES.map(escapeRegExp).join('|')})`);
/** A punctuation token. */
const PUNCTUATION = /^[,;:()“”"!?]$/;
/** An initial in a Latin name: "J." in "Lloyd J. Austin", "J.D." in "J.D. Vance". */
const INITIAL = /^(?:[A-Z]\.){1,3}$/;
const LATIN_WORD = /^[A-Z][A-Za-z'’.-]*$/;

/** The TITLES a text names, where words start (what `findPeople` and `findReferences` read names after). */
export function findTitles(text: string): RegExpExecArray[] {
  return wordStartMatches(text, TITLE_RE);
}

/**
 * People named in a text: registered names and aliases, and unregistered people where a title stands
 * before a capitalised name ("Đại sứ Nguyễn Văn A", "Ngoại trưởng Hoa Kỳ John Doe"). A one-word alias
 * ("Trump", "Blinken") counts only after a title ("Tổng thống Trump"), so "Tập đoàn Trump" is nobody,
 * and no name counts when "Jr." follows it (another person).
 */
export function findPeople(text: string, register: RegisterIndex, titles: readonly RegExpExecArray[] = findTitles(text)): PersonMention[] {
  const found: PersonMention[] = [];
  if (register.pattern) {
    for (const m of wordStartMatches(text, register.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (jrAfter(text, end)) continue;
      if (!m[0].includes(' ') && !titleEndingAt(text, start)) continue;
      const p = register.byName.get(m[0])!;
      found.push({ name: p.name, start: m.index!, end: m.index! + m[0].length, registered: true, country: p.country, titles: officeTitles(p) });
    }
  }
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const t of titles) {
    const after = t.index! + t[0].length;
    const cand = nameAfterTitle(text, after);
    if (!cand || taken(cand.start, cand.end)) continue;
    const title = TITLE_BY_TEXT.get(t[0]);
    // The title's own country comes before any "tại <place>" ("Đại sứ Việt Nam tại Hoa Kỳ X" is Vietnamese).
    const gap = text.slice(after, cand.start);
    const at = gap.search(/\stại\s/);
    const between = at < 0 ? gap : gap.slice(0, at);
    const country =
      COUNTRY_WORDS.find((c) => between.includes(c.word))?.country ??
      (SURNAMES.has(firstWord(cand.name)) ? 'VN' : title?.country ?? null);
    // A name cut from the text: copied, as it may be kept with the entry (see detached).
    found.push({ name: detached(cand.name), start: cand.start, end: cand.end, registered: false, country });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The one-word names by which an article may refer again to people it has named in full: the last word of each
 * registered person's name ("Harris" for Kamala Harris, "Phúc" for Nguyễn Xuân Phúc), unless two of them share it.
 */
export function shortNames(named: readonly PersonMention[], register: RegisterIndex): ReadonlyMap<string, Person> {
  const byWord = new Map<string, Person | null>();
  for (const m of named) {
    const p = m.registered ? register.canonical.get(m.name) : undefined;
    const word = p?.name.slice(p.name.lastIndexOf(' ') + 1);
    if (!p || !word || word === p.name) continue;
    const seen = byWord.get(word);
    byWord.set(word, seen === undefined || seen === p ? p : null);
  }
  return new Map([...byWord].filter((e): e is [string, Person] => e[1] !== null));
}

/** Pronoun-like titles ("ông", "bà") that name nobody in particular on their own. */
const PLAIN_TITLES = new Set<string>(PRONOUN_TITLES);

/**
 * The office titles by which an article may refer again to someone it named right after that title: "Thủ tướng"
 * for "Thủ tướng Nguyễn Xuân Phúc", unless it put two people after the same title.
 */
export function titledPeople(texts: readonly string[], named: ReadonlyArray<readonly PersonMention[]>): ReadonlyMap<string, PersonMention> {
  const byTitle = new Map<string, PersonMention | null>();
  texts.forEach((text, i) => {
    for (const m of named[i]!) {
      const title = titleEndingAt(text, m.start);
      if (!title || PLAIN_TITLES.has(title)) continue;
      const seen = byTitle.get(title);
      byTitle.set(title, seen === undefined || seen?.name === m.name ? m : null);
    }
  });
  return new Map([...byTitle].filter((e): e is [string, PersonMention] => e[1] !== null));
}

/** What may follow a title standing alone as a subject: a tense word or the first word of a meeting verb. */
const BARE_TITLE_NEXT = new Set<string>([...TENSE_WORDS, ...MEETING_VERBS.map((v) => v.verb.split(' ')[0]!)]);
/** The word after a title, past a country word: "Phó Tổng thống Hoa Kỳ Harris" → "Harris". */
const NEXT_WORD = new RegExp(`^\\s+(?:(?:${COUNTRY_WORDS.map((c) => escapeRegExp(c.word)).join('|')})\\s+)?([^\\s,;:.!?()“”"]+)`, 'u');

/**
 * People an article refers to again, outside the mentions already found, each right after a title: by the last
 * word of their name (`short`, see `shortNames`: "Phó Tổng thống Harris", "bà Harris", "Thủ tướng Chính"), or by
 * the title alone as the subject of what follows (`titled`, see `titledPeople`: "Thủ tướng đã tiếp …"; the mention
 * spans the title).
 */
export function findReferences(
  text: string,
  short: ReadonlyMap<string, Person>,
  titled: ReadonlyMap<string, PersonMention>,
  found: readonly PersonMention[],
  titles: readonly RegExpExecArray[] = findTitles(text),
): PersonMention[] {
  if (!short.size && !titled.size) return [];
  const out: PersonMention[] = [];
  const free = (start: number, end: number) => !found.some((f) => start < f.end && end > f.start);
  for (const t of titles) {
    const titleEnd = t.index! + t[0].length;
    const next = NEXT_WORD.exec(text.slice(titleEnd, titleEnd + 40));
    if (!next) continue;
    const word = next[1]!;
    const person = short.get(word);
    if (person) {
      const end = titleEnd + next[0].length;
      const start = end - word.length;
      if (free(start, end)) out.push({ name: person.name, start, end, registered: true, country: person.country, titles: officeTitles(person) });
      continue;
    }
    const who = titled.get(t[0]);
    if (who && BARE_TITLE_NEXT.has(word) && next[0].trimStart() === word && free(t.index!, titleEnd)) {
      out.push({ ...who, start: t.index!, end: titleEnd });
    }
  }
  return out;
}


/** A country word ending a text, after a space ("Ngoại trưởng Mỹ", "Đại diện Thương mại Hoa Kỳ"). */
const COUNTRY_END = new RegExp(`\\s+(?:${COUNTRY_WORDS.map((c) => escapeRegExp(c.word)).join('|')})$`, 'u');

/** A text without the country word that may end it ("Đại diện Thương mại Hoa Kỳ", "… Mỹ" → "Đại diện Thương mại"). */
export function withoutCountry(text: string): string {
  // COUNTRY_END is tried only on a text ending with a country word (it would scan every space of the others).
  return COUNTRY_WORDS.some((c) => text.endsWith(c.word)) ? text.replace(COUNTRY_END, '') : text;
}

/** ", Jr" or " Jr" (another person) in a name's next six characters. */
const JR_AFTER = /^,?\s+Jr\b/;

/** True when JR_AFTER matches the six characters after `end`; told without cutting them out when none is a 'J'. */
function jrAfter(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + 6);
  for (let i = end; i < stop; i++) if (text.charCodeAt(i) === 0x4a /* J */) return JR_AFTER.test(text.slice(end, stop));
  return false;
}

/** The title (maybe followed by its country: "Ngoại trưởng Mỹ ") that ends right before a position, if any. */
function titleEndingAt(text: string, position: number): string | undefined {
  if (position === 0 || !isSpace(text.charCodeAt(position - 1))) return undefined;
  const before = withoutCountry(text.slice(Math.max(0, position - 60), position).trimEnd());
  // Only the titles ending in the text's last character can end it.
  return TITLES_BY_LAST.get(before.charAt(before.length - 1))?.find((t) => before.endsWith(t) && !/\p{L}/u.test(before.charAt(before.length - t.length - 1)));
}

/**
 * The first personal name within a few words after a title. Capitalised runs are read in order: a run
 * ending in two or more Latin words gives those words ("Hoa Kỳ John Doe" → "John Doe"); a run of two to
 * four words starting with a Vietnamese family name gives the run ("Lê Hoài Trung"), checked first.
 */
function nameAfterTitle(text: string, from: number): { name: string; start: number; end: number } | undefined {
  // The first 14 tokens of the next 160 characters, read one at a time (most titles are settled in a few).
  const window = text.slice(from, from + 160);
  TOKEN.lastIndex = 0;
  let run: RegExpExecArray[] = [];
  const take = (): { name: string; start: number; end: number } | undefined => {
    // The run's words stand apart by white space only: its text is all that decides the name in it.
    const runStart = run[0]!.index!;
    const last = run[run.length - 1]!;
    const span = nameSpanIn(window.slice(runStart, last.index! + last[0].length));
    if (!span) return undefined;
    const start = from + runStart + span[0];
    const end = from + runStart + span[1];
    return { name: text.slice(start, end), start, end };
  };
  for (let k = 0; k < 14; k++) {
    const t = TOKEN.exec(window);
    if (!t) break;
    const w = t[0];
    if (isCapitalised(w)) {
      run.push(t);
      continue;
    }
    const found = run.length ? take() : undefined;
    if (found) return found;
    run = [];
    // "tại" may lead to a place between the title and the name; anything else ends the search.
    if (w === 'tại') continue;
    if (PUNCTUATION.test(w) || STOP_WORDS.has(w)) return undefined;
  }
  return run.length ? take() : undefined;
}

/**
 * Where the name stands in a run of capitalised words after a title (see nameAfterTitle): [start, end) in the run's
 * text, or null for a run that gives no name. Remembered by run: an article names the same people again and again.
 */
const nameSpanIn = remembered(readNameSpan);

/** nameSpanIn, worked out. */
function readNameSpan(runText: string): readonly [number, number] | null {
  const run = [...runText.matchAll(/\S+/g)];
  // Skip places and countries at the start of the run ("Việt Nam Marc Knapper" after "tại").
  const bare = run.map((t) => withoutFinal(t[0], '.,'));
  let skip = 0;
  for (let again = true; again; ) {
    again = false;
    for (const p of PLACE_WORDS_BY_FIRST.get(bare[skip]!) ?? []) {
      if (p.every((w, i) => bare[skip + i] === w)) {
        skip += p.length;
        again = true;
        break;
      }
    }
  }
  const toks = run.slice(skip);
  if (!toks.length) return null;
  const words = toks.map((t) => withoutFinal(t[0], '.'));
  const latin = (i: number) => LATIN_WORD.test(words[i]!) && (words[i] !== words[i]!.toUpperCase() || INITIAL.test(toks[i]![0]));
  let k = words.length;
  while (k > 0 && latin(k - 1)) k--;
  let first = SURNAMES.has(words[0]!) && words.length >= 2 && words.length <= 4 ? 0 : -1;
  if (first < 0 && words.length - k >= 2) first = Math.max(k, words.length - 4);
  if (first < 0) return null;
  const last = toks[toks.length - 1]!;
  const start = toks[first]!.index;
  const end = last.index + (INITIAL.test(last[0]) ? last[0].length : withoutFinal(last[0], '.').length);
  return NOT_A_NAME.test(runText.slice(start, end)) ? null : [start, end];
}

/**
 * A capitalised word (CAP_WORD, or a Latin word once a final '.' is dropped), never a punctuation token. A word
 * starting with an ASCII character other than A-Z is neither, told without running the patterns.
 */
function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80 && (c < 0x41 || c > 0x5a)) return false;
  return capitalisedWord(word);
}

/** CAP_WORD or LATIN_WORD, remembered by word (a few thousand syllables and names make most articles). */
const capitalisedWord = remembered((word) => CAP_WORD.test(word) || LATIN_WORD.test(withoutFinal(word, '.')));

/** A name's first word: the text before its first space, or all of it. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** A word without its last character when that is one of `marks` ("Jr." → "Jr"). */
function withoutFinal(word: string, marks: string): string {
  return word.length && marks.includes(word[word.length - 1]!) ? word.slice(0, -1) : word;
}

const TITLES_OF = new WeakMap<Person, readonly string[]>();
/** A register person's office titles, worked out once per person. */
function officeTitles(p: Person): readonly string[] {
  let titles = TITLES_OF.get(p);
  if (!titles) TITLES_OF.set(p, (titles = [...new Set(p.offices.map((o) => o.title))]));
  return titles;
}
