// Parsing on worker threads gives exactly what parsing in one thread gives, in the same order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeeds, PARALLEL_FROM } from '../../scripts/parse-seeds.ts';
import { makeCorpus } from '../../src/lib/corpus.ts';
import { indexRegister, ingestSeed, parseRegister } from '../../src/lib/ingest/index.ts';

const people = parseRegister(readFileSync(join(import.meta.dirname, '../../src/data/people.yaml'), 'utf8'));

describe('parseSeeds', () => {
  it('splits a large run across threads and returns the single-thread results in input order', async () => {
    const seeds = makeCorpus({ count: PARALLEL_FROM * 2 + 7, seed: 7, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
    const register = indexRegister(people);
    const options = { today: '2026-11-23' };
    const parallel = await parseSeeds(seeds, people, options);
    expect(parallel.map((r) => r.source)).toEqual(seeds.map((s) => s.source));
    expect(parallel).toEqual(seeds.map((s) => ingestSeed(s.source, s.bytes, register, options)));
  }, 60_000);
});
