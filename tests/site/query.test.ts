import { describe, expect, it } from 'vitest';
import { hasSearch, isHiddenTextExcerpt, leadOf, readSearchState, toPagefindFilters, toPagefindQuery, writeSearchState } from '../../src/lib/search/query.ts';

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

describe('hasSearch', () => {
  it('is false only for an empty state', () => {
    expect(hasSearch({ q: '', person: [], year: null, type: null })).toBe(false);
    expect(hasSearch({ q: '', person: [], year: '2025', type: null })).toBe(true);
  });
});

describe('isHiddenTextExcerpt', () => {
  it.each([
    ['tự cường, hòa bình, hữu nghị, hợp tác và phát triển, đa phương hóa, đa <mark>dạng</mark> hóa quan hệ', false],
    ['Tại cuộc gặp, Tổng Bí thư Tô Lâm chúc mừng Hoa Kỳ và Tổng thống Donald Trump', false],
    ['2026-02-20 tháng 2 năm 2026 2/2026 02/2026 2026-02 năm 2026 dia da doi de dong do dau dinh day dao doan dieu <mark>dang</mark> duoc', true],
    ['1 năm 2025 2025-01-24 dien dam da duoc dinh doi dau danh doc de day dap dao <mark>dang</mark> dong doan dac', true],
    ['', false],
  ])('%j → %s', (excerpt, expected) => expect(isHiddenTextExcerpt(excerpt)).toBe(expected));
});

describe('leadOf', () => {
  it.each([
    ['Tô Lâm gặp Donald Trump. Sáng 20/2, tại Washington, hai bên hội đàm. 2026 Tô Lâm', 'Tô Lâm gặp Donald Trump', 200, 'Sáng 20/2, tại Washington, hai bên hội đàm. 2026 Tô Lâm'],
    ['Tô Lâm gặp Donald Trump. Sáng 20/2, tại Washington, hai bên hội đàm.', 'Tô Lâm gặp Donald Trump', 30, 'Sáng 20/2, tại Washington…'],
    ['Một bài không tiêu đề', undefined, 200, 'Một bài không tiêu đề'],
    ['Khác tiêu đề. Nội dung', 'Tiêu đề', 200, 'Khác tiêu đề. Nội dung'],
  ])('%j', (content, title, max, expected) => expect(leadOf(content, title, max)).toBe(expected));
});
