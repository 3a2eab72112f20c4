// What a parsed seed keeps in memory. The ingest holds every seed's result until the corpus step has given it its
// slug and its Markdown is written, so a result must not keep the seed's whole text alive through a substring
// (V8 makes a substring of 13 characters or more a view into the string it was cut from). Measured in a Node of its
// own, with the collector run by hand (--expose-gc): heap kept by entries against heap kept by copies of them, with
// half the register, so that entries also name people by what the text says (unregistered).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const url = (path: string) => pathToFileURL(join(ROOT, path)).href;

const MEASURE = `
import { readFileSync } from 'node:fs';
import { makeCorpus } from '${url('src/lib/corpus.ts')}';
import { indexRegister, ingestSeed, parseRegister } from '${url('src/lib/ingest/index.ts')}';
const people = parseRegister(readFileSync('${join(ROOT, 'src/data/people.yaml')}', 'utf8'));
const seeds = makeCorpus({ count: 400, seed: 3, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
// Half the register: the other half's names are read after their titles, cut from the text (unregistered people).
const register = indexRegister(people.filter((_, i) => i % 2 === 1));
const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
// Heap kept by what keep() keeps of each seed's entry, per entry.
function kept(keep) {
  const held = [];
  let unregistered = 0;
  const before = heap();
  for (const s of seeds) {
    const r = ingestSeed(s.source, s.bytes, register, { today: '2026-11-24' });
    if (!r.entry) continue;
    held.push(keep(r.entry));
    if (r.unregistered.length) unregistered++;
  }
  const after = heap();
  return { perEntry: (after - before) / held.length, entries: held.length, unregistered };
}
// A first pass fills the pipeline's remembered words and names (kept heap too) and compiles its code.
kept((e) => null);
const entries = kept((e) => e);
const copies = kept((e) => structuredClone(e));
console.log(JSON.stringify({ entries, copies }));
`;

describe('a parsed seed in memory', () => {
  it("keeps no more than its entry's own data: its title, lede and unregistered names do not hold on to the seed's text", () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', MEASURE], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { entries, copies } = JSON.parse(r.stdout) as Record<'entries' | 'copies', { perEntry: number; entries: number; unregistered: number }>;
    expect(entries.entries).toBeGreaterThan(300);
    expect(entries.unregistered).toBeGreaterThan(100);
    // A copy holds the entry's data and nothing else (≈ 2 KB). With the seed's text kept through its title and lede,
    // an entry held ≈ 9 KB more (full register: 10.7 KB an entry against 1.9 KB a copy); through unregistered names
    // alone, ≈ 5 KB more (6.6 against 1.8 KB).
    expect(copies.perEntry).toBeGreaterThan(500);
    expect(entries.perEntry).toBeLessThan(copies.perEntry * 1.5);
  }, 60_000);
});
