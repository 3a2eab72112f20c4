import { createHash } from 'node:crypto';
import type { Article, Person } from '../../content.config.ts';
import { articleEntrySchema } from '../../content.config.ts';
import { decode } from './decode.ts';
import { parseDate, precisionOf } from './dates.ts';
import { bodyMarkdown, toEntry, toMarkdownFile } from './entry.ts';
import { analyseSentences, findMeetings } from './meetings.ts';
import { normalize } from './normalize.ts';
import { splitOverride } from './override.ts';
import { indexRegister, type RegisterIndex } from './people.ts';
import type { Problem } from './problem.ts';
import { segment } from './segment.ts';
import { compareSources, slugFor, uniqueSlugs } from './slug.ts';

export { formatProblem, shownProblems } from './problem.ts';
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

/** Largest seed the ingest reads; a real article is under 100 KB. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

/** Parse one seed file's bytes into an article entry (pure: bytes and register in, result out). */
export function ingestSeed(source: string, bytes: Uint8Array, register: RegisterIndex, options: IngestOptions = {}): SeedResult {
  const fail = (errors: Problem[], warnings: Problem[] = []) => failedSeed(source, errors, warnings);
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
  const sentences = analyseSentences(segments.blocks, register, segments.dateline);
  const meetings = findMeetings(sentences);
  const parts = {
    source,
    segments,
    sentences,
    meetings,
    register: register.canonical,
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
  const unregisteredNames = new Set<string>();
  for (const s of sentences) for (const p of s.people) if (!p.registered) unregisteredNames.add(p.name);
  const unregistered = [...unregisteredNames];
  if (!result.entry) {
    if (!override?.date) return { ...fail(result.errors, warnings), unregistered };
  }
  let entry = result.entry ?? fallbackEntry(source, segments.title?.text ?? '', (segments.lede ?? segments.blocks[0])?.text ?? '');
  if (override) entry = applyOverride(entry, override);
  const checked = articleEntrySchema.safeParse(entry);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return fail([{ file: source, line: 1, message: `entry invalid: ${issue.path.join('.')}: ${issue.message}`, hint: 'fix the field with an override block at the top of the seed' }], warnings);
  }
  const markdownBody = bodyMarkdown(segments.blocks);
  return { source, entry: checked.data, body: markdownBody, markdown: toMarkdownFile(checked.data, markdownBody), errors: [], warnings, unregistered };
}

/** The result of a seed that gives no entry: its errors (and warnings). */
export function failedSeed(source: string, errors: Problem[], warnings: Problem[] = []): SeedResult {
  return { source, entry: null, body: '', markdown: '', errors, warnings, unregistered: [] };
}

function applyOverride(entry: Article, o: NonNullable<ReturnType<typeof splitOverride>['override']>): Article {
  const next: Article = { ...entry, ...o };
  if (o.title && !o.slug) next.slug = slugFor(o.title);
  if (o.date) {
    // The inferred last day belongs to the inferred first day: an editor's date drops it unless set too.
    if (o.dateEnd === undefined) next.dateEnd = null;
    next.dateBasis = 'override';
    next.datePrecision = precisionOf(parseDate(o.date)!);
  }
  return next;
}

/** A minimal entry for a seed whose inference failed but whose override supplies the date. */
function fallbackEntry(source: string, title: string, lede: string): Article {
  const t = title || lede.slice(0, 120) || source;
  return {
    title: t, slug: slugFor(t), date: '1970', dateEnd: null, datePrecision: 'year', dateBasis: 'override', published: null,
    meetingType: 'khác', people: [], mentioned: [], meetings: [], location: null, country: null, outlet: null, source, lede,
  };
}

/** What the corpus step needs of a parsed seed: small enough to keep for every seed between runs. */
export interface SeedSummary {
  source: string;
  /** the entry's own slug; null when the seed gave no entry */
  slug: string | null;
  /** a digest of title and body: seeds with the same one are the same article */
  sameAs: string | null;
  /** participants and others named, for the run's people count */
  people: string[];
  errors: Problem[];
  warnings: Problem[];
  unregistered: string[];
}

/** The summary of one seed's result. */
export function summarize(r: SeedResult): SeedSummary {
  return {
    source: r.source,
    slug: r.entry?.slug ?? null,
    // Hashed as UTF-16 code units: a copy of the string's own units, ≈ 1/3 cheaper than encoding it as UTF-8 first.
    // Title, newline and body are hashed one after the other: the digest of the three joined, without joining them
    // into one more string as long as the body (5,000 summaries: ≈ 40 → 31 ms).
    sameAs: r.entry ? createHash('sha256').update(r.entry.title, 'utf16le').update('\n', 'utf16le').update(r.body, 'utf16le').digest('base64url') : null,
    people: r.entry ? [...new Set([...r.entry.people, ...r.entry.mentioned])] : [],
    errors: r.errors,
    warnings: r.warnings,
    unregistered: r.unregistered,
  };
}

/** One article of the corpus: the seed it comes from and its final slug (changed when another seed had it). */
export interface Publication {
  source: string;
  slug: string;
  renamed: boolean;
}

/**
 * The corpus step: which seeds are published (one per duplicated article, the first by `compareSources`) under
 * which unique slug, and the warnings that decision gives, by source. Input in any order.
 */
export function planCorpus(summaries: readonly SeedSummary[]): { published: Publication[]; warnings: Map<string, Problem[]> } {
  const warnings = new Map<string, Problem[]>();
  const warn = (p: Problem) => warnings.set(p.file, [...(warnings.get(p.file) ?? []), p]);
  const bySame = new Map<string, SeedSummary>();
  const kept: SeedSummary[] = [];
  for (const s of [...summaries].sort((a, b) => compareSources(a.source, b.source))) {
    if (s.slug === null || s.sameAs === null) continue;
    const first = bySame.get(s.sameAs);
    if (first) warn({ file: s.source, line: 1, message: `same article as ${first.source}: skipped`, hint: `remove one of the two files` });
    else {
      bySame.set(s.sameAs, s);
      kept.push(s);
    }
  }
  const slugs = uniqueSlugs(kept.map((s) => ({ slug: s.slug!, source: s.source })));
  const published = kept.map((s, i) => {
    const renamed = slugs[i] !== s.slug;
    if (renamed) {
      warn({ file: s.source, line: 1, message: `slug "${s.slug}" is taken by another article: using "${slugs[i]}"`, hint: 'give one of them a distinct title (or an override slug:)' });
    }
    return { source: s.source, slug: slugs[i]!, renamed };
  });
  return { published, warnings };
}

/** The Markdown file of a published seed: its own, or rewritten with the slug the corpus step gave it. */
export function markdownOf(r: SeedResult, p: Publication): string {
  return p.renamed ? toMarkdownFile({ ...r.entry!, slug: p.slug }, r.body) : r.markdown;
}

/**
 * A whole corpus in memory: every seed parsed, then planned (see `planCorpus`); results carry the
 * corpus step's warnings, and seeds not published lose their entry.
 */
export function ingestCorpus(seeds: ReadonlyArray<{ source: string; bytes: Uint8Array }>, people: readonly Person[], options: IngestOptions = {}) {
  const register = indexRegister(people);
  const results = seeds.map((s) => ingestSeed(s.source, s.bytes, register, options));
  const { published, warnings } = planCorpus(results.map(summarize));
  const bySource = new Map(published.map((p) => [p.source, p] as const));
  const files: Array<{ slug: string; markdown: string }> = [];
  for (const r of results) {
    r.warnings.push(...(warnings.get(r.source) ?? []));
    const p = bySource.get(r.source);
    if (!p) {
      r.entry = null;
      continue;
    }
    files.push({ slug: p.slug, markdown: markdownOf(r, p) });
    if (p.renamed) r.entry = { ...r.entry!, slug: p.slug };
  }
  return { results, files };
}
