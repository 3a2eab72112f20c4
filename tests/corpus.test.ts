// The benchmark's synthetic corpus: deterministic, made of the shapes the parser meets, and every seed an
// article the ingest publishes, with people from the register on both sides and others only mentioned.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../src/lib/corpus.ts';
import { indexRegister, ingestSeed, parseRegister } from '../src/lib/ingest/index.ts';

const people = parseRegister(readFileSync(join(import.meta.dirname, '../src/data/people.yaml'), 'utf8'));
const register = indexRegister(people);
const countryOf = new Map(people.map((p) => [p.name, p.country] as const));

describe('makeCorpus', () => {
  const corpus = makeCorpus({ count: 400, seed: 11, people });
  const results = corpus.map((s) => ingestSeed(s.name, new TextEncoder().encode(s.text), register, { today: '2026-11-23' }));

  it('gives the same seeds, byte for byte, for the same options, and others for another seed', () => {
    expect(makeCorpus({ count: 400, seed: 11, people })).toEqual(corpus);
    expect(makeCorpus({ count: 400, seed: 12, people }).map((s) => s.text)).not.toEqual(corpus.map((s) => s.text));
    expect(new Set(corpus.map((s) => s.name)).size).toBe(corpus.length);
    for (const s of corpus) expect(s.name).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
  });

  it('makes only seeds the ingest publishes, each a meeting between registered people of both countries', () => {
    for (const r of results) {
      expect(r.errors, r.source).toEqual([]);
      const sides = new Set(r.entry!.people.map((n) => countryOf.get(n)));
      expect([...sides].sort(), r.source).toEqual(['US', 'VN']);
    }
  });

  it('names others in some articles without their meeting anyone (who invited, whose greetings)', () => {
    const withMentions = results.filter((r) => r.entry!.mentioned.length > 0);
    expect(withMentions.length).toBeGreaterThan(corpus.length * 0.25);
    expect(withMentions.length).toBeLessThan(corpus.length * 0.7);
    for (const r of withMentions) {
      for (const name of r.entry!.mentioned) {
        expect(r.entry!.people, r.source).not.toContain(name);
        expect(countryOf.has(name), `${r.source}: ${name}`).toBe(true);
      }
    }
  });

  it('dates its seeds in every header shape: a dated header, a month-only header, none', () => {
    const headers = corpus.map((s) => /^ date (\d{4}-\d{2}(?:-\d{2})?)/.exec(s.text)?.[1]);
    expect(headers.some((h) => h?.length === 10)).toBe(true);
    expect(headers.some((h) => h?.length === 7)).toBe(true);
    expect(headers.some((h) => h === undefined)).toBe(true);
    // Each seed's entry is dated within its header's month when it has one.
    corpus.forEach((s, i) => {
      const h = headers[i];
      if (h) expect(results[i]!.entry!.date.slice(0, 7), s.name).toBe(h.slice(0, 7));
    });
  });
});
