import { describe, expect, it } from 'vitest';
import { articleExcerpt, hasSearch, isHiddenTextExcerpt, leadOf, personNamed, phraseQuery, readSearchState, toPagefindFilters, toPagefindQuery, writeSearchState } from '../../src/lib/search/query.ts';

describe('readSearchState / writeSearchState', () => {
  it.each([
    ['', { q: '', person: [], year: null, type: null }],
    ['?q=to+lam', { q: 'to lam', person: [], year: null, type: null }],
    ['?person=Marco%20Rubio&person=L%C3%AA%20Ho%C3%A0i%20Trung&year=2026', { q: '', person: ['Marco Rubio', 'Lê Hoài Trung'], year: '2026', type: null }],
    ['?q=%20&type=h%E1%BB%99i%20%C4%91%C3%A0m&year=', { q: '', person: [], year: null, type: 'hội đàm' }],
  ])('%s', (qs, expected) => {
    const state = readSearchState(new URLSearchParams(qs));
    expect(state).toEqual(expected);
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('leaves empty parts out of the URL', () => {
    expect(writeSearchState({ q: 'Rubio', person: [], year: null, type: null }).toString()).toBe('q=Rubio');
  });
});

describe('toPagefindFilters', () => {
  it.each([
    [{ q: '', person: [], year: null, type: null }, {}],
    [{ q: '', person: ['Marco Rubio'], year: '2026', type: 'hội đàm' }, { person: 'Marco Rubio', year: '2026', type: 'hội đàm' }],
    [{ q: '', person: ['A', 'B'], year: null, type: null }, { person: ['A', 'B'] }],
  ])('%j', (state, expected) => expect(toPagefindFilters(state)).toEqual(expected));
});

describe('toPagefindQuery', () => {
  it.each([
    ['Đảng', 'dang'],
    ['  Tô   Lâm ', 'to lam'],
    ['20/2/2026', '20/2/2026'],
    ['   ', null],
  ])('%j → %j', (q, expected) => expect(toPagefindQuery(q)).toBe(expected));
});

describe('personNamed', () => {
  const names = ['Tô Lâm', 'Marco Rubio', 'Đặng Hoàng Giang'];
  const state = (q: string, person: string[] = []) => ({ q, person, year: null, type: null });
  it.each([
    ['to lam', 'Tô Lâm'],
    ['  TÔ   LÂM ', 'Tô Lâm'],
    ['Tô Lâm', 'Tô Lâm'],
    ['dang hoang giang', 'Đặng Hoàng Giang'],
    ['marco rubio', 'Marco Rubio'],
    ['rubio', null],
    ['to lam hoa ky', null],
    ['', null],
  ])('%j → %s', (q, want) => {
    expect(personNamed(state(q), names)).toBe(want);
  });

  it('offers nothing when a person is already the filter', () => {
    expect(personNamed(state('to lam', ['Marco Rubio']), names)).toBeNull();
  });
});

describe('hasSearch', () => {
  it('is false only for an empty state', () => {
    expect(hasSearch({ q: '', person: [], year: null, type: null })).toBe(false);
    expect(hasSearch({ q: '', person: [], year: '2025', type: null })).toBe(true);
  });
});

describe('isHiddenTextExcerpt', () => {
  // words:          0      1   2    3   4   5      6    7  8    9     10   11         12
  const content = 'Tô Lâm gặp Trump. Hai bên hội đàm. ¶ 2026 Tô Lâm 2026-02-20 dang';
  it.each([
    [[4], false], // "Hai" in the article
    [[2, 11], false], // one match in the article is enough
    [[9, 10], true], // "Tô Lâm" only in the hidden text
    [[11, 12], true],
    [[], false], // no word matched (a filter-only search): Pagefind's excerpt is the opening
  ])('matches at %j → %s', (locations, expected) => expect(isHiddenTextExcerpt({ content, locations })).toBe(expected));

  it('is false for a page without hidden text', () => {
    expect(isHiddenTextExcerpt({ content: 'Tô Lâm gặp Trump.', locations: [0] })).toBe(false);
  });
});

describe('phraseQuery', () => {
  it.each([
    ['to lam', '"to lam"'],
    ['ngay 13 thang 2 nam 2026', '"ngay 13 thang 2 nam 2026"'],
    ['rubio', null],
    ['"ha noi" rubio', null],
    [null, null],
  ])('%j → %j', (query, expected) => expect(phraseQuery(query)).toBe(expected));
});

describe('articleExcerpt', () => {
  // words: Tô 0, Lâm 1, gặp 2, Trump. 3, Hai 4, bên 5, hội 6, đàm. 7, ¶ 8, 2026 9, Tô 10, Lâm 11, 2026-02-20 12, dang 13
  const content = 'Tô Lâm gặp Trump. Hai bên hội đàm. ¶ 2026 Tô Lâm 2026-02-20 dang';
  const shown = (parts: ReturnType<typeof articleExcerpt>) => parts?.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('is the article around its own matches, marked, when other matches are hidden words', () => {
    expect(shown(articleExcerpt({ content, locations: [4, 6, 11] }))).toBe('Tô Lâm gặp Trump. [Hai] bên [hội] đàm.');
    expect(shown(articleExcerpt({ content, locations: [0, 9, 10] }, 3))).toBe('[Tô] Lâm gặp');
  });

  it('takes the window holding most of the article\'s matches', () => {
    const long = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} ¶ x`;
    expect(shown(articleExcerpt({ content: long, locations: [2, 30, 31, 32, 41] }, 5))).toBe('w27 w28 w29 [w30] [w31]');
  });

  it('is null when Pagefind\'s excerpt or leadOf is right', () => {
    expect(articleExcerpt({ content, locations: [4, 6] })).toBeNull(); // all in the article
    expect(articleExcerpt({ content, locations: [10, 11] })).toBeNull(); // all hidden
    expect(articleExcerpt({ content: 'Tô Lâm gặp Trump.', locations: [0] })).toBeNull(); // no hidden text
  });
});

describe('leadOf', () => {
  it.each([
    ['Tô Lâm gặp Donald Trump. Sáng 20/2, tại Washington, hai bên hội đàm. 2026 Tô Lâm', 'Tô Lâm gặp Donald Trump', 200, 'Sáng 20/2, tại Washington, hai bên hội đàm. 2026 Tô Lâm'],
    ['Tô Lâm gặp Donald Trump. Sáng 20/2, tại Washington, hai bên hội đàm.', 'Tô Lâm gặp Donald Trump', 30, 'Sáng 20/2, tại Washington…'],
    ['Một bài không tiêu đề', undefined, 200, 'Một bài không tiêu đề'],
    ['Khác tiêu đề. Nội dung', 'Tiêu đề', 200, 'Khác tiêu đề. Nội dung'],
    ['Tiêu đề. Ngắn. ¶ 2026 Tô Lâm 2026-02-20', 'Tiêu đề', 200, 'Ngắn.'],
  ])('%j', (content, title, max, expected) => expect(leadOf(content, title, max)).toBe(expected));
});
