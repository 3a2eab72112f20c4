// Parse seeds on every core, and later write their Markdown where they were parsed: large runs are split
// between this thread and worker threads (each runs the pure ingestSeed and keeps its results until the corpus
// step has given them their slugs, so only summaries cross between threads); small ones are parsed here, where
// starting workers would cost more than it saves. This module loads the pipeline only when it parses or writes
// here, so that the ingest can start its workers (which load it at once) before loading it itself.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Person } from '../src/content.config.ts';
import { type FileStamp, seedKey, stampOf } from '../src/lib/ingest/cache-fs.ts';
import type { IngestOptions, Publication, SeedResult, SeedSummary } from '../src/lib/ingest/index.ts';

/** The pipeline's module from its sources. */
export const PIPELINE_SOURCES = new URL('../src/lib/ingest/index.ts', import.meta.url).href;
let pipelineUrl = PIPELINE_SOURCES;
/**
 * Load the pipeline from `url` from now on, here and in the workers started after: its bundle (see
 * pipeline-bundle.ts), which loads in half the time of its ≈ 420 source modules.
 */
export function usePipeline(url: string) {
  pipelineUrl = url;
}
/** The pipeline, from where `usePipeline` said (its sources unless told). */
export const pipeline = (): Promise<typeof import('../src/lib/ingest/index.ts')> => import(pipelineUrl);

/**
 * Up to this many seeds to parse, one thread is as fast: a worker costs time to start (loading the pipeline)
 * against ≈ 0.25 ms a seed. Whole cold runs, medians of 9 alternating, with this thread parsing a share beside
 * one worker (ninth session): 1,000 seeds 0.56 s on one thread and on two; 2,000 seeds 0.85 s on one, 0.76 s on
 * two. (With two workers and this thread idle it was 2,500: 2,000 seeds 0.97 s on one thread, 1.02 s on two.)
 */
export const PARALLEL_FROM = 1000;

/**
 * One Markdown file to write: the parsed seed (its index in the list given to `parseSeeds`), its publication, its
 * path, and whether the run saw no file there when it listed the folder (then it is not looked for again).
 */
export interface OutputJob {
  index: number;
  publication: Publication;
  path: string;
  absent?: boolean;
}

/** What writing a file did: whether its bytes changed, and its stamp afterwards. */
export interface Written {
  written: boolean;
  stamp: FileStamp;
}

/**
 * A seed to parse: its bytes, or the path of its file, read (and stamped) where it is parsed, so that the
 * reading and hashing of a first run's seeds is shared by the workers too.
 */
export type SeedInput = { source: string; bytes: Uint8Array } | { source: string; path: string };

/** What was read of a seed: its content key (`seedKey`) and, when it was read from its path, its stamp taken before reading. */
export interface SeedRead {
  key: string;
  stamp?: FileStamp;
}

/** Parsed seeds: their summaries for the corpus step; their results stay where they were parsed until written. */
export interface ParsedSeeds {
  /** the summary of each seed, in input order */
  summaries: SeedSummary[];
  /** the key (and stamp, for a seed given by path) of each seed, in input order */
  reads: SeedRead[];
  /** Write the Markdown of published seeds (a file only when its bytes differ), then let the results go. Call once. */
  write(jobs: readonly OutputJob[]): Promise<Written[]>;
}

/**
 * What a worker is first sent: the seeds, and the register and options to parse them with. With `next`, the
 * seeds are shared by several threads: each takes the next seed not yet taken (an atomic counter in shared
 * memory), so that all of them finish together however fast each one starts and runs.
 */
export interface ParseRequest {
  seeds: readonly SeedInput[];
  people: readonly Person[];
  options: IngestOptions;
  next?: Int32Array;
}

/** What a worker replies to a `ParseRequest`: for each seed it parsed, its index in `seeds`, its summary and what was read of it. */
export interface ParseReply {
  indices: number[];
  summaries: SeedSummary[];
  reads: SeedRead[];
}

/**
 * Parse seeds in this thread (reading those given by path): all of the request's, or those it takes of a shared
 * list; the results (in the order of `reply.indices`) are kept for `writeOutputs`.
 */
export async function parseHere(request: ParseRequest): Promise<{ results: SeedResult[]; reply: ParseReply }> {
  const { failedSeed, indexRegister, ingestSeed, summarize } = await pipeline();
  const register = indexRegister(request.people);
  const { seeds, next } = request;
  let unshared = 0;
  const take = next ? () => Atomics.add(next, 0, 1) : () => unshared++;
  const indices: number[] = [];
  const reads: SeedRead[] = [];
  const results: SeedResult[] = [];
  for (let i = take(); i < seeds.length; i = take()) {
    const s = seeds[i]!;
    indices.push(i);
    let stamp: FileStamp | undefined;
    let bytes: Uint8Array;
    if ('bytes' in s) bytes = s.bytes;
    else {
      try {
        stamp = stampOf(s.path);
        bytes = readFileSync(s.path);
      } catch (error) {
        // A seed that vanished or cannot be read since it was listed fails alone; the others are still published.
        reads.push({ key: seedKey(s.source, new Uint8Array()) });
        const why = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        results.push(failedSeed(s.source, [{ file: s.source, line: 1, message: `cannot be read (${why})`, hint: 'check that the file exists and can be read, then run the ingest again' }]));
        continue;
      }
    }
    reads.push({ key: seedKey(s.source, bytes), stamp });
    results.push(ingestSeed(s.source, bytes, register, request.options));
  }
  return { results, reply: { indices, summaries: results.map(summarize), reads } };
}

/**
 * Write each job's Markdown (`markdownOf`) unless the file already holds exactly it. A file the run saw absent is
 * not looked for (on a first run, 10k `existsSync` calls: ≈ 22 ms on each of two workers); one made meanwhile is
 * overwritten, as it would be if it differed.
 */
export async function writeOutputs(results: readonly SeedResult[], jobs: readonly OutputJob[]): Promise<Written[]> {
  const { markdownOf } = await pipeline();
  return jobs.map(({ index, publication, path, absent }) => {
    const markdown = markdownOf(results[index]!, publication);
    const written = absent || !existsSync(path) || readFileSync(path, 'utf8') !== markdown;
    if (written) writeFileSync(path, markdown);
    return { written, stamp: stampOf(path)! };
  });
}

/** Parse seeds (in input order) with the ingest pipeline, on worker threads when there are many (see `startParsers`). */
export function parseSeeds(seeds: readonly SeedInput[], people: readonly Person[], options: IngestOptions): Promise<ParsedSeeds> {
  return startParsers(seeds.length).parse(seeds, people, options);
}

/**
 * Start the workers for parsing up to `count` seeds, when there are enough of them, so that they load the
 * pipeline while the register and the seeds are being read: one fewer than the threads that will parse, as this
 * one parses too (one worker fewer to start, and no thread idle while the others parse — cold 10k runs,
 * alternating, medians 2.07 → 2.00 s). `parse` (called once) hands the workers the register, the options and
 * the seeds (workers not needed then are ended), and parses here too: each thread takes the next seed not yet
 * taken, so that they all finish together (with fixed halves this thread, which starts first, waited ≈ 60–90 ms
 * for the worker; on two vCPUs the run is CPU-bound and took as long either way, 1.99 s, but on more cores than
 * threads the wait is lost time). Seeds given by their bytes are copied to each worker: a run reads seeds itself
 * only when their stamps changed, and such seeds are few.
 */
export function startParsers(count: number) {
  const threads = (n: number) => Math.min(availableParallelism(), Math.ceil(n / PARALLEL_FROM));
  const workers = Array.from({ length: threads(count) < 2 ? 0 : threads(count) - 1 }, startWorker);
  return {
    async parse(seeds: readonly SeedInput[], people: readonly Person[], options: IngestOptions): Promise<ParsedSeeds> {
      const used = workers.splice(0, threads(seeds.length) < 2 ? 0 : threads(seeds.length) - 1);
      for (const idle of workers) idle.end();
      if (!used.length) {
        const { results, reply } = await parseHere({ seeds, people, options });
        return { ...reply, write: async (jobs) => writeOutputs(results, jobs) };
      }
      // Every thread, this one too, takes the next seed not yet taken (the workers' replies wait while it parses).
      const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      const theirs = Promise.all(used.map((w) => w.parse({ seeds, people, options, next })));
      theirs.catch(() => {}); // a worker's failure is reported by the await below, not as an unhandled rejection meanwhile
      let mine: Awaited<ReturnType<typeof parseHere>>;
      let replies: ParseReply[];
      try {
        mine = await parseHere({ seeds, people, options, next });
        replies = [...(await theirs), mine.reply];
      } catch (error) {
        for (const w of used) w.end(); // none is left waiting to write
        throw error;
      }
      // Which thread parsed each seed, and where it keeps the result; summaries and reads in input order.
      const thread = new Int32Array(seeds.length);
      const local = new Int32Array(seeds.length);
      const summaries: SeedSummary[] = new Array(seeds.length);
      const reads: SeedRead[] = new Array(seeds.length);
      replies.forEach((r, t) =>
        r.indices.forEach((i, k) => {
          thread[i] = t;
          local[i] = k;
          summaries[i] = r.summaries[k]!;
          reads[i] = r.reads[k]!;
        }),
      );
      return {
        summaries,
        reads,
        async write(jobs) {
          // Each thread writes the files of the seeds it parsed: the workers' first, then this one's.
          const shares = replies.map(() => [] as OutputJob[]);
          const at = replies.map(() => [] as number[]);
          jobs.forEach((job, j) => {
            const t = thread[job.index]!;
            shares[t]!.push({ ...job, index: local[job.index]! });
            at[t]!.push(j);
          });
          const writing = Promise.all(used.map((w, i) => w.write(shares[i]!)));
          writing.catch(() => {});
          const here = await writeOutputs(mine.results, shares[used.length]!);
          const done = [...(await writing), here];
          const written: Written[] = new Array(jobs.length);
          done.forEach((list, w) => list.forEach((x, i) => (written[at[w]![i]!] = x)));
          return written;
        },
      };
    },
  };
}

/** A worker: loads the pipeline, parses the seeds it takes of those it is given and replies with their summaries; then writes what it is given and ends. */
function startWorker() {
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { pipeline: pipelineUrl } });
  // Replies come in the order asked for: the summaries, then what writing did.
  const waiting: Array<{ done: (reply: unknown) => void; fail: (error: Error) => void }> = [];
  let failure: Error | undefined;
  const ask = <T>(message: unknown) =>
    new Promise<T>((done, fail) => {
      if (failure) return fail(failure);
      waiting.push({ done: done as (reply: unknown) => void, fail });
      worker.postMessage(message);
    });
  const failAll = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.fail(failure);
  };
  worker.on('message', (m: unknown) => waiting.shift()?.done(m));
  worker.once('error', (error: Error) => failAll(new Error(`ingest worker failed: ${error.message}`, { cause: error })));
  worker.once('exit', (code) => failAll(new Error(`ingest worker exited (code ${code}) before sending its results`)));
  const end = () => void worker.terminate();
  return {
    parse: (request: ParseRequest) => ask<ParseReply>(request),
    write: (jobs: readonly OutputJob[]) => ask<Written[]>(jobs).finally(end),
    end,
  };
}
