import { describe, expect, it } from 'vitest';
import { listPageTitle, pageTitle } from '../../src/lib/site/page-title.ts';

const site = 'Việt Nam – Hoa Kỳ';

describe('pageTitle', () => {
  it.each([
    ['Nhân vật', 'Nhân vật · Việt Nam – Hoa Kỳ'],
    ['Tổng Bí thư Tô Lâm gặp Tổng thống Hoa Kỳ Donald Trump tại Nhà Trắng', 'Tổng Bí thư Tô Lâm gặp Tổng thống Hoa Kỳ Donald Trump tại Nhà Trắng'],
    [
      'Tổng Bí thư Tô Lâm: Việt Nam luôn coi Hoa Kỳ là một trong những đối tác quan trọng hàng đầu',
      'Tổng Bí thư Tô Lâm: Việt Nam luôn coi Hoa Kỳ là một trong những đối…',
    ],
  ])('%s', (title, expected) => {
    const out = pageTitle(title, site);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(70);
  });

  it('cuts mid-word only when there is no late space', () => {
    expect(pageTitle('x'.repeat(100), site)).toBe(`${'x'.repeat(69)}…`);
  });
});

describe('listPageTitle', () => {
  it.each([
    [1, 1, 'Tô Lâm'],
    [1, 3, 'Tô Lâm'],
    [2, 3, 'Tô Lâm · Trang 2/3'],
    [3, 3, 'Tô Lâm · Trang 3/3'],
  ])('page %i of %i → %s', (current, last, expected) => expect(listPageTitle('Tô Lâm', current, last)).toBe(expected));
});
