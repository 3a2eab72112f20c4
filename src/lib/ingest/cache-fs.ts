// The ingest's parse cache on disk: one file of seed results, named for everything a result depends on
// besides the seed (the ingest's source files, the lockfile, the register, the options). Changing any of
// those gives a new name, and the old files are removed on the next save.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Person } from '../../content.config.ts';
import type { IngestOptions, SeedCache, SeedResult } from './index.ts';

/** Where the cache lives unless told otherwise (git-ignored). */
export const DEFAULT_CACHE_DIR = '.cache/ingest';

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

/** A hash of everything besides a seed's bytes that its result depends on. */
export function codeKey(people: readonly Person[], options: IngestOptions): string {
  const h = createHash('sha256');
  const root = resolve(here, '../../..');
  for (const file of ingestSources()) h.update(`${file.slice(root.length)}\0`).update(readFileSync(file)).update('\0');
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  h.update(JSON.stringify(people)).update('\0').update(JSON.stringify(options));
  return h.digest('hex').slice(0, 24);
}

/**
 * A SeedCache in one file, `dir`/<codeKey>.v8: a map from seed key to the result serialised when it was
 * made (so later changes to a result object never leak into the cache). One file rather than one per
 * seed: at 10,000 seeds, 10,000 small writes cost more than the parsing they save.
 */
export function openCache(dir: string, people: readonly Person[], options: IngestOptions): SeedCache & { save(): void; hits: number; misses: number } {
  const key = codeKey(people, options);
  const file = join(dir, `${key}.v8`);
  let stored = new Map<string, Uint8Array>();
  try {
    stored = deserialize(readFileSync(file)) as Map<string, Uint8Array>;
  } catch {
    // no cache yet, or an unreadable one: start empty
  }
  const kept = new Map<string, Uint8Array>();
  const seedKey = (source: string, bytes: Uint8Array) => createHash('sha256').update(source).update('\0').update(bytes).digest('hex').slice(0, 32);
  const cache = {
    hits: 0,
    misses: 0,
    get(source: string, bytes: Uint8Array): SeedResult | undefined {
      const k = seedKey(source, bytes);
      const packed = stored.get(k);
      if (!packed) {
        cache.misses++;
        return undefined;
      }
      cache.hits++;
      kept.set(k, packed);
      return deserialize(packed) as SeedResult;
    },
    set(source: string, bytes: Uint8Array, result: SeedResult): void {
      kept.set(seedKey(source, bytes), serialize(result));
    },
    /** Write the results of this run's seeds (dropping the others) when anything changed; remove caches of other keys. */
    save(): void {
      mkdirSync(dir, { recursive: true });
      if (cache.misses > 0 || kept.size !== stored.size) {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, serialize(kept));
        renameSync(tmp, file);
      }
      for (const old of readdirSync(dir)) if (old !== `${key}.v8`) rmSync(join(dir, old), { recursive: true, force: true });
    },
  };
  return cache;
}
