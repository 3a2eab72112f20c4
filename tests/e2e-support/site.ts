// What the built site says about its articles, read from dist/: which source file each article page
// shows, so tests can name articles by their seed number (`001` for `001_66a2be22f014ea4f.txt`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_SECTION } from '../../src/lib/site/paths.ts';
import { DIST, distHtmlFiles, urlPathOf } from './paths.ts';

/** The source file an article page shows in its facts (`<code>NNN_hash.txt</code>`), or null. */
export function sourceShownIn(html: string): string | null {
  return /<code>([^<]+\.txt)<\/code>/.exec(html)?.[1] ?? null;
}

/** Article URL path (`/bai-viet/slug/`) → the source file its page shows. */
export function articleSources(): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of distHtmlFiles().filter((f) => f.startsWith(join(DIST, ARTICLE_SECTION)))) {
    const source = sourceShownIn(readFileSync(file, 'utf8'));
    if (!source) throw new Error(`${urlPathOf(file)} shows no source file name (<code>NNN_hash.txt</code>)`);
    map.set(urlPathOf(file), source);
  }
  return map;
}

/** The seed number of each article URL (`/bai-viet/x/` or `http://host/bai-viet/x/`), sorted. */
export function seedNumbers(urls: string[], sources = articleSources()): string[] {
  return urls
    .map((u) => {
      const path = new URL(u, 'http://site').pathname;
      const source = sources.get(path);
      if (!source) throw new Error(`${u} is not an article page of the built site`);
      return source.slice(0, 3);
    })
    .sort();
}

/** The URL path of the article built from the seed whose number is `n` ("001"). */
export function articlePathOfSeed(n: string, sources = articleSources()): string {
  const hit = [...sources].find(([, source]) => source.startsWith(`${n}_`));
  if (!hit) throw new Error(`no article page shows a source file starting with ${n}_`);
  return hit[0];
}
