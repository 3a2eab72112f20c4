import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/site/page-title.ts';

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
