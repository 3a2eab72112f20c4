// One worker of `npm run ingest`: loads the pipeline, parses the share of the seeds it is then sent (reading
// those given by path) and posts their summaries and keys; then writes the Markdown files it is asked for
// (see parse-seeds.ts) and posts what it did.
import { parentPort } from 'node:worker_threads';
import '../src/lib/ingest/index.ts';
import { type OutputJob, type ParseRequest, parseHere, writeOutputs } from './parse-seeds.ts';

parentPort!.once('message', async (request: ParseRequest) => {
  const { results, reply } = await parseHere(request);
  parentPort!.postMessage(reply);
  parentPort!.once('message', async (jobs: OutputJob[]) => parentPort!.postMessage(await writeOutputs(results, jobs)));
});
