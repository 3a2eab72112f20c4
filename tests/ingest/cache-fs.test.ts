// The parse cache gives back exactly what a fresh parse gives, survives later mutation of results,
// and is invalidated by anything a result depends on besides the seed (here: the register).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCache } from '../../src/lib/ingest/cache-fs.ts';
import { ingestCorpus, parseRegister } from '../../src/lib/ingest/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const people = parseRegister(readFileSync(join(ROOT, 'src/data/people.yaml'), 'utf8'));
const seeds = readdirSync(join(ROOT, 'seeds'))
  .sort()
  .map((source) => ({ source, bytes: new Uint8Array(readFileSync(join(ROOT, 'seeds', source))) }));
const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the ingest parse cache', () => {
  const fresh = ingestCorpus(seeds, people, {});

  it('misses on the first run, hits on the second, and gives the same entries and files', () => {
    const first = openCache(dir, people, {});
    const a = ingestCorpus(seeds, people, {}, first);
    first.save();
    expect(first.misses).toBe(seeds.length);
    const second = openCache(dir, people, {});
    const b = ingestCorpus(seeds, people, {}, second);
    expect(second.hits).toBe(seeds.length);
    expect(second.misses).toBe(0);
    for (const run of [a, b]) {
      expect(run.files).toEqual(fresh.files);
      expect(run.results.map((r) => r.entry)).toEqual(fresh.results.map((r) => r.entry));
    }
  });

  it('stores results as they were made, not as the corpus step later changed them', () => {
    const twice = [...seeds, { source: 'zz_copy.txt', bytes: seeds[0]!.bytes }];
    const c = openCache(dir, people, {});
    const run = ingestCorpus(twice, people, {}, c); // the copy gets a "same article" warning and no entry
    c.save();
    expect(run.results.at(-1)!.entry).toBeNull();
    const again = openCache(dir, people, {});
    const hit = again.get('zz_copy.txt', seeds[0]!.bytes)!;
    expect(hit.entry).not.toBeNull();
    expect(hit.warnings).toEqual([]);
  });

  it('is invalidated by a change to the register', () => {
    const changed = people.map((p) => (p.name === 'Marco Rubio' ? { ...p, aliases: [] } : p));
    const c = openCache(dir, changed, {});
    ingestCorpus(seeds, changed, {}, c);
    expect(c.hits).toBe(0);
  });
});
