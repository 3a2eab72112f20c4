import { describe, expect, it } from 'vitest';
import { findRelated, isSameMeeting, isSameVisit, neighbourhoods, previousAndNext, sortByDate } from '../../src/lib/site/related.ts';
import { article, seeds } from './fixtures.ts';

const bySlug = (slug: string) => seeds.find((a) => a.slug === slug)!;
const slugs = (list: { slug: string }[]) => list.map((a) => a.slug);

describe('sortByDate', () => {
  it('orders by event date, then slug', () => {
    expect(slugs(sortByDate(seeds))).toEqual(['son-blinken', 'son-rubio', 'to-lam-desombre', 'to-lam-trump', 'trung-rubio']);
  });
});

describe('isSameMeeting', () => {
  const rubioAgain = article({ slug: 'rubio-again', date: '2026-02-20', people: ['Marco Rubio', 'Lê Hoài Trung'] });
  it.each([
    ['same day, shared participant', bySlug('trung-rubio'), rubioAgain, true],
    ['same day and place, different people', bySlug('trung-rubio'), bySlug('to-lam-trump'), false],
    ['shared participant, different day', bySlug('son-rubio'), bySlug('trung-rubio'), false],
    ['an article and itself', rubioAgain, rubioAgain, false],
    ['same names spelled NFD', rubioAgain, article({ slug: 'nfd', people: ['Lê Hoài Trung'.normalize('NFD')] }), true],
    ['month-precise dates never match', article({ slug: 'a', date: '2026-02', datePrecision: 'month', people: ['X'] }),
      article({ slug: 'b', date: '2026-02', datePrecision: 'month', people: ['X'] }), false],
  ])('%s', (_, a, b, expected) => {
    expect(isSameMeeting(a, b)).toBe(expected);
    expect(isSameMeeting(b, a)).toBe(expected);
  });
});

describe('isSameVisit', () => {
  it.each([
    ['Washington trip: 000 and 002', 'trung-rubio', 'to-lam-trump', true],
    ['Hà Nội, but years apart', 'to-lam-desombre', 'son-blinken', false],
    ['no place known', 'son-rubio', 'trung-rubio', false],
  ])('%s', (_, a, b, expected) => expect(isSameVisit(bySlug(a), bySlug(b))).toBe(expected));

  it('respects the day window', () => {
    const later = article({ slug: 'later', date: '2026-02-25', location: 'washington, d.c.' });
    expect(isSameVisit(bySlug('trung-rubio'), later, 4)).toBe(false);
    expect(isSameVisit(bySlug('trung-rubio'), later, 5)).toBe(true);
  });
});

describe('findRelated', () => {
  it('puts 002 in the same visit as 000, not the same meeting', () => {
    const r = findRelated(bySlug('trung-rubio'), seeds);
    expect(slugs(r.sameMeeting)).toEqual([]);
    expect(slugs(r.sameVisit)).toEqual(['to-lam-trump']);
  });
});

describe('previousAndNext', () => {
  it.each([
    ['son-blinken', null, 'son-rubio'],
    ['to-lam-trump', 'to-lam-desombre', 'trung-rubio'],
    ['trung-rubio', 'to-lam-trump', null],
    ['missing', null, null],
  ])('%s', (slug, previous, next) => {
    const r = previousAndNext(slug, seeds);
    expect(r.previous?.slug ?? null).toBe(previous);
    expect(r.next?.slug ?? null).toBe(next);
  });
});

describe('neighbourhoods', () => {
  it('gives every article the same related articles and neighbours as findRelated and previousAndNext', () => {
    const all = neighbourhoods(seeds);
    expect(all.size).toBe(seeds.length);
    for (const a of seeds) {
      const n = all.get(a.slug)!;
      expect({ sameMeeting: n.sameMeeting, sameVisit: n.sameVisit }, a.slug).toEqual(findRelated(a, seeds));
      expect({ previous: n.previous, next: n.next }, a.slug).toEqual(previousAndNext(a.slug, seeds));
    }
  });

  it('agrees with the pairwise functions on a larger generated set', () => {
    const places = ['Hà Nội', 'Washington, D.C.', null];
    const many = Array.from({ length: 300 }, (_, i) => ({
      slug: `a-${String(i).padStart(3, '0')}`,
      date: `2024-${String((i % 3) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      datePrecision: 'day' as const,
      people: [`P${i % 7}`, `Q${i % 5}`],
      location: places[i % 3]!,
      meetings: [],
    }));
    const all = neighbourhoods(many);
    for (const a of many) {
      const n = all.get(a.slug)!;
      expect({ sameMeeting: n.sameMeeting, sameVisit: n.sameVisit }, a.slug).toEqual(findRelated(a, many));
      expect({ previous: n.previous, next: n.next }, a.slug).toEqual(previousAndNext(a.slug, many));
    }
  });
});
