import { describe, expect, it } from 'vitest';
import { hasSearch, readSearchState, toPagefindFilters, toPagefindQuery, writeSearchState } from '../../src/lib/search/query.ts';

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
