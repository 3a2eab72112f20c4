// Person pages of a large archive, paginated: a scratch copy of the project built from made-up seeds that
// give one person more than a page of meetings and another more than a page of mentions (the real seeds
// have three articles a person at most), served like the real site and read in Chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import matter from 'gray-matter';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratchProject } from '../../scripts/scratch-project.ts';
import { ui } from '../../src/lib/ui.ts';
import { axeViolations, closePage, describeViolations, openPage, useChromium } from '../e2e-support/browser.ts';
import { crawl, type CrawlResult } from '../e2e-support/crawl.ts';
import { ROOT, walk } from '../e2e-support/paths.ts';
import { serveStatic, type StaticServer } from '../e2e-support/static-server.ts';

/** Seeds where Phạm Minh Chính receives Marc Knapper (2023), two a day: ties are ordered by slug. */
const CHINH_MEETINGS = 53;
/** Seeds where Bùi Thanh Sơn receives Marc Knapper (2024) and names Joe Biden, who takes no part. */
const BIDEN_MENTIONS = 52;
const KNAPPER_MEETINGS = CHINH_MEETINGS + BIDEN_MENTIONS;

/** "Ngày 5/3/2023" for the `n`th day after `from`, every fourth day. */
function dayPhrase(from: string, n: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 * n);
  return `Ngày ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

function seeds(): { name: string; text: string }[] {
  const chinh = Array.from({ length: CHINH_MEETINGS }, (_, i) => ({
    name: `${String(i).padStart(3, '0')}_chinh.txt`,
    text:
      `Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ Marc Knapper, lần ${i + 1}\n\n` +
      `${dayPhrase('2023-01-02', Math.floor(i / 2))}, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Hoa Kỳ Marc Knapper.\n`,
  }));
  const son = Array.from({ length: BIDEN_MENTIONS }, (_, i) => ({
    name: `${String(100 + i).padStart(3, '0')}_son.txt`,
    text:
      `Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Hoa Kỳ Marc Knapper, lần ${i + 1}\n\n` +
      `${dayPhrase('2024-01-03', i)}, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Hoa Kỳ Marc Knapper. ` +
      'Hai bên nhắc lại chuyến thăm Việt Nam của Tổng thống Joe Biden.\n',
  }));
  return [...chinh, ...son];
}

let project: string;
let server: StaticServer;
let origin: string;
let articles: { slug: string; date: string; people: string[]; mentioned: string[] }[];
/** Everything referenced from /, and what <a> links alone reach from / (the sitemap names every page). */
let crawled: CrawlResult;
let byClicks: CrawlResult;
/** The deployed address the pages name (canonical links, sitemap). */
let siteOrigin: string;
const browser = useChromium();

beforeAll(async () => {
  project = makeScratchProject();
  for (const s of seeds()) writeFileSync(join(project, 'seeds', s.name), s.text);
  const build = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (build.status !== 0) throw new Error(`npm run build failed in ${project}:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
  const dir = join(project, 'src/content/articles');
  articles = readdirSync(dir).map((f) => matter(readFileSync(join(dir, f), 'utf8')).data as (typeof articles)[number]);
  server = await serveStatic(join(project, 'dist'));
  origin = server.origin;
  siteOrigin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(project, 'dist/index.html'), 'utf8'))![1]!).origin;
  crawled = await crawl(origin, siteOrigin, ['/']);
  byClicks = await crawl(origin, siteOrigin, ['/'], { via: (how) => how === '<a href>' });
}, 240_000);
afterAll(async () => {
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Slugs of the articles naming `name` (as a participant, or only mentioned), newest first: date, then slug, descending. */
function newestFirst(name: string, how: 'people' | 'mentioned'): string[] {
  return articles
    .filter((a) => a[how].includes(name))
    .sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? 1 : -1) : a.date < b.date ? 1 : -1))
    .map((a) => a.slug);
}

/** The article slugs listed in the section whose heading starts with `heading`. */
async function listed(page: Page, heading: string): Promise<string[]> {
  const section = page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^${heading}`) }) });
  const hrefs = await section.locator('ul.list > li > a:first-child').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.map((h) => /^\/bai-viet\/([^/]+)\/$/.exec(h)![1]!);
}

/** What one page shows: its title, h1, canonical link, headings, JSON-LD types and a list's articles. */
async function read(path: string, heading: string) {
  const watched = await openPage(browser(), origin, path);
  const { page } = watched;
  const shown = {
    title: await page.title(),
    h1: await page.locator('h1').allTextContents(),
    canonical: new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname,
    headings: (await page.locator('h2').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
    jsonLd: await page.locator('script[type="application/ld+json"]').evaluateAll((ss) => ss.map((s) => JSON.parse(s.textContent!)['@type'])),
    links: await page.locator('main a').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('rel')])),
    articles: await listed(page, heading),
    problems: watched.problems,
  };
  await closePage(watched);
  return shown;
}

const t = ui.people;

describe('the scratch archive', () => {
  it('parsed the seeds as meant: the meetings and mentions the pages are checked against', () => {
    expect(newestFirst('Phạm Minh Chính', 'people')).toHaveLength(CHINH_MEETINGS);
    expect(newestFirst('Marc Knapper', 'people')).toHaveLength(KNAPPER_MEETINGS);
    expect(newestFirst('Joe Biden', 'mentioned')).toHaveLength(BIDEN_MENTIONS);
    expect(newestFirst('Joe Biden', 'people')).toEqual([]);
  });

  it('has exactly the person pages the lists need: 50 articles a page, a mentions list only for someone mentioned', () => {
    const files = (slug: string) =>
      walk(join(project, 'dist/nhan-vat', slug)).map((f) => relative(join(project, 'dist/nhan-vat', slug), f).split(sep).join('/')).sort();
    expect(files('marc-knapper')).toEqual(['2/index.html', '3/index.html', 'index.html']);
    expect(files('pham-minh-chinh')).toEqual(['2/index.html', 'index.html']);
    expect(files('bui-thanh-son')).toEqual(['2/index.html', 'index.html']);
    expect(files('joe-biden')).toEqual(['index.html', 'nhac-den/2/index.html', 'nhac-den/index.html']);
    // in the register, in no article: the profile alone
    expect(files('john-kerry')).toEqual(['index.html']);
  });
});

describe('a person\'s meetings, /nhan-vat/marc-knapper/ and its pages 2 and 3', () => {
  it('lists every meeting once, newest first, 50 a page', async () => {
    const pages = [];
    for (const path of ['/nhan-vat/marc-knapper/', '/nhan-vat/marc-knapper/2/', '/nhan-vat/marc-knapper/3/']) pages.push(await read(path, t.meetings));
    expect(pages.map((p) => p.articles.length)).toEqual([50, 50, KNAPPER_MEETINGS - 100]);
    expect(pages.flatMap((p) => p.articles)).toEqual(newestFirst('Marc Knapper', 'people'));
    for (const p of pages) expect(p.headings).toContain(`${t.meetings} (${KNAPPER_MEETINGS})`);
  });

  it('keeps the profile on page 1: offices, counterparts, search link, Person JSON-LD, the link to page 2', async () => {
    const p = await read('/nhan-vat/marc-knapper/', t.meetings);
    expect(p.title).toBe(`Marc Knapper · ${ui.siteTitle}`);
    expect(p.canonical).toBe('/nhan-vat/marc-knapper/');
    expect(p.headings).toEqual(expect.arrayContaining([t.offices, t.counterparts]));
    expect(p.jsonLd).toEqual(['Person']);
    expect(p.links).toContainEqual([t.searchPerson('Marc Knapper'), '/tim-kiem/?person=Marc+Knapper', null]);
    expect(p.links).toContainEqual([ui.pages.next, '/nhan-vat/marc-knapper/2/', 'next']);
    expect(p.links).toContainEqual(['Phạm Minh Chính', '/nhan-vat/pham-minh-chinh/', null]);
    expect(p.problems).toEqual([]);
  });

  it('shows on page 2 the name, a link back to the profile, its position in the title, and no profile again', async () => {
    const p = await read('/nhan-vat/marc-knapper/2/', t.meetings);
    expect(p.h1).toEqual(['Marc Knapper']);
    expect(p.title).toContain(`Marc Knapper · ${ui.pages.position(2, 3)}`);
    expect(p.canonical).toBe('/nhan-vat/marc-knapper/2/');
    expect(p.links).toContainEqual(['Marc Knapper', '/nhan-vat/marc-knapper/', null]);
    expect(p.links).toContainEqual([ui.pages.previous, '/nhan-vat/marc-knapper/', 'prev']);
    expect(p.links).toContainEqual([ui.pages.next, '/nhan-vat/marc-knapper/3/', 'next']);
    expect(p.headings).toEqual([`${t.meetings} (${KNAPPER_MEETINGS})`]);
    expect(p.jsonLd).toEqual([]);
  });

  it('goes from the profile to page 2 by its "next page" link', async () => {
    const watched = await openPage(browser(), origin, '/nhan-vat/pham-minh-chinh/');
    await watched.page.getByRole('link', { name: ui.pages.next }).click();
    await watched.page.waitForURL(`${origin}/nhan-vat/pham-minh-chinh/2/`);
    expect(await listed(watched.page, t.meetings)).toEqual(newestFirst('Phạm Minh Chính', 'people').slice(50));
    expect(await watched.page.locator('nav.pagination [aria-current="page"]').textContent()).toBe(ui.pages.position(2, 2));
    await closePage(watched);
  });
});

describe('a person\'s mentions, /nhan-vat/joe-biden/ and /nhan-vat/joe-biden/nhac-den/', () => {
  it('gives someone with no meeting a profile showing the newest 10 mentions and a link to all of them', async () => {
    const p = await read('/nhan-vat/joe-biden/', t.mentions);
    expect(p.headings).toContain(`${t.meetings} (0)`);
    expect(p.headings).toContain(`${t.mentions} (${BIDEN_MENTIONS})`);
    expect(p.articles).toEqual(newestFirst('Joe Biden', 'mentioned').slice(0, 10));
    expect(p.links).toContainEqual([t.allMentions(BIDEN_MENTIONS), '/nhan-vat/joe-biden/nhac-den/', null]);
    expect(p.jsonLd).toEqual(['Person']);
  });

  it('lists every mention once on its own pages, newest first, 50 a page', async () => {
    const first = await read('/nhan-vat/joe-biden/nhac-den/', t.mentions);
    const second = await read('/nhan-vat/joe-biden/nhac-den/2/', t.mentions);
    expect([...first.articles, ...second.articles]).toEqual(newestFirst('Joe Biden', 'mentioned'));
    expect(first.articles).toHaveLength(50);
    expect(first.title).toContain(t.mentionsOf('Joe Biden'));
    expect(first.title).not.toContain(ui.pages.position(1, 2));
    expect(second.title).toContain(`${t.mentionsOf('Joe Biden')} · ${ui.pages.position(2, 2)}`);
    for (const p of [first, second]) {
      expect(p.h1).toEqual(['Joe Biden']);
      expect(p.links).toContainEqual(['Joe Biden', '/nhan-vat/joe-biden/', null]);
      expect(p.jsonLd).toEqual([]);
    }
    expect(second.canonical).toBe('/nhan-vat/joe-biden/nhac-den/2/');
    expect(second.links).toContainEqual([ui.pages.previous, '/nhan-vat/joe-biden/nhac-den/', 'prev']);
  });

  it('shows no mentions section, and so no link to a list, for someone never only mentioned', async () => {
    const p = await read('/nhan-vat/pham-minh-chinh/', t.meetings);
    expect(p.headings.some((h) => h.startsWith(t.mentions))).toBe(false);
    expect(p.links.some(([, href]) => href?.includes('nhac-den'))).toBe(false);
  });
});

describe('the new pages in the site', () => {
  const added = ['/nhan-vat/marc-knapper/2/', '/nhan-vat/marc-knapper/3/', '/nhan-vat/joe-biden/nhac-den/', '/nhan-vat/joe-biden/nhac-den/2/'];

  it('are reached by <a> links from /, with no broken link anywhere', () => {
    expect(crawled.broken).toEqual([]);
    expect(byClicks.broken).toEqual([]);
    const pages = walk(join(project, 'dist'))
      .filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
      .map((f) => `/${relative(join(project, 'dist'), f).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`);
    expect(pages.filter((p) => !byClicks.reached.has(p)), 'pages no chain of <a> links from / leads to').toEqual([]);
    for (const p of added) expect(byClicks.reached.has(p), p).toBe(true);
  });

  it('are in the sitemap, and not searchable apart (only article pages carry data-pagefind-body)', () => {
    const sitemap = readFileSync(join(project, 'dist/sitemap-0.xml'), 'utf8');
    for (const p of added) {
      expect(sitemap, p).toContain(`<loc>${siteOrigin}${p}</loc>`);
      expect(readFileSync(join(project, 'dist', p, 'index.html'), 'utf8'), p).not.toContain('data-pagefind-body');
    }
  });

  it.each(added)('%s is valid HTML with no axe-core violations', async (path) => {
    // the project's .htmlvalidate.json: the scratch copy has none
    const validator = new HtmlValidate(new FileSystemConfigLoader(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8'))));
    const file = join(project, 'dist', path, 'index.html');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
    const watched = await openPage(browser(), origin, path);
    const violations = await axeViolations(watched.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(watched.problems).toEqual([]);
    await closePage(watched);
  });
});
