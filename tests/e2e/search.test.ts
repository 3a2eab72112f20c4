// The search page (/tim-kiem/) in Chromium: typed queries, queries from the URL, the person filter,
// and Pagefind's own browser API on the same index.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/lib/ui.ts';
import { axeViolations, closePage, describeViolations, openPage, screenshot, useChromium, type WatchedPage } from '../e2e-support/browser.ts';
import { articleSources, seedNumbers } from '../e2e-support/site.ts';

const origin = inject('origin');
const sources = articleSources();
const browser = useChromium();

/** Wait until the search page has finished its search, then return the result links' URLs. */
async function shownResults(page: Page): Promise<string[]> {
  const unfinished = ['', ui.search.loading, ui.search.idle];
  await page.waitForFunction(
    (texts) => !texts.includes(document.getElementById('search-status')?.textContent ?? ''),
    unfinished,
  );
  const status = await page.locator('#search-status').textContent();
  if (status === ui.search.failed) throw new Error(`the search page says: ${status}`);
  return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/** Open the search page with `params` in its URL and return the seed numbers of the results it lists. */
async function searchByUrl(params: Record<string, string>): Promise<{ seeds: string[]; watched: WatchedPage }> {
  const watched = await openPage(browser(), origin, `/tim-kiem/?${new URLSearchParams(params)}`);
  return { seeds: seedNumbers(await shownResults(watched.page), sources), watched };
}

/** Search through Pagefind's browser API inside a page of the site; returns the seed numbers found. */
async function searchWithApi(page: Page, query: string | null, filters: Record<string, string> = {}): Promise<string[]> {
  // A string, not a function: vitest would rewrite a function's `import()` into its own loader.
  const urls: string[] = await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const search = await pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
  return seedNumbers(urls, sources);
}

describe('search page', () => {
  it('lists 001 and 002 for "to lam" typed into the search box', async () => {
    const watched = await openPage(browser(), origin, '/tim-kiem/');
    const { page } = watched;
    await page.getByRole('searchbox').fill('to lam');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'to lam');
    const seeds = seedNumbers(await shownResults(page), sources);
    expect(seeds, '/tim-kiem/ after typing "to lam"').toEqual(expect.arrayContaining(['001', '002']));
    await screenshot(page, 'search-to-lam');
    expect(watched.problems, 'problems on /tim-kiem/ while searching').toEqual([]);
    await closePage(watched);
  });

  it('lists 001 and 002 for /tim-kiem/?q=to%20lam, and fills the box with the query', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'to lam' });
    expect(seeds, '/tim-kiem/?q=to%20lam').toEqual(expect.arrayContaining(['001', '002']));
    await expect.poll(() => watched.page.getByRole('searchbox').inputValue()).toBe('to lam');
    expect(watched.problems, 'problems on /tim-kiem/?q=to%20lam').toEqual([]);
    await closePage(watched);
  });

  it('offers the articles Tô Lâm took part in, alone, when the query is his name: 001 and 002', async () => {
    const { watched } = await searchByUrl({ q: 'to lam' });
    const { page } = watched;
    const offer = page.getByRole('link', { name: ui.search.onlyPerson('Tô Lâm'), exact: true });
    await offer.click();
    await page.waitForURL((url) => url.searchParams.get('person') === 'Tô Lâm' && !url.searchParams.has('q'));
    expect(seedNumbers(await shownResults(page), sources), 'after following the offer').toEqual(['001', '002']);
    await expect.poll(() => page.locator('#search-person').isHidden()).toBe(true);
    expect(watched.problems, 'problems on /tim-kiem/ while following the offer').toEqual([]);
    await closePage(watched);
  });

  it('finds the same articles for "hoa binh", "hoà bình" and "hòa bình"', async () => {
    const plain = await searchByUrl({ q: 'hoa binh' });
    expect(plain.seeds.length, '/tim-kiem/?q=hoa+binh finds something').toBeGreaterThan(0);
    await closePage(plain.watched);
    for (const q of ['hoà bình', 'hòa bình']) {
      const marked = await searchByUrl({ q });
      expect(marked.seeds, `"${q}" vs "hoa binh"`).toEqual(plain.seeds);
      await closePage(marked.watched);
    }
  });

  it('lists exactly 000 and 003 when the person filter is set to Marco Rubio in the form', async () => {
    const watched = await openPage(browser(), origin, '/tim-kiem/');
    const { page } = watched;
    await page.locator('select[name="person"]').selectOption('Marco Rubio');
    await page.locator('form.search-form button[type="submit"]').click();
    await page.waitForURL((url) => url.searchParams.get('person') === 'Marco Rubio');
    expect(seedNumbers(await shownResults(page), sources), 'person = Marco Rubio, chosen in the form').toEqual(['000', '003']);
    expect(watched.problems, 'problems on /tim-kiem/ while filtering').toEqual([]);
    await closePage(watched);
  });

  it('lists exactly 000 and 003 for /tim-kiem/?person=Marco%20Rubio', async () => {
    const { seeds, watched } = await searchByUrl({ person: 'Marco Rubio' });
    expect(seeds, '/tim-kiem/?person=Marco%20Rubio').toEqual(['000', '003']);
    await closePage(watched);
  });

  it.each([
    [{ year: '2023' }, ['004']],
    [{ type: 'điện đàm' }, ['003']],
    [{ person: 'Bùi Thanh Sơn', year: '2025' }, ['003']],
    [{ q: 'Blinken', person: 'Bùi Thanh Sơn' }, ['004']],
  ])('lists exactly the matching articles for the URL filters %j', async (params, want) => {
    const { seeds, watched } = await searchByUrl(params);
    expect(seeds, `/tim-kiem/?${new URLSearchParams(params)}`).toEqual(want);
    await closePage(watched);
  });

  it('shows the previous search again after going back in history', async () => {
    const watched = await openPage(browser(), origin, '/tim-kiem/?q=to%20lam');
    const { page } = watched;
    const first = await shownResults(page);
    await page.getByRole('searchbox').fill('Blinken');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Blinken');
    await expect.poll(async () => seedNumbers(await shownResults(page), sources), { message: 'results for "Blinken"' }).toEqual(['004']);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'to lam');
    await expect.poll(() => shownResults(page), { message: 'results for "to lam" after going back' }).toEqual(first);
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('to lam');
    await closePage(watched);
  });

  it('shows article text, not the hidden index words, as the excerpt of a date search', async () => {
    const { seeds, watched } = await searchByUrl({ q: '2026-02-20' });
    expect(seeds, '/tim-kiem/?q=2026-02-20').toContain('002');
    const excerpts = await watched.page.locator('#search-results > li > p').allTextContents();
    expect(excerpts.length).toBe(seeds.length);
    for (const e of excerpts) {
      expect(e).not.toContain('¶');
      expect(e).not.toMatch(/2026-02-20|20\/02\/2026|tháng 2 năm 2026 2\/2026/);
      expect(e.length, 'an excerpt with some of the article').toBeGreaterThan(40);
    }
    expect(watched.problems).toEqual([]);
    await closePage(watched);
  });

  it('shows the article around its own matches when a query matches hidden date forms and article words both', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'DeSombre 2026-02-13' });
    expect(seeds, '/tim-kiem/?q=DeSombre 2026-02-13').toEqual(['001']);
    const excerpts = await watched.page.locator('#search-results > li > p').allTextContents();
    for (const e of excerpts) {
      expect(e).not.toContain('¶');
      expect(e).not.toMatch(/13\/02\/2026|2026-02-13|13-2-2026/);
    }
    expect(await watched.page.locator('#search-results > li > p mark').allTextContents()).toContain('DeSombre');
    expect(watched.problems).toEqual([]);
    await closePage(watched);
  });

  it('looks for several words as one phrase first: "Phó Thủ tướng" finds 003 alone, not "thư" or "tượng"', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'Phó Thủ tướng' });
    expect(seeds, '/tim-kiem/?q=Phó Thủ tướng').toEqual(['003']);
    expect(await watched.page.locator('#search-status').textContent()).toBe(ui.search.results(1));
    await closePage(watched);
  });

  it('falls back to the separate words when no article has the phrase, and says so', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'Rubio Trump' });
    expect(seeds.length, '/tim-kiem/?q=Rubio Trump').toBeGreaterThan(0);
    expect(await watched.page.locator('#search-status').textContent()).toBe(`${ui.search.noPhrase('Rubio Trump')} ${ui.search.results(seeds.length)}`);
    await closePage(watched);
  });

  it('finds an article by its place when only the facts name it: "Hà Nội" finds 001', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'Hà Nội' });
    expect(seeds, '/tim-kiem/?q=Hà Nội').toEqual(expect.arrayContaining(['001', '004']));
    await closePage(watched);
  });

  it('keeps Pagefind\'s highlighted excerpt for words of the article', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'Biển Đông' });
    expect(seeds).toContain('004');
    expect(await watched.page.locator('#search-results > li > p mark').count()).toBeGreaterThan(0);
    await closePage(watched);
  });

  it('says so when nothing matches', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'xylophone zebra' });
    expect(seeds, '/tim-kiem/?q=xylophone+zebra').toEqual([]);
    expect(await watched.page.locator('#search-status').textContent()).toBe(ui.search.results(0));
    await closePage(watched);
  });

  it('is reached from the search box of the 404 page, with results for its query', async () => {
    const watched = await openPage(browser(), origin, '/khong-co-trang-nay/');
    const { page } = watched;
    await page.getByRole('searchbox').fill('Blinken');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL((url) => url.pathname === '/tim-kiem/' && url.searchParams.get('q') === 'Blinken');
    expect(seedNumbers(await shownResults(page), sources), 'search for "Blinken" from the 404 page').toEqual(['004']);
    await closePage(watched);
  });

  it('has no axe-core violations with results shown', async () => {
    const { seeds, watched } = await searchByUrl({ q: 'to lam' });
    expect(seeds.length, 'results are on the page before the accessibility check').toBeGreaterThan(0);
    const violations = await axeViolations(watched.page);
    expect(violations, `/tim-kiem/?q=to%20lam:\n${describeViolations(violations)}`).toEqual([]);
    await closePage(watched);
  });
});

describe('Pagefind browser API', () => {
  it('finds exactly 000 and 003 with the filter person = Marco Rubio', async () => {
    const watched = await openPage(browser(), origin, '/tim-kiem/');
    expect(await searchWithApi(watched.page, null, { person: 'Marco Rubio' }), 'pf.search(null, person: Marco Rubio)').toEqual(['000', '003']);
    await closePage(watched);
  });

  it('finds the same articles for "hoa binh" and "hoà bình", and 001 and 002 for "to lam"', async () => {
    const watched = await openPage(browser(), origin, '/tim-kiem/');
    const plain = await searchWithApi(watched.page, 'hoa binh');
    expect(plain.length, 'pf.search("hoa binh") finds something').toBeGreaterThan(0);
    expect(await searchWithApi(watched.page, 'hoà bình'), 'pf.search("hoà bình")').toEqual(plain);
    expect(await searchWithApi(watched.page, 'to lam'), 'pf.search("to lam")').toEqual(expect.arrayContaining(['001', '002']));
    await closePage(watched);
  });
});
