import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The project's root folder. */
export const ROOT = join(import.meta.dirname, '../..');
/** The built site. */
export const DIST = join(ROOT, 'dist');
/** Where screenshots go (git-ignored). */
export const RESULTS = join(ROOT, 'test-results');

/** The Chromium binary the tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Every file under `dir`, as absolute paths. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Every HTML file of dist/, as absolute paths. */
export function distHtmlFiles(): string[] {
  return walk(DIST).filter((f) => f.endsWith('.html')).sort();
}

/** The URL path a dist/ file is served at: `bai-viet/x/index.html` → `/bai-viet/x/`. */
export function urlPathOf(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}
