// One worker of `npm run ingest`: loads the pipeline, parses the share of the seeds it is then sent and posts
// their summaries; then writes the Markdown files it is asked for (see parse-seeds.ts) and posts what it did.
import { parentPort, workerData } from 'node:worker_threads';
import type { Person } from '../src/content.config.ts';
import { indexRegister, ingestSeed, summarize, type IngestOptions } from '../src/lib/ingest/index.ts';
import { type OutputJob, writeOutputs } from './parse-seeds.ts';

const { people, options } = workerData as { people: Person[]; options: IngestOptions };
const register = indexRegister(people);
parentPort!.once('message', (seeds: Array<{ source: string; bytes: Uint8Array }>) => {
  const results = seeds.map((s) => ingestSeed(s.source, s.bytes, register, options));
  parentPort!.postMessage(results.map(summarize));
  parentPort!.once('message', (jobs: OutputJob[]) => parentPort!.postMessage(writeOutputs(results, jobs)));
});
