// The ingest's cache between runs: it knows an unchanged seed by its stamp, gives back the summary a
// fresh parse gives, never keeps a result with errors, knows which outputs it made, and is invalidated
// by anything a result depends on besides the seed (here: the register and the year).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { codeKey, hasCache, openCache, seedKey, stampOf } from '../../src/lib/ingest/cache-fs.ts';
import { indexRegister, ingestSeed, parseRegister, summarize } from '../../src/lib/ingest/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const people = parseRegister(readFileSync(join(ROOT, 'src/data/people.yaml'), 'utf8'));
const register = indexRegister(people);
const seeds = readdirSync(join(ROOT, 'seeds'))
  .sort()
  .map((source) => ({ source, path: join(ROOT, 'seeds', source), bytes: new Uint8Array(readFileSync(join(ROOT, 'seeds', source))) }));
const tmp = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let dir = '';
let n = 0;
beforeEach(() => {
  dir = join(tmp, `case-${n++}`);
});
const where = { seedsDir: join(ROOT, 'seeds'), outDir: join(tmp, 'out') };
const options = { today: '2026-11-23' };

/** One run of the cache as the CLI uses it: every seed remembered, then saved. */
function remembered(list = seeds, opts = options, register = people) {
  const c = openCache(dir, where, register, opts);
  for (const s of list) c.remember(s.source, stampOf(s.path)!, seedKey(s.source, s.bytes), summarize(ingestSeed(s.source, s.bytes, indexRegister(register), opts)));
  c.save();
  return c;
}

describe('the ingest cache', () => {
  it('tells whether a cache of these folders exists, of any register or year, before the register is read', () => {
    expect(hasCache(dir, where)).toBe(false);
    remembered(seeds, { today: '2020-01-01' });
    expect(hasCache(dir, where)).toBe(true);
    expect(hasCache(dir, { ...where, outDir: join(tmp, 'elsewhere') })).toBe(false);
  });

  it('knows an unchanged seed by its stamp and gives back the summary a fresh parse gives', () => {
    remembered();
    const c = openCache(dir, where, people, options);
    for (const s of seeds) {
      const key = c.knownKey(s.source, stampOf(s.path)!);
      expect(key).toBe(seedKey(s.source, s.bytes));
      expect(c.summary(key!)).toEqual(summarize(ingestSeed(s.source, s.bytes, register, options)));
    }
    expect(c.hits).toBe(seeds.length);
    expect(c.misses).toBe(0);
  });

  it('does not trust a stamp that changed (the seed is read and looked up by content)', () => {
    remembered();
    const c = openCache(dir, where, people, options);
    const s = seeds[0]!;
    const stamp = stampOf(s.path)!;
    expect(c.knownKey(s.source, { ...stamp, mtimeMs: stamp.mtimeMs + 1 })).toBeUndefined();
    expect(c.knownKey(s.source, { ...stamp, size: stamp.size + 1 })).toBeUndefined();
    // Only a seed the last run saw is worth reading to look up: a key holds the seed's name.
    expect(c.known(s.source)).toBe(true);
    expect(c.known(`new-${s.source}`)).toBe(false);
    expect(c.summary(seedKey(s.source, s.bytes))).toBeDefined();
    expect(c.summary(seedKey(s.source, new Uint8Array([...s.bytes, 32])))).toBeUndefined();
  });

  it('never keeps a result with errors', () => {
    const bad = join(tmp, 'empty.txt');
    writeFileSync(bad, '');
    const bytes = new Uint8Array(0);
    const result = ingestSeed('empty.txt', bytes, register, options);
    expect(result.errors).not.toHaveLength(0);
    const c = openCache(dir, where, people, options);
    c.remember('empty.txt', stampOf(bad)!, seedKey('empty.txt', bytes), summarize(result));
    c.save();
    const again = openCache(dir, where, people, options);
    expect(again.known('empty.txt')).toBe(false);
    expect(again.knownKey('empty.txt', stampOf(bad)!)).toBeUndefined();
    expect(again.summary(seedKey('empty.txt', bytes))).toBeUndefined();
  });

  it('knows the outputs it wrote, from which seed, while they are untouched', () => {
    const out = join(tmp, 'a.md');
    writeFileSync(out, 'x');
    const c = openCache(dir, where, people, options);
    c.wrote('a.md', stampOf(out)!, 'k1');
    c.save();
    const again = openCache(dir, where, people, options);
    expect(again.outputFresh('a.md', stampOf(out), 'k1')).toBe(true);
    expect(again.outputFresh('a.md', stampOf(out), 'k2')).toBe(false);
    expect(again.outputFresh('a.md', undefined, 'k1')).toBe(false);
    writeFileSync(out, 'xy');
    expect(again.outputFresh('a.md', stampOf(out), 'k1')).toBe(false);
  });

  it('is invalidated by a change to the register or the year, not by the day', () => {
    remembered();
    const changed = people.map((p) => (p.name === 'Marco Rubio' ? { ...p, aliases: [] } : p));
    expect(codeKey(changed, options)).not.toBe(codeKey(people, options));
    expect(codeKey(people, { today: '2027-01-01' })).not.toBe(codeKey(people, options));
    expect(codeKey(people, { today: '2026-11-24' })).toBe(codeKey(people, options));
    const c = openCache(dir, where, changed, options);
    expect(c.knownKey(seeds[0]!.source, stampOf(seeds[0]!.path)!)).toBeUndefined();
  });

  it('keeps one file per seeds/output folder pair, replacing its own older ones', () => {
    remembered();
    remembered(seeds, options, people.slice(1));
    const other = openCache(dir, { ...where, outDir: join(tmp, 'elsewhere') }, people, options);
    other.save();
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    expect(new Set(files.map((f) => f.split('-')[0])).size).toBe(2);
  });
});
