// One worker of `npm run ingest`: parses its share of the seeds with the pure pipeline and posts their
// summaries; then writes the Markdown files it is asked for (see parse-seeds.ts) and posts what it did.
import { parentPort, workerData } from 'node:worker_threads';
import type { Person } from '../src/content.config.ts';
import { indexRegister, ingestSeed, summarize, type IngestOptions } from '../src/lib/ingest/index.ts';
import { type OutputJob, writeOutputs } from './parse-seeds.ts';

const { seeds, people, options } = workerData as {
  seeds: Array<{ source: string; bytes: Uint8Array }>;
  people: Person[];
  options: IngestOptions;
};
const register = indexRegister(people);
const results = seeds.map((s) => ingestSeed(s.source, s.bytes, register, options));
parentPort!.postMessage(results.map(summarize));
parentPort!.once('message', (jobs: OutputJob[]) => parentPort!.postMessage(writeOutputs(results, jobs)));
