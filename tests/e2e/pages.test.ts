// The main pages in Chromium: what the timeline, a person page and an article show, how they fit a
// phone's screen, and screenshots in test-results/ for a person to look at.
import { describe, expect, inject, it } from 'vitest';
import { ui } from '../../src/lib/ui.ts';
import { closePage, openPage, screenshot, useChromium } from '../e2e-support/browser.ts';
import { articlePathOfSeed, articleSources, seedNumbers } from '../e2e-support/site.ts';

const origin = inject('origin');
const sources = articleSources();
const browser = useChromium();

describe('timeline /dong-thoi-gian/', () => {
  it('lists the years 2023, 2025 and 2026, each linking to its year page', async () => {
    const watched = await openPage(browser(), origin, '/dong-thoi-gian/');
    const links = await watched.page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    for (const year of ['2023', '2025', '2026']) {
      expect(links, `/dong-thoi-gian/ lists ${year}, linking to /dong-thoi-gian/${year}/`).toContainEqual([year, `/dong-thoi-gian/${year}/`]);
    }
    await closePage(watched);
  });
});

describe('people index /nhan-vat/', () => {
  it('lists people by country with what the archive holds of them, and register people with no article apart', async () => {
    const watched = await openPage(browser(), origin, '/nhan-vat/');
    const sectionOf = (name: string) => watched.page.locator('section', { has: watched.page.getByRole('heading', { name, exact: true }) });
    const vn = (await sectionOf(ui.country.VN).locator('li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(vn, 'Việt Nam').toContain(`Bùi Thanh Sơn ${ui.people.meetingsCount(2)}`);
    // a seed mentions Nguyễn Phú Trọng without his taking part: no "0 bài" of meetings
    expect(vn, 'Việt Nam').toContain(`Nguyễn Phú Trọng ${ui.people.mentionsCount(1)}`);
    const without = await sectionOf(ui.people.withoutArticles).locator('a').allTextContents();
    expect(without, 'register people with no article').toContain('John Kerry');
    expect(without, 'register people with no article').not.toContain('Bùi Thanh Sơn');
    await closePage(watched);
  });
});

describe('person page /nhan-vat/bui-thanh-son/', () => {
  it('lists the meetings of 003 and 004', async () => {
    const watched = await openPage(browser(), origin, '/nhan-vat/bui-thanh-son/');
    const links = await watched.page
      .locator('main a[href^="/bai-viet/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(seedNumbers([...new Set(links)], sources), 'articles linked from /nhan-vat/bui-thanh-son/').toEqual(['003', '004']);
    await closePage(watched);
  });

  it('names Marco Rubio and Antony Blinken as counterparts, linking to their pages', async () => {
    const watched = await openPage(browser(), origin, '/nhan-vat/bui-thanh-son/');
    const heading = watched.page.getByRole('heading', { name: ui.people.counterparts, exact: true });
    const section = watched.page.locator('section', { has: heading });
    const names = await section.locator('a[href^="/nhan-vat/"]').allTextContents();
    expect(names.map((n) => n.trim()).sort(), 'counterparts on /nhan-vat/bui-thanh-son/').toEqual(['Antony Blinken', 'Marco Rubio']);
    await closePage(watched);
  });
});

/** The seed numbers of the articles a section lists, in the order shown ("000" for 000_….txt). */
async function listedSeeds(path: string, heading: string): Promise<string[]> {
  const watched = await openPage(browser(), origin, path);
  const section = watched.page.locator('section', { has: watched.page.getByRole('heading', { name: new RegExp(`^${heading}`) }) });
  const hrefs = await section.locator('ul.list > li > a:first-child').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  await closePage(watched);
  return hrefs.map((h) => sources.get(h)!.slice(0, 3));
}

describe('a person\'s lists, newest first', () => {
  it('/nhan-vat/bui-thanh-son/ lists 003 (2025) before 004 (2023)', async () => {
    expect(await listedSeeds('/nhan-vat/bui-thanh-son/', ui.people.meetings)).toEqual(['003', '004']);
  });

  it('/nhan-vat/donald-trump/ lists the articles that only mention him, 000, 001, 003, and links them to their own page', async () => {
    expect(await listedSeeds('/nhan-vat/donald-trump/', ui.people.mentions)).toEqual(['000', '001', '003']);
    expect(await listedSeeds('/nhan-vat/donald-trump/nhac-den/', ui.people.mentions)).toEqual(['000', '001', '003']);
    const watched = await openPage(browser(), origin, '/nhan-vat/donald-trump/');
    await watched.page.getByRole('heading', { name: new RegExp(`^${ui.people.mentions}`) }).getByRole('link').click();
    await watched.page.waitForURL(`${origin}/nhan-vat/donald-trump/nhac-den/`);
    expect(await watched.page.title()).toContain(ui.people.mentionsOf('Donald Trump'));
    // three mentions: all on the profile, so no "see all" link
    expect(await watched.page.getByRole('link', { name: ui.people.allMentions(3) }).count()).toBe(0);
    await closePage(watched);
  });

  it('/nhan-vat/nguyen-phu-trong/, only mentioned (in 004), has a profile with no meeting', async () => {
    expect(await listedSeeds('/nhan-vat/nguyen-phu-trong/', ui.people.meetings)).toEqual([]);
    expect(await listedSeeds('/nhan-vat/nguyen-phu-trong/', ui.people.mentions)).toEqual(['004']);
    const watched = await openPage(browser(), origin, '/nhan-vat/nguyen-phu-trong/');
    expect(await watched.page.getByText(ui.people.none).count()).toBe(1);
    await closePage(watched);
  });
});

describe('article page', () => {
  it('shows its source file name, and the page of 001 shows 001_66a2be22f014ea4f.txt', async () => {
    const path = articlePathOfSeed('001', sources);
    const watched = await openPage(browser(), origin, path);
    expect(await watched.page.locator('main code').allTextContents(), path).toContain('001_66a2be22f014ea4f.txt');
    await closePage(watched);
  });

  /** The facts list of an article page as [term, description] pairs, spaces collapsed. */
  async function factsOf(seed: string): Promise<string[][]> {
    const watched = await openPage(browser(), origin, articlePathOfSeed(seed, sources));
    const facts = await watched.page.locator('dl.facts').evaluate((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent!, dt.nextElementSibling!.textContent!].map((t) => t.replace(/\s+/g, ' ').trim())),
    );
    await closePage(watched);
    return facts;
  }

  it('lists the participants of 001 by side, each with the office held on the day', async () => {
    const facts = await factsOf('001');
    expect(facts).toContainEqual([ui.article.side(ui.country.VN), 'Tô Lâm (Tổng Bí thư), Phan Văn Giang (Bộ trưởng Bộ Quốc phòng), Lương Tam Quang (Bộ trưởng Bộ Công an)']);
    expect(facts).toContainEqual([ui.article.side(ui.country.US), 'Michael DeSombre (Trợ lý Ngoại trưởng Hoa Kỳ phụ trách Đông Á - Thái Bình Dương)']);
  });

  it('says when the date is the publication\'s (000 names no day), and that a phone call (003) has no place', async () => {
    expect(await factsOf('000')).toContainEqual([ui.article.eventDate, `ngày 20/2/2026 (${ui.article.dateFromHeader})`]);
    expect(await factsOf('003')).toContainEqual([ui.article.place, ui.article.byPhone]);
  });

  it('gives 004\'s Bùi Thanh Sơn the office he held on 15/4/2023 in its JSON-LD, not a later one', async () => {
    const watched = await openPage(browser(), origin, articlePathOfSeed('004', sources));
    const ld = JSON.parse((await watched.page.locator('script[type="application/ld+json"]').textContent())!);
    const son = ld.about.flatMap((e: { attendee: { name: string }[] }) => e.attendee).find((p: { name: string }) => p.name === 'Bùi Thanh Sơn');
    expect(son.jobTitle).toBe('Bộ trưởng Ngoại giao');
    await closePage(watched);
  });
});

describe('narrow screens (390 px)', () => {
  it.each([
    ['home', () => '/'],
    ['article 001', () => articlePathOfSeed('001', sources)],
    ['person Bùi Thanh Sơn', () => '/nhan-vat/bui-thanh-son/'],
    ['timeline', () => '/dong-thoi-gian/'],
    ['search results', () => '/tim-kiem/?q=to%20lam'],
  ])('%s fits without sideways scrolling', async (_name, pathOf) => {
    const path = pathOf();
    const watched = await openPage(browser(), origin, path);
    await watched.page.setViewportSize({ width: 390, height: 800 });
    const overflow = await watched.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> ${el.textContent?.trim().slice(0, 40)}`);
      return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
    });
    expect(overflow.scroll, `${path} at 390 px is ${overflow.scroll} px wide; too wide: ${overflow.wide.join(' | ')}`).toBeLessThanOrEqual(overflow.width);
    await closePage(watched);
  });
});

describe('screenshots for a person to look at (test-results/)', () => {
  it.each([
    ['home', '/', 1280],
    ['home-narrow', '/', 390],
    ['article-001', '', 1280],
  ] as const)('%s.png, with the web font loaded', async (name, fixedPath, width) => {
    const path = fixedPath || articlePathOfSeed('001', sources);
    const watched = await openPage(browser(), origin, path);
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
