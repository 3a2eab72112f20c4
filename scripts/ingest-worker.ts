// One worker of `npm run ingest`: loads the pipeline, parses the share of the seeds it is then sent and posts
// their summaries; then writes the Markdown files it is asked for (see parse-seeds.ts) and posts what it did.
import { parentPort } from 'node:worker_threads';
import { indexRegister, ingestSeed, summarize } from '../src/lib/ingest/index.ts';
import { type OutputJob, type ParseRequest, writeOutputs } from './parse-seeds.ts';

parentPort!.once('message', ({ seeds, people, options }: ParseRequest) => {
  const register = indexRegister(people);
  const results = seeds.map((s) => ingestSeed(s.source, s.bytes, register, options));
  parentPort!.postMessage(results.map(summarize));
  parentPort!.once('message', async (jobs: OutputJob[]) => parentPort!.postMessage(await writeOutputs(results, jobs)));
});
