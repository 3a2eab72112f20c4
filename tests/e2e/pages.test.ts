// The main pages in Chromium: what the timeline and a person page list, accessibility (axe-core) on
// each kind of page, no console errors, and screenshots in test-results/ for a person to look at.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/lib/ui.ts';
import { axeViolations, closePage, describeViolations, launchChromium, openPage, screenshot } from '../e2e-support/browser.ts';
import { articlePathOfSeed, articleSources, seedNumbers } from '../e2e-support/site.ts';

const origin = inject('origin');
const sources = articleSources();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('timeline /dong-thoi-gian/', () => {
  it('lists the years 2023, 2025 and 2026, each linking to its year page', async () => {
    const watched = await openPage(browser, origin, '/dong-thoi-gian/');
    const links = await watched.page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    for (const year of ['2023', '2025', '2026']) {
      expect(links, `/dong-thoi-gian/ lists ${year}, linking to /dong-thoi-gian/${year}/`).toContainEqual([year, `/dong-thoi-gian/${year}/`]);
    }
    await closePage(watched);
  });
});

describe('person page /nhan-vat/bui-thanh-son/', () => {
  it('lists the meetings of 003 and 004', async () => {
    const watched = await openPage(browser, origin, '/nhan-vat/bui-thanh-son/');
    const links = await watched.page
      .locator('main a[href^="/bai-viet/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(seedNumbers([...new Set(links)], sources), 'articles linked from /nhan-vat/bui-thanh-son/').toEqual(['003', '004']);
    await closePage(watched);
  });

  it('names Marco Rubio and Antony Blinken as counterparts, linking to their pages', async () => {
    const watched = await openPage(browser, origin, '/nhan-vat/bui-thanh-son/');
    const heading = watched.page.getByRole('heading', { name: ui.people.counterparts, exact: true });
    const section = watched.page.locator('section', { has: heading });
    const names = await section.locator('a[href^="/nhan-vat/"]').allTextContents();
    expect(names.map((n) => n.trim()).sort(), 'counterparts on /nhan-vat/bui-thanh-son/').toEqual(['Antony Blinken', 'Marco Rubio']);
    await closePage(watched);
  });
});

describe('article page', () => {
  it('shows its source file name, and the page of 001 shows 001_66a2be22f014ea4f.txt', async () => {
    const path = articlePathOfSeed('001', sources);
    const watched = await openPage(browser, origin, path);
    expect(await watched.page.locator('main code').allTextContents(), path).toContain('001_66a2be22f014ea4f.txt');
    await closePage(watched);
  });
});

describe('accessibility (axe-core) and console', () => {
  const pages: [string, () => string][] = [
    ['home', () => '/'],
    ['article 001', () => articlePathOfSeed('001', sources)],
    ['person Bùi Thanh Sơn', () => '/nhan-vat/bui-thanh-son/'],
    ['timeline', () => '/dong-thoi-gian/'],
    ['timeline year 2026', () => '/dong-thoi-gian/2026/'],
    ['people index', () => '/nhan-vat/'],
    ['search page, empty', () => '/tim-kiem/'],
    ['404 page', () => '/khong-co-trang-nay/'],
  ];

  it.each(pages)('%s has no axe-core violations and logs no errors', async (_name, pathOf) => {
    const path = pathOf();
    const watched = await openPage(browser, origin, path);
    const violations = await axeViolations(watched.page);
    expect(violations, `${path}:\n${describeViolations(violations)}`).toEqual([]);
    // The 404 page is served with status 404, which Chromium also logs as a console error.
    const expected = (p: string) =>
      path === '/khong-co-trang-nay/' && (p.includes(`${origin}${path}`) || p.includes('status of 404') || p.endsWith('page itself'));
    expect(watched.problems.filter((p) => !expected(p)), `problems on ${path}`).toEqual([]);
    await closePage(watched);
  });

  it.each([
    ['home', () => '/'],
    ['article 001', () => articlePathOfSeed('001', sources)],
  ])('%s has no axe-core violations in dark mode', async (_name, pathOf) => {
    const path = pathOf();
    const watched = await openPage(browser, origin, path, { colorScheme: 'dark' });
    const violations = await axeViolations(watched.page);
    expect(violations, `${path} (dark):\n${describeViolations(violations)}`).toEqual([]);
    await closePage(watched);
  });
});

describe('the accessibility check itself', () => {
  it('reports an image without alt text (so a clean result above means something)', async () => {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"></main></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });
});

describe('screenshots for a person to look at (test-results/)', () => {
  it.each([
    ['home', '/', 1280],
    ['home-narrow', '/', 390],
    ['article-001', '', 1280],
  ] as const)('%s.png, with the web font loaded', async (name, fixedPath, width) => {
    const path = fixedPath || articlePathOfSeed('001', sources);
    const watched = await openPage(browser, origin, path);
    await watched.page.setViewportSize({ width, height: 800 });
    const fontLoaded = await watched.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('Be Vietnam Pro') && f.status === 'loaded');
    });
    expect(fontLoaded, `${path} renders in its web font, Be Vietnam Pro`).toBe(true);
    await screenshot(watched.page, name);
    expect(watched.problems, `problems on ${path}`).toEqual([]);
    await closePage(watched);
  });
});
