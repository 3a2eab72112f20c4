// Parsing on worker threads gives exactly what parsing in one thread gives, in the same order, and the
// workers write exactly the Markdown the single-thread results give.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHere, parseSeeds, PARALLEL_FROM, PIPELINE_SOURCES, startParsers, usePipeline, writeOutputs } from '../../scripts/parse-seeds.ts';
import { makeCorpus } from '../../src/lib/corpus.ts';
import { seedKey, stampOf } from '../../src/lib/ingest/cache-fs.ts';
import { indexRegister, ingestSeed, markdownOf, parseRegister, summarize } from '../../src/lib/ingest/index.ts';

const people = parseRegister(readFileSync(join(import.meta.dirname, '../../src/data/people.yaml'), 'utf8'));

describe('parseSeeds', () => {
  it('splits a large run across threads: the single-thread summaries in input order, and the Markdown markdownOf gives', async () => {
    const seeds = makeCorpus({ count: PARALLEL_FROM * 2 + 7, seed: 7, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
    const register = indexRegister(people);
    const options = { today: '2026-11-23' };
    const results = seeds.map((s) => ingestSeed(s.source, s.bytes, register, options));
    const keys = seeds.map((s) => seedKey(s.source, s.bytes));
    // Every other seed is given by the path of its file (read and stamped where it is parsed), one by a path
    // that does not exist.
    const out = mkdtempSync(join(tmpdir(), 'parse-seeds-'));
    try {
      const missing = 10;
      const input = seeds.map((s, i) => {
        if (i % 2 === 1) return s;
        const path = join(out, s.source);
        if (i !== missing) writeFileSync(path, s.bytes);
        return { source: s.source, path };
      });
      const stamps = input.map((s) => ('path' in s ? stampOf(s.path) : undefined));
      const parallel = await parseSeeds(input, people, options);
      expect(parallel.summaries.map((s) => s.source)).toEqual(seeds.map((s) => s.source));
      const unreadable = parallel.summaries[missing]!;
      expect(unreadable.slug).toBeNull();
      expect(unreadable.errors).toEqual([expect.objectContaining({ file: seeds[missing]!.source, line: 1, message: 'cannot be read (ENOENT)' })]);
      expect(parallel.summaries.filter((_, i) => i !== missing)).toEqual(results.map(summarize).filter((_, i) => i !== missing));
      expect(parallel.reads.filter((_, i) => i !== missing)).toEqual(keys.map((key, i) => ({ key, stamp: stamps[i] })).filter((_, i) => i !== missing));
      expect(parallel.reads[missing]!.stamp).toBeUndefined();
      expect(stamps.filter(Boolean).length).toBe(PARALLEL_FROM + 3);

      // Every seed with an entry, every third under another slug (as the corpus step renames), in no particular order.
      const jobs = results
        .flatMap((r, index) => {
          const renamed = index % 3 === 0;
          return r.entry && index !== missing ? [{ index, publication: { source: r.source, slug: renamed ? `${r.entry.slug}-${index}` : r.entry.slug, renamed }, path: join(out, `${index}.md`) }] : [];
        })
        .reverse();
      expect(jobs.length).toBeGreaterThan(PARALLEL_FROM);
      const written = await parallel.write(jobs);
      expect(written.every((w) => w.written)).toBe(true);
      expect(written.map((w) => w.stamp)).toEqual(jobs.map((j) => stampOf(j.path)));
      for (const j of jobs) expect(readFileSync(j.path, 'utf8')).toBe(markdownOf(results[j.index]!, j.publication));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('started for many seeds but handed few (the rest found in the cache), parses them here and ends the workers', async () => {
    const seeds = makeCorpus({ count: 20, seed: 3, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
    const options = { today: '2026-11-23' };
    const register = indexRegister(people);
    const expected = seeds.map((s) => summarize(ingestSeed(s.source, s.bytes, register, options)));
    const keys = seeds.map((s) => seedKey(s.source, s.bytes));
    const parsed = await startParsers(PARALLEL_FROM * 2).parse(seeds, people, options);
    expect(parsed.summaries).toEqual(expected);
    expect(parsed.reads).toEqual(keys.map((key) => ({ key })));
    expect(await parsed.write([])).toEqual([]);
  }, 60_000);
  it('shared with other threads, parses only the seeds it takes, each once, and says which', async () => {
    const seeds = makeCorpus({ count: 12, seed: 4, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
    const options = { today: '2026-11-23' };
    const register = indexRegister(people);
    const next = new Int32Array(new SharedArrayBuffer(4));
    next[0] = 5; // another thread has taken seeds 0–4
    const { results, reply } = await parseHere({ seeds, people, options, next });
    expect(reply.indices).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(results.map((r) => r.source)).toEqual(seeds.slice(5).map((s) => s.source));
    expect(reply.summaries).toEqual(seeds.slice(5).map((s) => summarize(ingestSeed(s.source, s.bytes, register, options))));
    expect(next[0]).toBeGreaterThanOrEqual(seeds.length);
    const again = await parseHere({ seeds, people, options, next });
    expect(again.reply.indices).toEqual([]);
  });

  it('writes a file only when its bytes differ, and one the run saw absent without looking for it', async () => {
    const seeds = makeCorpus({ count: 4, seed: 5, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
    const { results } = await parseHere({ seeds, people, options: { today: '2026-11-23' } });
    expect(results.every((r) => r.entry)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'parse-seeds-'));
    try {
      const job = (index: number, name: string, absent?: boolean) => ({
        index,
        publication: { source: results[index]!.source, slug: results[index]!.entry!.slug, renamed: false },
        path: join(dir, name),
        absent,
      });
      writeFileSync(join(dir, 'same.md'), results[0]!.markdown);
      writeFileSync(join(dir, 'same-but-absent.md'), results[1]!.markdown);
      writeFileSync(join(dir, 'changed.md'), `${results[2]!.markdown}\nan edit`);
      const jobs = [job(0, 'same.md'), job(1, 'same-but-absent.md', true), job(2, 'changed.md', false), job(3, 'new.md')];
      const written = await writeOutputs(results, jobs);
      expect(written.map((w) => w.written)).toEqual([false, true, true, true]);
      expect(written.map((w) => w.stamp)).toEqual(jobs.map((j) => stampOf(j.path)));
      for (const j of jobs) expect(readFileSync(j.path, 'utf8')).toBe(results[j.index]!.markdown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the pipeline, here and in its workers, from the module usePipeline names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-seeds-'));
    // The module it is told: the pipeline, except that it fails to load in the ingest's workers, or everywhere else.
    const told = (where: 'worker' | 'here') => {
      const file = join(dir, `pipeline-${where}.mjs`);
      const inWorker = "workerData !== null && typeof workerData === 'object' && 'pipeline' in workerData";
      writeFileSync(
        file,
        `import { workerData } from 'node:worker_threads';\n` +
          `if (${where === 'worker' ? '' : '!'}(${inWorker})) throw new Error('${where === 'worker' ? 'a worker' : 'this thread'} loaded the module it was told');\n` +
          `export * from ${JSON.stringify(PIPELINE_SOURCES)};\n`,
      );
      return pathToFileURL(file).href;
    };
    const seeds = makeCorpus({ count: PARALLEL_FROM * 2, seed: 3, people }).map((s) => ({ source: s.name, bytes: new TextEncoder().encode(s.text) }));
    try {
      usePipeline(told('worker'));
      await expect(parseSeeds(seeds, people, { today: '2026-11-23' })).rejects.toThrow(/a worker loaded the module it was told/);
      usePipeline(told('here'));
      await expect(parseSeeds(seeds, people, { today: '2026-11-23' })).rejects.toThrow(/this thread loaded the module it was told/);
      await expect(parseSeeds(seeds.slice(0, 3), people, { today: '2026-11-23' })).rejects.toThrow(/this thread loaded the module it was told/);
    } finally {
      usePipeline(PIPELINE_SOURCES);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
