// The ingest pipeline as one module file, for the ingest CLI and its workers to load. From its sources, Node
// resolves, reads and compiles ≈ 420 modules (zod, yaml, Astro's loaders through content.config.ts, remark's
// writer …): ≈ 0.3 s on this project's machines, paid by the main thread and again by each worker, all at
// once on two vCPUs. The same code bundled by esbuild loads in ≈ 0.15 s. The bundle is made once for each
// version of the code — named by a hash of the ingest's source files and the lockfile (`sourcesKey`), so an
// edited rule or an upgraded package gives a new one — and kept in node_modules/.cache (as other tools keep
// their builds), not in the ingest's own .cache/ of parse results. If it cannot be made, the pipeline is
// loaded from its sources, as before, and the run goes on.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourcesKey } from '../src/lib/ingest/cache-fs.ts';
import { PIPELINE_SOURCES } from './parse-seeds.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = fileURLToPath(PIPELINE_SOURCES);
/** Where bundles are kept. */
export const BUNDLE_DIR = join(ROOT, 'node_modules/.cache/archive-ingest');
/** Node's compile cache beside the bundles in `dir`, emptied with each new bundle: it holds compiled code of older ones. */
const compileCacheIn = (dir: string) => join(dir, 'compile-cache');
/** The ingest's compile cache (scripts/ingest-start.mjs sets it, before any module of ours is loaded). */
export const COMPILE_CACHE_DIR = compileCacheIn(BUNDLE_DIR);
/** Bundles of other code versions younger than this are left alone: another run may be using one. */
const IN_USE_MS = 10 * 60 * 1000;

/** Which module to load the pipeline from: the bundle's URL, or the sources' with why not the bundle. */
export interface PipelineModule {
  url: string;
  /** set when the bundle was made by this call */
  made?: boolean;
  /** set when the sources are used: what went wrong */
  failed?: string;
}

/** The path of the bundle of the code as it is now. */
export const bundlePath = (dir = BUNDLE_DIR) => join(dir, `pipeline-${sourcesKey()}.mjs`);

/**
 * The URL of the bundled pipeline of the code as it is now, making it first when there is none (≈ 0.2 s);
 * the sources' URL when it cannot be made. Bundles of older code are removed.
 */
export async function pipelineModule(dir = BUNDLE_DIR): Promise<PipelineModule> {
  let partial: string | undefined;
  try {
    const path = bundlePath(dir);
    if (existsSync(path)) return { url: pathToFileURL(path).href };
    mkdirSync(dir, { recursive: true });
    const { build } = await import('esbuild');
    // Written aside and renamed, so that a run started meanwhile never loads half a file.
    partial = `${path}.${process.pid}.partial`;
    await build({
      entryPoints: [ENTRY],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      logLevel: 'silent',
      // CommonJS packages in the bundle (iconv-lite, gray-matter …) require Node's own modules.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    renameSync(partial, path);
    rmSync(compileCacheIn(dir), { recursive: true, force: true });
    // Another run may be removing the same old files: one gone meanwhile is no failure (the bundle is made).
    for (const old of readdirSync(dir)) {
      const file = join(dir, old);
      const stat = file !== path && old.startsWith('pipeline-') ? statSync(file, { throwIfNoEntry: false }) : undefined;
      if (stat && Date.now() - stat.mtimeMs > IN_USE_MS) rmSync(file, { force: true });
    }
    return { url: pathToFileURL(path).href, made: true };
  } catch (error) {
    if (partial) rmSync(partial, { force: true });
    return { url: PIPELINE_SOURCES, failed: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}
