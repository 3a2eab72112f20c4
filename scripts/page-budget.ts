// Page weights of a built site, shared by `npm run build` (which reports them) and `npm run bench`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_SECTION } from '../src/lib/site/paths.ts';

/** The article-page budget of issue #4: HTML plus the CSS it links, in bytes. */
export const ARTICLE_PAGE_BUDGET = 25_000;

/** Bytes of each article page in `dist`: its HTML plus the same-site stylesheets it links. */
export function articlePageBytes(dist: string): number[] {
  const dir = join(dist, ARTICLE_SECTION);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'index.html')))
    .map((d) => {
      const html = readFileSync(join(dir, d, 'index.html'), 'utf8');
      const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
        .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
        .filter((h): h is string => !!h && h.startsWith('/'))
        .reduce((n, h) => n + (existsSync(join(dist, h)) ? statSync(join(dist, h)).size : 0), 0);
      return Buffer.byteLength(html) + css;
    });
}

/** The median of a list of numbers (0 for none). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return 0;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
