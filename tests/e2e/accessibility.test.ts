// Accessibility in Chromium: axe-core (WCAG 2.x A/AA and best practices) on every page of the built
// site, named checks for each kind of page, dark mode, and no console errors or failed requests.
import { describe, expect, inject, it } from 'vitest';
import {
  axeViolations,
  closePage,
  describeViolations,
  newWatchedPage,
  openPage,
  useChromium,
  visit,
} from '../e2e-support/browser.ts';
import { distHtmlFiles, urlPathOf } from '../e2e-support/paths.ts';
import { articlePathOfSeed, articleSources } from '../e2e-support/site.ts';

const origin = inject('origin');
const sources = articleSources();
const browser = useChromium();

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
    const watched = await openPage(browser(), origin, path);
    const violations = await axeViolations(watched.page);
    expect(violations, `${path}:\n${describeViolations(violations)}`).toEqual([]);
    // The 404 page is served with status 404, which Chromium also logs as a console error.
    const expected = (p: string) =>
      path === '/khong-co-trang-nay/' && (p.includes(`${origin}${path}`) || p.includes('status of 404') || p.endsWith('page itself'));
    expect(watched.problems.filter((p) => !expected(p)), `problems on ${path}`).toEqual([]);
    await closePage(watched);
  });

  it('every other page of dist/ has no axe-core violations and logs no errors', async () => {
    const named = new Set(pages.map(([, pathOf]) => pathOf()));
    const rest = distHtmlFiles().map(urlPathOf).filter((p) => !named.has(p) && p !== '/404.html');
    const failures: string[] = [];
    const watched = await newWatchedPage(browser(), { withAxe: true });
    for (const path of rest) {
      watched.problems.length = 0;
      await visit(watched, origin, path);
      const violations = await axeViolations(watched.page);
      if (violations.length > 0) failures.push(`${path}:\n${describeViolations(violations)}`);
      for (const problem of watched.problems) failures.push(`${path}: ${problem}`);
    }
    await closePage(watched);
    expect(rest.length, 'pages checked').toBeGreaterThan(0);
    expect(failures, 'pages with accessibility violations or errors').toEqual([]);
  }, 120_000);

  it.each([
    ['home', () => '/'],
    ['article 001', () => articlePathOfSeed('001', sources)],
  ])('%s has no axe-core violations in dark mode', async (_name, pathOf) => {
    const path = pathOf();
    const watched = await openPage(browser(), origin, path, { colorScheme: 'dark' });
    const violations = await axeViolations(watched.page);
    expect(violations, `${path} (dark):\n${describeViolations(violations)}`).toEqual([]);
    await closePage(watched);
  });
});

describe('keyboard', () => {
  it('the first Tab shows the skip link, and following it moves to the main content', async () => {
    const watched = await openPage(browser(), origin, '/');
    const { page } = watched;
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.getAttribute('href'), 'first focusable element on /').toBe('#main');
    const box = await skip.boundingBox();
    expect(box !== null && box.x >= 0 && box.y >= 0 && box.width > 1, `skip link visible when focused: ${JSON.stringify(box)}`).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next, 'after the skip link, Tab moves into <main>').toBe(true);
    await closePage(watched);
  });
});

describe('the accessibility check itself', () => {
  it('reports an image without alt text (so a clean result above means something)', async () => {
    const page = await browser().newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"></main></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
    await page.close();
  });
});
