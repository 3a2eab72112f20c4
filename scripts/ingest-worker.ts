// One worker of `npm run ingest`: parses its share of the seeds with the pure pipeline and posts the results.
import { parentPort, workerData } from 'node:worker_threads';
import type { Person } from '../src/content.config.ts';
import { indexRegister, ingestSeed, type IngestOptions } from '../src/lib/ingest/index.ts';

const { seeds, people, options } = workerData as {
  seeds: Array<{ source: string; bytes: Uint8Array }>;
  people: Person[];
  options: IngestOptions;
};
const register = indexRegister(people);
parentPort!.postMessage(seeds.map((s) => ingestSeed(s.source, s.bytes, register, options)));
