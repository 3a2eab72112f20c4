// Indexes the built site for search, with the Pagefind CLI: after `astro build` started by hand, in its
// `astro:build:done` hook; in `npm run build`, from scripts/build.ts once the astro process has exited, so that
// astro's heap (≈ 1.35 GB at 10,000 articles) is not held while Pagefind peaks (≈ 2.4 GB).
//
// Not Pagefind's Node API: its service builds the index twice for one `writeFiles` (the request handler builds it,
// then `PagefindIndex::write_files` builds it again, holding the first build meanwhile). The CLI builds it once and
// writes byte-identical files: at 10,000 articles ≈ 6.9 instead of ≈ 8.9 s and a peak of ≈ 2,378 instead of
// ≈ 2,610 MiB (README, "Memory"). The CLI refuses a site with nothing to index, so an archive with no article yet
// gets its empty index from the Node API, as before: the search page still loads and finds nothing.
import { spawn } from 'node:child_process';
import { opendirSync, readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { ARTICLE_SECTION, SEARCHABLE_PAGES } from '../lib/site/paths.ts';

/** The Pagefind CLI's script, as the `pagefind` package declares it (`bin`); it finds the platform's binary itself. */
export function pagefindCli(): string {
  const manifest = findPackageJSON('pagefind', import.meta.url);
  if (!manifest) throw new Error('the pagefind package is not installed: run `npm ci`');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> };
  const script = typeof bin === 'string' ? bin : bin?.pagefind;
  if (!script) throw new Error(`${manifest} names no pagefind command ("bin")`);
  return join(dirname(manifest), script);
}

/** The CLI's arguments: the article pages of `site` (the only pages with `data-pagefind-body`) into `site/pagefind/`. */
export function pagefindArgs(site: string): string[] {
  return ['--site', site, '--glob', SEARCHABLE_PAGES, '--force-language', 'vi', '--output-path', join(site, 'pagefind')];
}

/** The number of pages the CLI says it indexed ("Indexed 10000 pages"), or null when its output does not say. */
export function indexedPages(stdout: string): number | null {
  const m = /^\s*Indexed (\d+) pages?$/m.exec(stdout);
  return m ? Number(m[1]) : null;
}

export interface PagefindRun {
  pages: number | null;
  /** What the CLI wrote to stderr: its warnings (a page it could not read, say), one a line. */
  warnings: string[];
}

/**
 * Runs the Pagefind CLI (by this Node) over `site`. Rejects when it cannot start or exits with a failure, with what
 * it printed to stderr.
 */
export function runPagefind(site: string, cli: string = pagefindCli()): Promise<PagefindRun> {
  return new Promise((resolve, reject) => {
    // Our own arguments win over any PAGEFIND_* variable and pagefind.* config file (the CLI's last layer).
    const child = spawn(process.execPath, [cli, ...pagefindArgs(site)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new Error(`Pagefind could not start: ${e.message}`, { cause: e })));
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        const how = signal ? `was stopped by ${signal}` : `exited with ${code}`;
        reject(new Error(`Pagefind ${how} while indexing ${site}${stderr ? `:\n${stderr}` : ''}`));
        return;
      }
      const warnings = stderr === '' ? [] : stderr.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
      resolve({ pages: indexedPages(Buffer.concat(out).toString('utf8')), warnings });
    });
  });
}

/** Whether `site` has any page Pagefind would read (an HTML file under the article section): stops at the first. */
function hasArticlePages(site: string): boolean {
  let dir;
  try {
    dir = opendirSync(join(site, ARTICLE_SECTION), { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      if (entry.isFile() && entry.name.endsWith('.html')) return true;
    }
    return false;
  } finally {
    dir.closeSync();
  }
}

/** Writes `site/pagefind/` with an index of no page, through Pagefind's Node API (the CLI refuses to). */
async function writeEmptyIndex(site: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index'}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** Indexes the article pages of the built `site` into `site/pagefind/`: the CLI, or an empty index when there are none. */
export async function indexSite(site: string): Promise<PagefindRun> {
  if (!hasArticlePages(site)) {
    await writeEmptyIndex(site);
    return { pages: 0, warnings: [] };
  }
  return runPagefind(site);
}

/** Set by build.ts in astro's environment: the build script makes the index itself, once astro has exited. */
export const INDEX_AFTER_ASTRO_ENV = 'ARCHIVE_INDEX_AFTER_ASTRO';

/**
 * Indexes `site` (see indexSite), saying so: a line before, Pagefind's warnings, and
 * "indexed N pages into <site>/pagefind in Ns" (the bench reads that line).
 */
export async function indexSiteReported(site: string, log: { info(m: string): void; warn(m: string): void }): Promise<void> {
  const started = performance.now();
  log.info('indexing the built pages for search…');
  const { pages, warnings } = await indexSite(site);
  for (const w of warnings) log.warn(w);
  // The index is written either way; a Pagefind whose summary reads otherwise only loses the count (and its test fails).
  if (pages === null) log.warn('Pagefind did not say how many pages it indexed (has its output changed?)');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info(`indexed ${pages ?? 'the article'} pages into ${join(site, 'pagefind')} in ${seconds}s`);
}

/** Indexes the built site's article pages into dist/pagefind/ after `astro build`, unless build.ts will. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ASTRO_ENV] === '1') return;
        await indexSiteReported(fileURLToPath(dir), logger);
      },
    },
  };
}
