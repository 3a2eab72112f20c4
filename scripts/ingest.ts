// CLI: seeds/*.txt → src/content/articles/<slug>.md. Thin: reads files, calls the pure pipeline, writes.
// Usage: npm run ingest [-- --seeds <dir> --out <dir> --people <register.yaml> --report <file> --keep-going --no-cache]
// What it learnt of each seed is kept in .cache/ingest/ (src/lib/ingest/cache-fs.ts), so an unchanged seed is
// not read again and an unchanged output not rewritten; --no-cache reads and parses every seed.
// Exit 0 when every seed parsed, 1 when any seed failed (every good one is still written), 2 when the
// run itself failed. With --keep-going (how `npm run build` calls it) failed seeds are reported but exit 0,
// so one bad seed never stops the others from being published.
// package.json runs it through scripts/ingest-start.mjs (which turns Node's compile cache on first) as
// `node --max-opt=2 …`: V8's mid-tier compiler (Maglev) at most, no TurboFan. A run is
// seconds long, and TurboFan's compiling cost more CPU than its code saved (10k seeds cold: 3.04 → 2.64 s; 20k:
// 5.04 → 4.64 s; 1k and warm runs the same). And V8's heap sized for a run that keeps every seed's result until
// the corpus step: `--initial-heap-size=256` (MB) leaves out the four full collections a cold 10k run made while its
// old generation grew past V8's small starting limit; `--max-semi-space-size=32` (MB) holds the young generation at
// half the size V8 lets it grow to here (its new space reached 128 MB, 64 MB with the option): more scavenges (104
// against 75), yet less time in all, with ≈ 120 MB fewer pages to map, zero and unmap and a young generation
// nearer the caches' size (16 and below were slower: ninth session). Cold 10k, 13 alternating runs
// (tenth session): 2.03 → 1.91 s, CPU 3.71 → 3.45 s, peak RSS ≈ 670 → ≈ 550 MB; cold 1k 0.54 → 0.50 s, warm 10k
// 0.36 → 0.35 s. They are on the command line with --max-opt, which V8 takes only there, not from NODE_OPTIONS.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CACHE_DIR, type FileStamp, hasCache, openCache, seedKey, stampOf } from '../src/lib/ingest/cache-fs.ts';
import type { SeedSummary } from '../src/lib/ingest/index.ts';
// These do not load the pipeline: see `early` below.
import { type OutputJob, type ParsedSeeds, pipeline, startParsers, usePipeline } from './parse-seeds.ts';
import { pipelineModule } from './pipeline-bundle.ts';

const crash = (error: unknown) => {
  console.error(`ingest: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const USAGE = `Usage: npm run ingest [-- <options>]
  --seeds <dir>     the seed .txt files (default: seeds)
  --out <dir>       where the Markdown entries go (default: src/content/articles)
  --people <file>   the people register (default: src/data/people.yaml)
  --report <file>   every error and warning of the run (default: .cache/ingest-report.txt)
  --keep-going      exit 0 even when seeds fail; they are still reported (the build runs it so)
  --no-cache        read and parse every seed, as on a first run
  --quiet           leave out the timing and the list of unregistered names
  -h, --help        show this text`;
let values;
try {
  ({ values } = parseArgs({
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'src/content/articles' },
      people: { type: 'string', default: 'src/data/people.yaml' },
      report: { type: 'string', default: '.cache/ingest-report.txt' },
      quiet: { type: 'boolean', default: false },
      'keep-going': { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowNegative: true,
  }));
} catch (error) {
  console.error(`ingest: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);
/**
 * A file in one of those two folders (resolved, so already normal). `join` normalises every path it makes: on a
 * cold 10k run, ≈ 14 ms listing the seeds before the workers get them, and ≈ 30 ms planning the writes (4 ms now).
 */
const inFolder = (dir: string, name: string) => (dir.endsWith(sep) ? dir + name : dir + sep + name);

if (!existsSync(seedsDir)) {
  console.error(`ingest: seeds folder not found: ${values.seeds} — create it and put the article .txt files in it`);
  process.exit(2);
}
const names = readdirSync(seedsDir, { withFileTypes: true })
  .filter((d) => d.isFile() && !d.name.startsWith('.'))
  .map((d) => d.name)
  .sort();
const seedNames = names.filter((n) => n.toLowerCase().endsWith('.txt'));
const options = { today: new Date().toISOString().slice(0, 10) };
const started = performance.now();

// With no cache of these folders every seed is parsed: start the workers now, so that they load the pipeline
// while this thread loads it and reads the register; then every thread, this one too, takes seeds by path to
// read, hash and parse (this thread reads none of them first).
type Seed = { source: string; path: string; stamp?: FileStamp; key?: string; bytes?: Uint8Array };
const seeds: Seed[] = seedNames.map((source) => ({ source, path: inFolder(seedsDir, source) }));
const firstRun = !(values.cache && hasCache(DEFAULT_CACHE_DIR, { seedsDir, outDir }));
// The pipeline is loaded from its bundle (made on the first run of this code: pipeline-bundle.ts), here and in the workers.
const bundle = await pipelineModule();
if (bundle.failed) console.error(`ingest: loading the pipeline from its sources: its bundle could not be made (${bundle.failed})`);
usePipeline(bundle.url);
const early = firstRun ? startParsers(seeds.length) : undefined;
const { formatProblem, parseRegister, planCorpus, shownProblems } = await pipeline();

let people;
try {
  people = parseRegister(readFileSync(values.people, 'utf8'));
} catch (error) {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(
    missing
      ? `${values.people}: people register not found — restore it or pass --people <file>`
      : `${values.people}: ${error instanceof Error ? error.message : String(error)} — fix the register entry`,
  );
  process.exit(2);
}

const skipped = names.filter((n) => !n.toLowerCase().endsWith('.txt'));
for (const n of skipped) console.error(`${n}:1: skipped: not a .txt file — rename it to .txt if it is an article`);

const cache = values.cache ? openCache(DEFAULT_CACHE_DIR, { seedsDir, outDir }, people, options) : undefined;

// 1. Summaries: from the cache for seeds unchanged since the last run (by stamp, else by content);
//    the rest are read and parsed, on every core when there are many.
const summaries = new Map<string, SeedSummary>();
// Where each parsed seed's result is kept (until its Markdown is written): its batch and its index in it.
const batches: ParsedSeeds[] = [];
const parsed = new Map<string, { batch: ParsedSeeds; index: number }>();
/** Record a parse of `list`: each seed's summary, and its key and stamp when it was read where it was parsed. */
async function parsedAs(list: Seed[], pending: Promise<ParsedSeeds>) {
  const batch = await pending;
  batches.push(batch);
  list.forEach((s, i) => {
    parsed.set(s.source, { batch, index: i });
    summaries.set(s.source, batch.summaries[i]!);
    s.key ??= batch.reads[i]!.key;
    s.stamp ??= batch.reads[i]!.stamp;
  });
}
/** Parse seeds: by their bytes when this thread has read them already, else by path. */
const parse = (list: Seed[]) =>
  parsedAs(list, startParsers(list.length).parse(list.map((s) => (s.bytes ? { source: s.source, bytes: s.bytes } : { source: s.source, path: s.path })), people!, options));
if (early) await parsedAs(seeds, early.parse(seeds.map(({ source, path }) => ({ source, path })), people, options));
else {
  const toParse: Seed[] = [];
  for (const s of seeds) {
    s.stamp = stampOf(s.path);
    s.key = s.stamp && cache?.knownKey(s.source, s.stamp);
    // A seed whose stamp changed may hold the same text (touched, or checked out again): looked up by its content.
    if (!s.key && s.stamp && cache?.known(s.source)) {
      s.bytes = new Uint8Array(readFileSync(s.path));
      s.key = seedKey(s.source, s.bytes);
    }
    const summary = s.key ? cache?.summary(s.key) : undefined;
    if (summary) summaries.set(s.source, summary);
    else toParse.push(s);
  }
  await parse(toParse);
}
for (const s of seeds) if (s.stamp) cache?.remember(s.source, s.stamp, s.key!, summaries.get(s.source)!);

// 2. The corpus step: one article per duplicated text, unique slugs.
const { published, warnings: corpusWarnings } = planCorpus(seedNames.map((n) => summaries.get(n)!));

// 3. Outputs: skip those made from the same seed and untouched since; re-parse a cached seed whose
//    output is missing or changed; write only files whose bytes differ.
mkdirSync(outDir, { recursive: true });
const present = new Set(readdirSync(outDir));
const bySource = new Map(seeds.map((s) => [s.source, s] as const));
const stale = published.filter((p) => {
  const file = `${p.slug}.md`;
  return !cache?.outputFresh(file, present.has(file) ? stampOf(inFolder(outDir, file)) : undefined, bySource.get(p.source)!.key!);
});
await parse(stale.map((p) => bySource.get(p.source)!).filter((s) => !parsed.has(s.source)));
const wanted = new Set(published.map((p) => `${p.slug}.md`));
// Remove articles of seeds that are gone (or now fail); leave any other Markdown in the folder alone.
const isEntry = (path: string) => /^---\n[\s\S]*?\nsource: .*\n[\s\S]*?\n---\n/.test(readFileSync(path, 'utf8').slice(0, 20_000));
for (const old of present) {
  if (old.endsWith('.md') && !wanted.has(old) && isEntry(inFolder(outDir, old))) rmSync(inFolder(outDir, old));
}
const jobs = new Map<ParsedSeeds, OutputJob[]>(batches.map((b) => [b, []]));
for (const publication of stale) {
  const { batch, index } = parsed.get(publication.source)!;
  const file = `${publication.slug}.md`;
  jobs.get(batch)!.push({ index, publication, path: inFolder(outDir, file), absent: !present.has(file) });
}
let written = 0;
for (const [batch, list] of jobs) {
  (await batch.write(list)).forEach((w, i) => {
    const p = list[i]!.publication;
    if (w.written) written++;
    cache?.wrote(`${p.slug}.md`, w.stamp, bySource.get(p.source)!.key!);
  });
}
cache?.save();

const results = seedNames.map((n) => {
  const s = summaries.get(n)!;
  return { ...s, warnings: [...s.warnings, ...(corpusWarnings.get(n) ?? [])] };
});
const errors = results.flatMap((r) => r.errors);
const warnings = results.flatMap((r) => r.warnings);
// Every error is printed (each is a seed left out); warnings up to WARNINGS_SHOWN, the rest counted by
// kind. The report file lists every problem of the run.
const WARNINGS_SHOWN = 40;
for (const p of errors) console.error(`${formatProblem(p)}`);
const { shown, more } = shownProblems(warnings, WARNINGS_SHOWN);
for (const p of shown) console.error(`warning: ${formatProblem(p)}`);
for (const m of more) console.error(`warning: … and ${m.count} more: ${m.kind}`);
mkdirSync(resolve(values.report, '..'), { recursive: true });
writeFileSync(values.report, [...errors.map(formatProblem), ...warnings.map((p) => `warning: ${formatProblem(p)}`)].join('\n') + '\n');
if (more.length) console.error(`ingest: every error and warning of this run is listed in ${values.report}`);

const registered = new Set(people.map((p) => p.name));
const everyone = new Set(published.flatMap((p) => summaries.get(p.source)!.people));
const unregistered = [...everyone].filter((n) => !registered.has(n)).sort();
const failed = results.filter((r) => r.errors.length).length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `ingest: ${seedNames.length} seeds → ${published.length} articles, ${failed} errors, ${everyone.size} people (${unregistered.length} unregistered)` +
    (values.quiet ? '' : ` [${written} written, ${seconds}s]`),
);
if (unregistered.length && !values.quiet) console.log(`unregistered: ${unregistered.join(', ')} — add them to ${values.people}`);
process.exit(failed && !values['keep-going'] ? 1 : 0);
