// Parse seeds on every core, and later write their Markdown where they were parsed: large runs are split
// between this thread and worker threads (each runs the pure ingestSeed and keeps its results until the corpus
// step has given them their slugs, so only summaries cross between threads); small ones are parsed here, where
// starting workers would cost more than it saves. This module loads the pipeline only when it parses or writes
// here, so that the ingest can start its workers (which load it at once) before loading it itself.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMarkedAsUntransferable, Worker } from 'node:worker_threads';
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

/** What a worker is first sent: its share of the seeds, and the register and options to parse them with. */
export interface ParseRequest {
  seeds: readonly SeedInput[];
  people: readonly Person[];
  options: IngestOptions;
}

/** What a worker replies to a `ParseRequest`: for each seed, in order, its summary and what was read of it. */
export interface ParseReply {
  summaries: SeedSummary[];
  reads: SeedRead[];
}

/** Parse seeds in this thread (reading those given by path); the results are kept for `writeOutputs`. */
export async function parseHere(request: ParseRequest): Promise<{ results: SeedResult[]; reply: ParseReply }> {
  const { failedSeed, indexRegister, ingestSeed, summarize } = await pipeline();
  const register = indexRegister(request.people);
  const reads: SeedRead[] = [];
  const results = request.seeds.map((s) => {
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
        return failedSeed(s.source, [{ file: s.source, line: 1, message: `cannot be read (${why})`, hint: 'check that the file exists and can be read, then run the ingest again' }]);
      }
    }
    reads.push({ key: seedKey(s.source, bytes), stamp });
    return ingestSeed(s.source, bytes, register, request.options);
  });
  return { results, reply: { summaries: results.map(summarize), reads } };
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
 * pipeline while the register and the seeds are being read; `threads` says how many threads will parse (this
 * one among them: one worker fewer to start, and no thread idle while the others parse — cold 10k runs,
 * alternating, medians 2.05 → 1.99 s). `parse` (called once) hands the workers the register, the options and
 * their shares of the seeds (workers not needed then are ended), then parses the last share here.
 * Handed to a worker, a seed's bytes are moved rather than copied: a Uint8Array with a buffer of its own
 * (as `new Uint8Array(readFileSync(…))` gives) is left empty.
 */
export function startParsers(count: number) {
  const threads = (n: number) => Math.min(availableParallelism(), Math.ceil(n / PARALLEL_FROM));
  const workers = Array.from({ length: threads(count) < 2 ? 0 : threads(count) - 1 }, startWorker);
  return {
    threads: workers.length + 1,
    async parse(seeds: readonly SeedInput[], people: readonly Person[], options: IngestOptions): Promise<ParsedSeeds> {
      const used = workers.splice(0, threads(seeds.length) < 2 ? 0 : threads(seeds.length) - 1);
      for (const idle of workers) idle.end();
      if (!used.length) {
        const { results, reply } = await parseHere({ seeds, people, options });
        return { ...reply, write: async (jobs) => writeOutputs(results, jobs) };
      }
      // Shares in input order, this thread's last; the workers' replies wait while this thread parses.
      const size = Math.ceil(seeds.length / (used.length + 1));
      const theirs = Promise.all(used.map((w, i) => w.parse({ seeds: seeds.slice(i * size, (i + 1) * size), people, options })));
      theirs.catch(() => {}); // a worker's failure is reported by the await below, not as an unhandled rejection meanwhile
      const mine = await parseHere({ seeds: seeds.slice(used.length * size), people, options });
      const replies = [...(await theirs), mine.reply];
      return {
        summaries: replies.flatMap((r) => r.summaries),
        reads: replies.flatMap((r) => r.reads),
        async write(jobs) {
          // Each thread writes the files of its own share, indexed within it: the workers' first, then this one's.
          const shares = replies.map(() => [] as OutputJob[]);
          const at = replies.map(() => [] as number[]);
          jobs.forEach((job, i) => {
            const w = Math.floor(job.index / size);
            shares[w]!.push({ ...job, index: job.index - w * size });
            at[w]!.push(i);
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

/** The buffer of `bytes` when it holds nothing else and can be moved to another thread (not one of Buffer's shared pools). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer | undefined {
  const b = bytes.buffer;
  return b instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === b.byteLength && !isMarkedAsUntransferable(b) ? b : undefined;
}

/** A worker: loads the pipeline, parses the share it is given and replies with the summaries; then writes what it is given and ends. */
function startWorker() {
  const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { pipeline: pipelineUrl } });
  // Replies come in the order asked for: the summaries, then what writing did.
  const waiting: Array<{ done: (reply: unknown) => void; fail: (error: Error) => void }> = [];
  let failure: Error | undefined;
  const ask = <T>(message: unknown, transfer: ArrayBuffer[] = []) =>
    new Promise<T>((done, fail) => {
      if (failure) return fail(failure);
      waiting.push({ done: done as (reply: unknown) => void, fail });
      worker.postMessage(message, transfer);
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
    parse: (request: ParseRequest) => ask<ParseReply>(request, request.seeds.flatMap((s) => ('bytes' in s && ownBuffer(s.bytes)) || [])),
    write: (jobs: readonly OutputJob[]) => ask<Written[]>(jobs).finally(end),
    end,
  };
}
