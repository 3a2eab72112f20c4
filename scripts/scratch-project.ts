// A throw-away copy of this project (sources only, node_modules symlinked) with its own empty seeds/,
// so tests and the benchmark run the real ingest and build without touching this checkout's dist/,
// seeds/ or generated content.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts', 'src', 'public'];
const GENERATED = join(ROOT, 'src', 'content', 'articles');

/** Copy the project's sources into `dir` (replaced if it exists; default a new temp folder) and return its path. */
export function makeScratchProject(dir?: string): string {
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  } else {
    dir = mkdtempSync(join(tmpdir(), 'archive-'));
  }
  for (const name of SOURCES.filter((n) => existsSync(join(ROOT, n)))) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (src) => !resolve(src).startsWith(GENERATED) });
  }
  mkdirSync(join(dir, 'seeds'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
