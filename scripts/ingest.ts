// CLI: seeds/*.txt → src/content/articles/<slug>.md. Thin: reads files, calls the pure pipeline, writes.
// Usage: npm run ingest [-- --seeds <dir> --out <dir> --people <register.yaml> --keep-going --no-cache]
// Parsed seeds are cached in .cache/ingest/ by content (src/lib/ingest/cache-fs.ts); --no-cache parses every seed.
// Exit 0 when every seed parsed, 1 when any seed failed (every good one is still written), 2 when the
// run itself failed. With --keep-going (how `npm run build` calls it) failed seeds are reported but exit 0,
// so one bad seed never stops the others from being published.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CACHE_DIR, openCache } from '../src/lib/ingest/cache-fs.ts';
import { formatProblem, ingestCorpus, parseRegister, type SeedResult } from '../src/lib/ingest/index.ts';
import { parseSeeds } from './parse-seeds.ts';

const crash = (error: unknown) => {
  console.error(`ingest: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'src/content/articles' },
    people: { type: 'string', default: 'src/data/people.yaml' },
    quiet: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    cache: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);

if (!existsSync(seedsDir)) {
  console.error(`ingest: seeds folder not found: ${values.seeds} — create it and put the article .txt files in it`);
  process.exit(2);
}
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

const names = readdirSync(seedsDir, { withFileTypes: true })
  .filter((d) => d.isFile() && !d.name.startsWith('.'))
  .map((d) => d.name)
  .sort();
const skipped = names.filter((n) => !n.toLowerCase().endsWith('.txt'));
for (const n of skipped) console.error(`${n}:1: skipped: not a .txt file — rename it to .txt if it is an article`);
const seedNames = names.filter((n) => n.toLowerCase().endsWith('.txt'));

const started = performance.now();
const seeds = seedNames.map((source) => ({ source, bytes: new Uint8Array(readFileSync(join(seedsDir, source))) }));
const options = { today: new Date().toISOString().slice(0, 10) };
// Cached results first; the rest are parsed (on every core when there are many), then stored.
const cache = values.cache ? openCache(DEFAULT_CACHE_DIR, people, options) : undefined;
const known = new Map<string, SeedResult>();
const toParse = seeds.filter((s) => {
  const hit = cache?.get(s.source, s.bytes);
  if (hit) known.set(s.source, hit);
  return !hit;
});
const parsed = await parseSeeds(toParse, people, options);
toParse.forEach((s, i) => {
  cache?.set(s.source, s.bytes, parsed[i]!);
  known.set(s.source, parsed[i]!);
});
const { results, files } = ingestCorpus(seeds, people, options, { get: (source) => known.get(source), set: () => {} });
cache?.save();

mkdirSync(outDir, { recursive: true });
const wanted = new Set(files.map((f) => `${f.slug}.md`));
// Remove articles of seeds that are gone (or now fail); leave any other Markdown in the folder alone.
const isEntry = (path: string) => /^---\n[\s\S]*?\nsource: .*\n[\s\S]*?\n---\n/.test(readFileSync(path, 'utf8').slice(0, 20_000));
for (const old of readdirSync(outDir)) {
  if (old.endsWith('.md') && !wanted.has(old) && isEntry(join(outDir, old))) rmSync(join(outDir, old));
}
let written = 0;
for (const f of files) {
  const path = join(outDir, `${f.slug}.md`);
  if (existsSync(path) && readFileSync(path, 'utf8') === f.markdown) continue;
  writeFileSync(path, f.markdown);
  written++;
}

const errors = results.flatMap((r) => r.errors);
const warnings = results.flatMap((r) => r.warnings);
for (const p of errors) console.error(`${formatProblem(p)}`);
for (const p of warnings) console.error(`warning: ${formatProblem(p)}`);

const registered = new Set(people.map((p) => p.name));
const everyone = new Set(results.flatMap((r) => (r.entry ? [...r.entry.people, ...r.entry.mentioned] : [])));
const unregistered = [...everyone].filter((n) => !registered.has(n)).sort();
const failed = results.filter((r) => r.errors.length).length;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `ingest: ${seedNames.length} seeds → ${files.length} articles, ${failed} errors, ${everyone.size} people (${unregistered.length} unregistered)` +
    (values.quiet ? '' : ` [${written} written, ${seconds}s]`),
);
if (unregistered.length && !values.quiet) console.log(`unregistered: ${unregistered.join(', ')} — add them to ${values.people}`);
process.exit(failed && !values['keep-going'] ? 1 : 0);
