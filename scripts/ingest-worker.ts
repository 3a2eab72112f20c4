// One worker of `npm run ingest`: loads the pipeline (from the module it is told: its bundle or its sources),
// parses the seeds it takes of those it is then sent (reading those given by path) and posts their indices,
// summaries and keys; then writes the Markdown files it is asked for (see parse-seeds.ts) and posts what it did.
import { parentPort, workerData } from 'node:worker_threads';
import { type OutputJob, type ParseRequest, parseHere, pipeline, usePipeline, writeOutputs } from './parse-seeds.ts';

usePipeline((workerData as { pipeline: string }).pipeline);
await pipeline();

parentPort!.once('message', async (request: ParseRequest) => {
  const { results, reply } = await parseHere(request);
  parentPort!.postMessage(reply);
  parentPort!.once('message', async (jobs: OutputJob[]) => parentPort!.postMessage(await writeOutputs(results, jobs)));
});
