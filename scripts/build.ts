// `npm run build`: astro build (with the Pagefind index) into a fresh folder, then swap it in for dist/.
// A build that fails leaves the previous dist/ untouched, so a deployed site never goes half-built.
// (The ingest runs before this as `prebuild`.)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTICLE_PAGE_BUDGET, articlePageBytes, median } from './page-budget.ts';

const dist = resolve('dist');
const next = resolve(`.dist-next-${process.pid}`);
const old = resolve(`.dist-old-${process.pid}`);
const astro = resolve('node_modules/.bin/astro');

const started = performance.now();
const run = spawnSync(astro, ['build', '--outDir', next, ...process.argv.slice(2)], { stdio: 'inherit' });
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
