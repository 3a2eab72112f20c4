// Every internal link of the built site resolves: a crawl of the served site from /, plus every HTML file
// of dist/, the RSS feed, the data exports and the sitemap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { crawl, type CrawlResult } from '../e2e-support/crawl.ts';
import { DIST, distHtmlFiles, urlPathOf } from '../e2e-support/paths.ts';

const origin = inject('origin');
/** The deployed address (astro.config.mjs `site`), as the home page's canonical link names it. */
const siteOrigin = new URL(
  /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? 'https://unknown.invalid/',
).origin;
const feeds = ['/rss.xml', '/data/articles.json', '/data/articles.csv', '/sitemap-index.xml'];
const pages = distHtmlFiles().map(urlPathOf);

let fromHome: CrawlResult;
/** From / by <a> links alone: what a reader can reach by clicking (the sitemap, which names every page, does not count). */
let byClicks: CrawlResult;
let everything: CrawlResult;

beforeAll(async () => {
  fromHome = await crawl(origin, siteOrigin, ['/']);
  byClicks = await crawl(origin, siteOrigin, ['/'], { via: (how) => how === '<a href>' });
  everything = await crawl(origin, siteOrigin, ['/', ...feeds, ...pages]);
}, 60_000);

describe('internal links', () => {
  it('resolve, with no 404 and no redirect, from every page, feed, export and sitemap', () => {
    expect(everything.broken, 'broken internal references').toEqual([]);
    expect(everything.reached.size, 'URLs fetched').toBeGreaterThan(pages.length);
  });

  it.each(feeds)('%s is linked from the pages and answers 200', (path) => {
    expect(fromHome.status.get(path), `${path} reached from / by links`).toBe(200);
  });

  it('reach every page of dist/ from / by <a> links (no orphan pages)', () => {
    const orphans = pages.filter((p) => p !== '/404.html' && !byClicks.reached.has(p));
    expect(orphans, 'pages of dist/ that no chain of <a> links from / leads to').toEqual([]);
  });

  it('reach every person\'s list of mentions by <a> links', () => {
    const lists = pages.filter((p) => /^\/nhan-vat\/[^/]+\/nhac-den\/$/.test(p));
    expect(lists.length, 'mentions lists in dist/').toBeGreaterThan(0);
    for (const p of lists) expect(byClicks.reached.has(p), p).toBe(true);
  });

  it('include every article of the sitemap, the RSS feed and the JSON export', () => {
    const articles = pages.filter((p) => p.startsWith('/bai-viet/'));
    expect(articles.length, 'article pages in dist/').toBeGreaterThan(0);
    for (const file of ['sitemap-0.xml', 'rss.xml', 'data/articles.json']) {
      const text = readFileSync(join(DIST, file), 'utf8');
      for (const a of articles) expect(text.includes(`${siteOrigin}${a}`), `${file} links to ${a}`).toBe(true);
    }
  });

  it('has a 404 page, served with status 404 for an unknown path', async () => {
    const response = await fetch(`${origin}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  });
});
