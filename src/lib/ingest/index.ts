import type { Article, Person } from '../../content.config.ts';
import { articleSchema } from '../../content.config.ts';
import { decode } from './decode.ts';
import { findYears, parseDate, precisionOf } from './dates.ts';
import { bodyMarkdown, toEntry, toMarkdownFile } from './entry.ts';
import { analyseSentences, findMeetings } from './meetings.ts';
import { normalize } from './normalize.ts';
import { splitOverride } from './override.ts';
import { indexRegister, type RegisterIndex } from './people.ts';
import type { Problem } from './problem.ts';
import { segment } from './segment.ts';
import { slugFor, uniqueSlugs } from './slug.ts';

export { formatProblem } from './problem.ts';
export type { Problem } from './problem.ts';
export { indexRegister, parseRegister } from './people.ts';

/** The outcome for one seed: an entry with its Markdown, or errors; warnings either way. */
export interface SeedResult {
  source: string;
  entry: Article | null;
  /** the Markdown body (without front matter) */
  body: string;
  /** the whole Markdown file for `entry` as parsed (front matter and body), '' without an entry */
  markdown: string;
  errors: Problem[];
  warnings: Problem[];
  /** people found by title patterns who are not in the register */
  unregistered: string[];
}

/** Options of a run: `today` (`YYYY-MM-DD`) refuses event dates in the future. */
export interface IngestOptions {
  today?: string;
}

/** Stored per-seed results (see cache-fs.ts): `get` returns a fresh copy, or undefined to parse the seed. */
export interface SeedCache {
  get(source: string, bytes: Uint8Array): SeedResult | undefined;
  set(source: string, bytes: Uint8Array, result: SeedResult): void;
}

/** Largest seed the ingest reads; a real article is under 100 KB. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/** Parse one seed file's bytes into an article entry (pure: bytes and register in, result out). */
export function ingestSeed(source: string, bytes: Uint8Array, register: RegisterIndex, options: IngestOptions = {}): SeedResult {
  const fail = (errors: Problem[], warnings: Problem[] = []): SeedResult => ({ source, entry: null, body: '', markdown: '', errors, warnings, unregistered: [] });
  if (bytes.length > MAX_SEED_BYTES) {
    return fail([{ file: source, line: 1, message: `file too large (${bytes.length} bytes; the limit is ${MAX_SEED_BYTES})`, hint: 'a seed holds one article; split or trim the file' }]);
  }
  const decoded = decode(bytes, source);
  if (!decoded.ok) return fail([decoded.problem]);
  const text = normalize(decoded.text);
  if (!text.trim()) return fail([{ file: source, line: 1, message: 'empty article', hint: 'the file has no text; add the article text or remove the file' }], decoded.warnings);

  const { override, body, bodyLine, problems } = splitOverride(text, source);
  if (problems.length) return fail(problems, decoded.warnings);
  const segments = segment(body, bodyLine);
  const sentences = analyseSentences(segments.blocks, register);
  const meetings = findMeetings(sentences);
  const parts = {
    source,
    segments,
    sentences,
    meetings,
    register: new Map(register.people.map((p) => [p.name, p] as const)),
    bodyYears: segments.blocks.flatMap((b) => findYears(b.text)),
    today: options.today,
  };
  let result = toEntry(parts);
  // An editor's date rescues a seed whose date could not be inferred: it anchors the day-months the
  // text gives without a year, so participants and meetings are kept.
  const overrideDate = override?.date ? parseDate(override.date) : undefined;
  if (!result.entry && overrideDate) {
    const rescued = toEntry({ ...parts, segments: { ...segments, headerDate: { date: overrideDate } } });
    if (rescued.entry) result = rescued;
  }
  const warnings = [...decoded.warnings, ...result.warnings];
  const unregistered = [...new Set(sentences.flatMap((s) => s.people.filter((p) => !p.registered).map((p) => p.name)))];
  if (!result.entry) {
    if (!override?.date) return { ...fail(result.errors, warnings), unregistered };
  }
  let entry = result.entry ?? fallbackEntry(source, segments.title?.text ?? '', segments.blocks[0]?.text ?? '');
  if (override) entry = applyOverride(entry, override);
  const checked = articleSchema.safeParse(entry);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return fail([{ file: source, line: 1, message: `entry invalid: ${issue.path.join('.')}: ${issue.message}`, hint: 'fix the field with an override block at the top of the seed' }], warnings);
  }
  const markdownBody = bodyMarkdown(segments.blocks);
  return { source, entry: checked.data, body: markdownBody, markdown: toMarkdownFile(checked.data, markdownBody), errors: [], warnings, unregistered };
}

function applyOverride(entry: Article, o: NonNullable<ReturnType<typeof splitOverride>['override']>): Article {
  const next: Article = { ...entry, ...o };
  if (o.title && !o.slug) next.slug = slugFor(o.title);
  if (o.date) {
    next.dateBasis = 'override';
    next.datePrecision = precisionOf(parseDate(o.date)!);
  }
  return next;
}

/** A minimal entry for a seed whose inference failed but whose override supplies the date. */
function fallbackEntry(source: string, title: string, lede: string): Article {
  const t = title || lede.slice(0, 120) || source;
  return {
    title: t, slug: slugFor(t), date: '1970', datePrecision: 'year', dateBasis: 'override', published: null,
    meetingType: 'khác', people: [], mentioned: [], meetings: [], location: null, country: null, outlet: null, source, lede,
  };
}

/**
 * A whole corpus: per-seed results (from `cache` when it has them), then unique slugs and one entry per
 * duplicated article. A cache must be keyed on everything a result depends on: bytes, register, code, options.
 */
export function ingestCorpus(
  seeds: ReadonlyArray<{ source: string; bytes: Uint8Array }>,
  people: readonly Person[],
  options: IngestOptions = {},
  cache?: SeedCache,
) {
  let register: RegisterIndex | undefined;
  const parse = (s: { source: string; bytes: Uint8Array }) => ingestSeed(s.source, s.bytes, (register ??= indexRegister(people)), options);
  const results = seeds.map((s) => {
    const hit = cache?.get(s.source, s.bytes);
    if (hit) return hit;
    const result = parse(s);
    cache?.set(s.source, s.bytes, result);
    return result;
  });
  const byBody = new Map<string, SeedResult>();
  for (const r of [...results].sort((a, b) => (a.source < b.source ? -1 : 1))) {
    if (!r.entry) continue;
    const key = `${r.entry.title}\n${r.body}`;
    const first = byBody.get(key);
    if (first) {
      r.warnings.push({ file: r.source, line: 1, message: `same article as ${first.source}: skipped`, hint: `remove one of the two files` });
      r.entry = null;
    } else byBody.set(key, r);
  }
  const published = results.filter((r) => r.entry);
  const slugs = uniqueSlugs(published.map((r) => ({ slug: r.entry!.slug, source: r.source })));
  const renamed = new Set<SeedResult>();
  published.forEach((r, i) => {
    if (slugs[i] !== r.entry!.slug) {
      renamed.add(r);
      r.warnings.push({ file: r.source, line: 1, message: `slug "${r.entry!.slug}" is taken by another article: using "${slugs[i]}"`, hint: 'give one of them a distinct title (or an override slug:)' });
      r.entry = { ...r.entry!, slug: slugs[i]! };
    }
  });
  // A seed's own Markdown serves unless its slug was changed here (cached results carry theirs).
  const files = published.map((r, i) => ({ slug: slugs[i]!, markdown: r.markdown && !renamed.has(r) ? r.markdown : toMarkdownFile(r.entry!, r.body) }));
  return { results, files };
}
