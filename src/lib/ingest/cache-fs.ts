// The ingest's parse cache on disk: one JSON file per seed result, under a folder named for everything a
// result depends on besides the seed (the ingest's source files, the lockfile, the register, the options).
// Changing any of those gives a new folder, and the old ones are removed on the next save.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** A SeedCache in `dir`/<codeKey>/: results are read on demand and written by `save()`. */
export function openCache(dir: string, people: readonly Person[], options: IngestOptions): SeedCache & { save(): void; hits: number; misses: number } {
  const key = codeKey(people, options);
  const folder = join(dir, key);
  const fresh = new Map<string, string>();
  const used = new Set<string>();
  const seedKey = (source: string, bytes: Uint8Array) => createHash('sha256').update(source).update('\0').update(bytes).digest('hex').slice(0, 32);
  const cache = {
    hits: 0,
    misses: 0,
    get(source: string, bytes: Uint8Array): SeedResult | undefined {
      const k = seedKey(source, bytes);
      const file = join(folder, `${k}.json`);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        cache.misses++;
        return undefined;
      }
      cache.hits++;
      used.add(k);
      return JSON.parse(text) as SeedResult;
    },
    set(source: string, bytes: Uint8Array, result: SeedResult): void {
      const k = seedKey(source, bytes);
      used.add(k);
      fresh.set(k, JSON.stringify(result));
    },
    /** Write new results; drop results of seeds this run did not see, and folders of other keys. */
    save(): void {
      mkdirSync(folder, { recursive: true });
      for (const [k, text] of fresh) writeFileSync(join(folder, `${k}.json`), text);
      for (const f of readdirSync(folder)) if (!used.has(f.slice(0, -'.json'.length))) rmSync(join(folder, f), { force: true });
      for (const old of readdirSync(dir)) if (old !== key) rmSync(join(dir, old), { recursive: true, force: true });
    },
  };
  return cache;
}
