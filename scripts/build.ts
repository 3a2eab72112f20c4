// `npm run build`: astro build (with the Pagefind index) into a fresh folder, then swap it in for dist/.
// A build that fails leaves the previous dist/ untouched, so a deployed site never goes half-built.
// (The ingest runs before this as `prebuild`.)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTICLE_PAGE_BUDGET, articlePageBytes, median } from './page-budget.ts';

const dist = resolve('dist');
const next = resolve(`.dist-next-${process.pid}`);
const old = resolve(`.dist-old-${process.pid}`);
const astro = resolve('node_modules/.bin/astro');

/**
 * NODE_OPTIONS for the astro process: a cap on V8's old space of about twice its live set, unless the
 * caller set one. Measured at 10,000 articles: ≈ 660 MB survive each full collection while pages
 * render, but V8 let the heap reach ≈ 1.9 GB before collecting, so the process peaked at 2.2–3.3 GB;
 * with a 1.5 GB cap it peaked at 2.0–2.2 GB and took no longer.
 */
function astroNodeOptions(): string {
  const inherited = process.env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size\b/.test(inherited)) return inherited;
  const contentDir = resolve('src/content/articles');
  const articles = existsSync(contentDir) ? readdirSync(contentDir).filter((f) => f.endsWith('.md')).length : 0;
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
const run = spawnSync(astro, ['build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...astroCompileCache(), NODE_OPTIONS: astroNodeOptions() },
});
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`build: astro build failed (exit ${run.status ?? run.signal}); the previous dist/ is left as it was`);
  process.exit(1);
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
