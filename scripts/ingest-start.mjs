// The entry of `npm run ingest` (and of the build's and the bench's ingest): turns Node's compile cache on, then
// runs the command, scripts/ingest.ts. It is JavaScript because Node strips a TypeScript entry's types before any
// of its code runs, so the entry itself could never come from the cache: loading the type stripper alone took
// ≈ 30–40 ms of every run (`--help` 0.08 → 0.04 s; a cold 10k ingest, alternating runs, 2.03 → 1.95 s). With the
// cache on first, ingest.ts, the modules it imports and the workers' (which inherit the variable) come compiled.
// The cache is kept with the pipeline's bundle (scripts/pipeline-bundle.ts, which empties it when it makes a new
// bundle): compiled code belongs to a version of the code, not to the parse results in .cache/. A caller's own
// NODE_COMPILE_CACHE is kept.
import module from 'node:module';
import { resolve } from 'node:path';

process.env.NODE_COMPILE_CACHE ??= resolve(import.meta.dirname, '../node_modules/.cache/archive-ingest/compile-cache');
module.enableCompileCache?.();
await import('./ingest.ts');
