// The ingest's memory between runs, in one file per seeds/output folder pair: for each seed its size,
// mtime and content key, the summary the corpus step needs (not the whole parse: the Markdown is on
// disk already), and for each Markdown file written, its size, mtime and the seed key it was made from.
// A seed whose size and mtime are unchanged is not read; an output whose size and mtime are unchanged
// and whose seed key matches is not read or rewritten. The file's name carries a hash of everything a
// result depends on besides the seed (the ingest's source files, the lockfile, the register, the
// options), so changing any of them starts afresh.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Person } from '../../content.config.ts';
import type { IngestOptions, SeedSummary } from './index.ts';

/** Where the cache lives unless told otherwise (git-ignored). */
export const DEFAULT_CACHE_DIR = '.cache/ingest';

/** Cache files of other folder pairs untouched for this long are removed. */
const STALE_MS = 14 * 24 * 3600 * 1000;

const here = dirname(fileURLToPath(import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g;

/** The ingest's own source files: src/lib/ingest/index.ts and every relative module it imports, transitively. */
export function ingestSources(entry = join(here, 'index.ts')): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].sort();
}

/**
 * A hash of everything besides a seed's bytes that its result depends on. Of `today` only the year
 * counts (it bounds the years a text can mean); the day only decides whether an event date is in the
 * future, which is an error unless a report published by then announces it: results with errors are never kept,
 * and a result without one stays good as the days pass.
 */
export function codeKey(people: readonly Person[], options: IngestOptions): string {
  const h = createHash('sha256').update(sourcesKey()).update('\0');
  h.update(JSON.stringify(people)).update('\0').update(JSON.stringify({ ...options, today: options.today?.slice(0, 4) }));
  return h.digest('hex').slice(0, 24);
}

let sourcesKeyOnce: string | undefined;
/**
 * A hash of the ingest's code: its source files (`ingestSources`, by path within the project) and the lockfile.
 * Read once a process (a run names its bundle and its cache by it), as the code does not change while it runs.
 */
export function sourcesKey(): string {
  return (sourcesKeyOnce ??= hashSources());
}

function hashSources(): string {
  const h = createHash('sha256');
  const root = resolve(here, '../../..');
  for (const file of ingestSources()) h.update(`${file.slice(root.length)}\0`).update(readFileSync(file)).update('\0');
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  return h.digest('hex').slice(0, 24);
}

/** The content key of a seed: its name and bytes. */
export function seedKey(source: string, bytes: Uint8Array): string {
  return createHash('sha256').update(source).update('\0').update(bytes).digest('base64url').slice(0, 32);
}

/** Size and modification time: what tells, without reading, that a file is as it was. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** The stamp of a file, or undefined when it does not exist. */
export function stampOf(path: string): FileStamp | undefined {
  const s = statSync(path, { throwIfNoEntry: false });
  return s && { size: s.size, mtimeMs: s.mtimeMs };
}

const same = (a: FileStamp | undefined, b: FileStamp | undefined) => !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs;

interface Stored {
  seeds: Map<string, FileStamp & { key: string }>;
  summaries: Map<string, SeedSummary>;
  outputs: Map<string, FileStamp & { key: string }>;
}

/** What the ingest remembers between runs for one seeds folder and one output folder. */
export interface IngestCache {
  /** The key of a seed whose stamp is unchanged since the last run, without reading it. */
  knownKey(source: string, stamp: FileStamp): string | undefined;
  /** True when the last run saw a seed of this name (its content may have changed since). */
  known(source: string): boolean;
  /** The summary of a seed by its content key (the cache's own object: read it, don't change it). */
  summary(key: string): SeedSummary | undefined;
  /** Remember a seed's stamp and key, and its summary unless the result had errors. */
  remember(source: string, stamp: FileStamp, key: string, summary: SeedSummary): void;
  /** True when the output file is the one made from seed `key` and unchanged since. */
  outputFresh(file: string, stamp: FileStamp | undefined, key: string): boolean;
  /** Record an output file as made from seed `key`. */
  wrote(file: string, stamp: FileStamp, key: string): void;
  /** Write what this run used (dropping seeds and outputs not seen) when anything changed; remove stale cache files. */
  save(): void;
  hits: number;
  misses: number;
}

/** The part of a cache file's name that names its seeds and output folders. */
function scopeOf(where: { seedsDir: string; outDir: string }): string {
  return createHash('sha256').update(resolve(where.seedsDir)).update('\0').update(resolve(where.outDir)).digest('hex').slice(0, 12);
}

/**
 * Whether `dir` holds a cache file of these folders, of any code: cheap to tell before the register and the
 * pipeline are loaded. Without one, every seed will be parsed.
 */
export function hasCache(dir: string, where: { seedsDir: string; outDir: string }): boolean {
  const scope = scopeOf(where);
  return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith(`${scope}-`) && f.endsWith('.v8'));
}

/** Open the cache of the seeds folder `seedsDir` and output folder `outDir` in `dir`. */
export function openCache(dir: string, where: { seedsDir: string; outDir: string }, people: readonly Person[], options: IngestOptions): IngestCache {
  const scope = scopeOf(where);
  const name = `${scope}-${codeKey(people, options)}.v8`;
  const file = join(dir, name);
  let stored: Stored = { seeds: new Map(), summaries: new Map(), outputs: new Map() };
  try {
    const read = deserialize(readFileSync(file)) as Stored;
    if (read.seeds instanceof Map && read.summaries instanceof Map && read.outputs instanceof Map) stored = read;
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  const next: Stored = { seeds: new Map(), summaries: new Map(), outputs: new Map() };
  let changed = false;
  const cache: IngestCache = {
    hits: 0,
    misses: 0,
    knownKey(source, stamp) {
      const s = stored.seeds.get(source);
      return s && same(s, stamp) && stored.summaries.has(s.key) ? s.key : undefined;
    },
    known(source) {
      return stored.seeds.has(source);
    },
    summary(key) {
      const s = stored.summaries.get(key);
      if (s) cache.hits++;
      else cache.misses++;
      return s;
    },
    remember(source, stamp, key, summary) {
      const before = stored.seeds.get(source);
      if (!before || before.key !== key || !same(before, stamp) || !stored.summaries.has(key)) changed = true;
      if (summary.errors.length) return; // re-parsed every run: an error may depend on the day, and is cheap to find again
      next.seeds.set(source, { ...stamp, key });
      next.summaries.set(key, summary);
    },
    outputFresh(out, stamp, key) {
      const o = stored.outputs.get(out);
      const fresh = !!o && o.key === key && same(o, stamp);
      if (fresh) next.outputs.set(out, o!);
      return fresh;
    },
    wrote(out, stamp, key) {
      next.outputs.set(out, { ...stamp, key });
      changed = true;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      if (changed || !existsSync(file) || next.seeds.size !== stored.seeds.size || next.outputs.size !== stored.outputs.size) {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize(next));
        renameSync(tmp, file);
      }
      const now = Date.now();
      for (const old of readdirSync(dir)) {
        if (old === name) continue;
        const ours = old.startsWith(`${scope}-`);
        const stamp = stampOf(join(dir, old));
        if (ours || !/^[0-9a-f]{12}-[0-9a-f]{24}\.v8$/.test(old) || !stamp || now - stamp.mtimeMs > STALE_MS) {
          rmSync(join(dir, old), { recursive: true, force: true });
        }
      }
    },
  };
  return cache;
}
