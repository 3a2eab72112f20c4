// `npm run build`: the ingest (seeds → src/content/articles/), astro build and the Pagefind index into a fresh
// folder, then swap it in for dist/. A build that fails leaves the previous dist/ untouched, so a deployed
// site never goes half-built. The ingest and astro start together: astro's own start (≈ 0.9 s) needs no content,
// and its ingest gate (src/integrations/ingest-gate.ts) holds it before it reads any until the ingest is done.
// The index is made here once astro has exited, not in astro's build:done hook: astro would hold its heap
// (≈ 1.35 GB at 10,000 articles) the whole time Pagefind peaks (≈ 2.4 GB).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { GATE, INGEST_GATE_ENV } from '../src/integrations/ingest-gate.ts';
import { INDEX_AFTER_ASTRO_ENV, indexSiteReported } from '../src/integrations/pagefind.ts';
import { ingestArgs } from './ingest-command.ts';
import { ARTICLE_PAGE_BUDGET, articlePageBytes, median } from './page-budget.ts';

const dist = resolve('dist');
const next = resolve(`.dist-next-${process.pid}`);
const old = resolve(`.dist-old-${process.pid}`);
const astroBin = resolve('node_modules/.bin/astro');

/**
 * NODE_OPTIONS for the astro process: a cap on V8's old space of about twice its live set, unless the
 * caller set one. Measured at 10,000 articles: ≈ 660 MB survive each full collection while pages
 * render, but V8 let the heap reach ≈ 1.9 GB before collecting, so the process peaked at 2.2–3.3 GB;
 * with a 1.5 GB cap it peaked at 2.0–2.2 GB and took no longer.
 */
function astroNodeOptions(): string {
  const inherited = process.env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size\b/.test(inherited)) return inherited;
  // The ingest is still running: its seeds say how many articles there will be (the folder, how many there were).
  const count = (dir: string, ext: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith(ext)).length : 0);
  const articles = Math.max(count(resolve('seeds'), '.txt'), count(resolve('src/content/articles'), '.md'));
  const capMb = 512 + Math.ceil(articles / 10); // ≈ 100 KB an article: 1.5 GB at 10,000
  return `${inherited} --max-old-space-size=${capMb}`.trim();
}

/**
 * Astro's CLI turns on Node's compile cache (in the system's temporary folder). The build's server chunks,
 * the content store among them, live under `next`, a new folder each time: each build would leave another
 * compiled copy of the content store there (≈ 116 MB at 10,000 articles) and never read it again. Off for
 * the astro process, unless the caller chose a cache folder; measured, the cache saved nothing here.
 */
function astroCompileCache(): Record<string, string> {
  return process.env.NODE_COMPILE_CACHE ? {} : { NODE_DISABLE_COMPILE_CACHE: '1' };
}

const started = performance.now();
/** The exit code of a child process, or its signal's name; the error message if it could not start. */
const finished = (child: ReturnType<typeof spawn>) =>
  new Promise<string | number>((done) => {
    child.once('error', (error) => done(error.message));
    // 'exit', not 'close': its output goes straight to ours, and once astro's IPC channel is gone 'close' never comes.
    child.once('exit', (code, signal) => done(code ?? signal ?? 'unknown'));
  });

const ingest = spawn(process.execPath, ingestArgs(process.cwd(), '--keep-going'), { stdio: ['ignore', 'inherit', 'inherit'] });
const ingestExit = finished(ingest);
const astro = spawn(astroBin, ['build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, ...astroCompileCache(), NODE_OPTIONS: astroNodeOptions(), [INGEST_GATE_ENV]: '1', [INDEX_AFTER_ASTRO_ENV]: '1' },
});
const astroExit = finished(astro);
let waitingSince: number | undefined;
const astroWaiting = new Promise<void>((done) =>
  astro.on('message', (m) => {
    if (m !== GATE.waiting) return;
    waitingSince = performance.now();
    done();
  }),
);

const failed = (why: string) => {
  rmSync(next, { recursive: true, force: true });
  console.error(`build: ${why}; the previous dist/ is left as it was`);
  process.exit(1);
};
const ingested = await ingestExit;
const ingestEnd = performance.now();
if (ingested !== 0) {
  astro.kill();
  await astroExit;
  failed(`the ingest failed (${typeof ingested === 'number' ? `exit ${ingested}` : ingested})`);
}
// Let astro go on, once it waits (unless it stopped before that).
await Promise.race([astroWaiting, astroExit]);
const waited = waitingSince === undefined ? 0 : Math.max(0, ingestEnd - waitingSince);
console.log(`build: ingest done in ${((ingestEnd - started) / 1000).toFixed(2)}s, beside astro's start (astro waited ${(waited / 1000).toFixed(2)}s for it)`);
if (astro.connected) astro.send(GATE.ingested, () => astro.disconnect());
const built = await astroExit;
if (built !== 0) failed(`astro build failed (${typeof built === 'number' ? `exit ${built}` : built})`);
try {
  await indexSiteReported(next, { info: (m) => console.log(`build: ${m}`), warn: (m) => console.error(`build: pagefind: ${m}`) });
} catch (error) {
  failed(`the search index failed: ${(error as Error).message}`);
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
console.log(`build: dist/ replaced in ${((performance.now() - started) / 1000).toFixed(1)}s`);
const pages = articlePageBytes(dist);
if (pages.length) {
  const largest = Math.max(...pages);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const over = pages.filter((n) => n > ARTICLE_PAGE_BUDGET).length;
  console.log(
    `build: ${pages.length} article pages, largest ${kb(largest)}, median ${kb(median(pages))} (HTML + CSS; budget ${kb(ARTICLE_PAGE_BUDGET)})` +
      (over ? ` — ${over} over budget` : ''),
  );
}
