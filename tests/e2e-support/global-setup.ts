// Once per `vitest run`, before the end-to-end files: check that Chromium is there, build the site
// (`npm run build`, which runs the ingest first), serve dist/ on a free localhost port, and hand the
// address to the test files through `inject('origin')`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath, DIST, ROOT } from './paths.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:41234`. */
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = chromiumPath();
  if (!existsSync(chromium)) {
    throw new Error(
      `End-to-end tests need Chromium at ${chromium}, and it is missing. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (.ci/run does this), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }

  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(`${DIST}/index.html`)) {
    console.log('e2e: E2E_SKIP_BUILD=1, testing the existing dist/');
  } else {
    const started = performance.now();
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    if (build.status !== 0) {
      const tail = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-40).join('\n');
      throw new Error(`e2e: \`npm run build\` failed (exit ${build.status ?? build.signal}):\n${tail}`);
    }
    console.log(`e2e: site built in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  }

  const server = await serveStatic(DIST);
  project.provide('origin', server.origin);
  return () => server.close();
}
