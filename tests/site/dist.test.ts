// Checks on the built site: the e2e project's global setup builds it before the tests run (`npm test`); skipped only when dist/ is absent, e.g. when the unit project runs alone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SECTION } from '../../src/lib/site/paths.ts';

const dist = join(import.meta.dirname, '../../dist');
const built = existsSync(join(dist, 'pagefind/pagefind.js'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe.skipIf(!built)('built site', () => {
  const pages = built ? htmlFiles(dist) : [];
  const articles = pages.filter((p) => p.includes(`/${ARTICLE_SECTION}/`));

  it('has every page in Vietnamese, with a canonical URL', () => {
    for (const p of pages) {
      const html = readFileSync(p, 'utf8');
      expect(html, p).toContain('<html lang="vi">');
      if (!p.endsWith('404.html')) expect(html, p).toMatch(/<link rel="canonical" href="https:\/\//);
    }
  });

  it('loads JavaScript on the search page only', () => {
    for (const p of pages) {
      const scripts = readFileSync(p, 'utf8').match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [];
      expect(scripts.length > 0, p).toBe(p.endsWith('tim-kiem/index.html'));
    }
  });

  it('keeps article pages within 25 KB transferred (HTML with inlined CSS), chrome under 15 KB', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const p of articles) {
      const bytes = readFileSync(p);
      expect(gzipSync(bytes).length, p).toBeLessThanOrEqual(25_000);
      const html = bytes.toString('utf8');
      const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('<p class="vh"'));
      expect(bytes.length - Buffer.byteLength(body), p).toBeLessThanOrEqual(15_000);
    }
  });

  it('marks only article pages as searchable', () => {
    for (const p of pages) {
      expect(readFileSync(p, 'utf8').includes('data-pagefind-body'), p).toBe(articles.includes(p));
    }
  });
});

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
}

describe.skipIf(!built)('search index', () => {
  let pf: PagefindApi;
  const titles = async (q: string | null, filters?: Record<string, string>) => {
    const r = await pf.search(q, filters ? { filters } : {});
    return (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.meta.title);
  };

  beforeAll(async () => {
    // pagefind.js is a browser module: serve its files from dist/ through fetch.
    globalThis.fetch = (async (url: string | URL) =>
      new Response(readFileSync(join(dist, new URL(String(url), 'http://site/').pathname)), {
        headers: String(url).endsWith('.wasm') ? { 'content-type': 'application/wasm' } : {},
      })) as typeof fetch;
    Object.assign(globalThis, { window: globalThis, location: new URL('http://site/tim-kiem/') });
    Object.assign(globalThis, { document: { currentScript: null, querySelector: () => null } });
    pf = (await import(/* @vite-ignore */ join(dist, 'pagefind/pagefind.js'))) as PagefindApi;
    await pf.options({ basePath: '/pagefind/' });
    await pf.init();
  });

  // [query, titles that must be found, titles that must not]
  it.each([
    ['Marco Rubio', [/Lê Hoài Trung hội đàm .*Marco Rubio/, /Bùi Thanh Sơn điện đàm .*Rubio/], [/Blinken|Donald Trump$/]],
    ['20/2/2026', [/Lê Hoài Trung hội đàm/, /Tô Lâm gặp .*Donald Trump/], [/đối tác quan trọng|Blinken|điện đàm/]],
    ['2026-02-20', [/Lê Hoài Trung hội đàm/, /Tô Lâm gặp .*Donald Trump/], [/đối tác quan trọng|điện đàm/]],
    ['tháng 2 năm 2026', [/Lê Hoài Trung/, /Tô Lâm gặp/, /đối tác quan trọng/], [/điện đàm|hữu nghị/]],
    ['to lam', [/Tô Lâm gặp/, /Tô Lâm: Việt Nam/], []],
    ['dang', [/Tô Lâm: Việt Nam/], []],
  ] as const)('%j', async (q, want, unwanted) => {
    const found = await titles(q);
    for (const re of want) expect(found.some((t) => re.test(t)), `${q} → ${re}`).toBe(true);
    for (const re of unwanted) expect(found.some((t) => re.test(t)), `${q} ↛ ${re}`).toBe(false);
  });

  it('filters by person and sorts by event date', async () => {
    const r = await pf.search(null, { filters: { person: 'Tô Lâm' }, sort: { date: 'asc' } });
    const dates = (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.meta.date);
    expect(dates).toEqual(['ngày 13/2/2026', 'ngày 20/2/2026']);
  });
});
