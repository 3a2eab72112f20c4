// A throw-away copy of this project (sources only, node_modules symlinked) with its own seeds, so tests
// and the benchmark can run the real ingest and build without touching this checkout's dist/ or content.
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts', 'src', 'public'];

/** Copy the project's sources into a new folder (in `parent`, default the OS temp dir) and return its path. */
export function makeScratchProject(parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'archive-'));
  for (const name of SOURCES.filter((n) => existsSync(join(ROOT, n)))) {
    cpSync(join(ROOT, name), join(dir, name), {
      recursive: true,
      filter: (src) => !src.includes(`${join('src', 'content', 'articles')}`),
      force: true,
      errorOnExist: false,
    });
  }
  mkdirSync(join(dir, 'seeds'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
