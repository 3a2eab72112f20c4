// slugFor() and uniqueSlugs(): ASCII slugs of Vietnamese titles, capped at a word boundary, unique and stable.
import { describe, expect, it } from 'vitest';
import { slugFor, uniqueSlugs } from '../../src/lib/ingest/slug.ts';

describe('slugFor', () => {
  it.each([
    ['Đại sứ Đặng Hoàng Giang', 'dai-su-dang-hoang-giang'],
    ['Chủ tịch nước Lương Cường đón Tổng thống Joe Biden', 'chu-tich-nuoc-luong-cuong-don-tong-thong-joe-biden'],
    ['Hội đàm Việt – Mỹ: “Đối tác chiến lược toàn diện”', 'hoi-dam-viet-my-doi-tac-chien-luoc-toan-dien'],
    ['Thủy sản, hòa bình & sức khỏe', 'thuy-san-hoa-binh-suc-khoe'],
    ['Ngoại trưởng O’Brien thăm TP.HCM 2024', 'ngoai-truong-obrien-tham-tp-hcm-2024'],
    ['  --Đà Nẵng--  ', 'da-nang'],
  ])('%s → %s', (title, want) => {
    expect(slugFor(title)).toBe(want);
    expect(slugFor(title.normalize('NFD'))).toBe(want);
  });

  it.each([[''], ['…'], ['中文标题']])('falls back to "bai-viet" for a title without ASCII letters: %j', (title) => {
    expect(slugFor(title)).toBe('bai-viet');
  });

  describe.each([
    'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken nhân chuyến thăm chính thức Việt Nam lần thứ hai',
    'Tổng Bí thư Tô Lâm tiếp Trợ lý Ngoại trưởng Hoa Kỳ phụ trách Đông Á và Thái Bình Dương cùng đoàn doanh nghiệp Mỹ tại trụ sở Trung ương Đảng',
    'a'.repeat(30) + ' ' + 'b'.repeat(70) + ' c',
  ])('long title: %s', (title) => {
    const slug = slugFor(title);
    it('is at most 80 characters, cut at a word boundary', () => {
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      // every word of the slug is a whole word of the full title's slug
      const words = slug.split('-');
      const all = title.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
      expect(all.slice(0, words.length)).toEqual(words);
    });
  });

  it('cuts a single very long word hard at 80', () => {
    expect(slugFor('x'.repeat(200))).toBe('x'.repeat(80));
  });
});

describe('uniqueSlugs', () => {
  const items = [
    { slug: 'hoi-dam-viet-my', source: '010_b.txt' },
    { slug: 'hoi-dam-viet-my', source: '002_a.txt' },
    { slug: 'tiep-dai-su', source: '003_c.txt' },
    { slug: 'hoi-dam-viet-my', source: '011_c.txt' },
  ];

  it('gives distinct slugs; the first seed by file name keeps the plain one', () => {
    const out = uniqueSlugs(items);
    expect(new Set(out).size).toBe(items.length);
    expect(out[1]).toBe('hoi-dam-viet-my');
    expect(out[2]).toBe('tiep-dai-su');
    expect(out[0]).toBe('hoi-dam-viet-my-010-b');
    expect(out[3]).toBe('hoi-dam-viet-my-011-c');
    for (const s of out) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ['reversed', [...items].reverse()],
    ['rotated', [...items.slice(2), ...items.slice(0, 2)]],
  ])('is stable when the input order changes (%s)', (_name, shuffled) => {
    const want = new Map(items.map((x, i) => [x.source, uniqueSlugs(items)[i]]));
    const got = uniqueSlugs(shuffled);
    shuffled.forEach((x, i) => expect(got[i]).toBe(want.get(x.source)));
  });

  it.each(['012_z.txt', '1000_z.txt'])('renames nothing when a seed with a higher number (%s) is added', (added) => {
    const before = uniqueSlugs(items);
    const after = uniqueSlugs([...items, { slug: 'hoi-dam-viet-my', source: added }]);
    expect(after.slice(0, items.length)).toEqual(before);
    expect(after[4]).toBe(`hoi-dam-viet-my-${added.replace('.txt', '').replace('_', '-')}`);
  });

  it('gives the plain slug to the lowest number, not the first string (999 before 1000)', () => {
    const out = uniqueSlugs([
      { slug: 'gap', source: '1000_a.txt' },
      { slug: 'gap', source: '999_b.txt' },
    ]);
    expect(out).toEqual(['gap-1000-a', 'gap']);
  });

  it('stays distinct when a suffixed slug collides with another title', () => {
    const out = uniqueSlugs([
      { slug: 'gap-go', source: 'a.txt' },
      { slug: 'gap-go-b', source: 'b-0.txt' },
      { slug: 'gap-go', source: 'b.txt' },
      { slug: 'gap-go', source: 'c/b.txt' },
    ]);
    expect(new Set(out).size).toBe(4);
  });
});
