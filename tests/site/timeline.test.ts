import { describe, expect, it } from 'vitest';
import { groupByYearMonth, monthCounts, stripBars } from '../../src/lib/site/timeline.ts';
import { article, seeds } from './fixtures.ts';

describe('groupByYearMonth', () => {
  it('groups the seeds by year (newest first) and month', () => {
    const years = groupByYearMonth(seeds);
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.articles.map((a) => a.slug)])])).toEqual([
      [2026, 3, [[2, ['to-lam-desombre', 'to-lam-trump', 'trung-rubio']]]],
      [2025, 1, [[1, ['son-rubio']]]],
      [2023, 1, [[4, ['son-blinken']]]],
    ]);
  });

  it('puts articles without a known month first in their year', () => {
    const years = groupByYearMonth([
      article({ slug: 'march', date: '2024-03-01' }),
      article({ slug: 'some-time', date: '2024', datePrecision: 'year' }),
    ]);
    expect(years[0].months.map((m) => m.month)).toEqual([undefined, 3]);
  });
});

describe('monthCounts', () => {
  it.each([
    [2026, [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [2025, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    [1999, Array(12).fill(0)],
  ])('%i', (year, expected) => expect(monthCounts(seeds, year)).toEqual(expected));
});

describe('stripBars', () => {
  it('scales bars to the largest month and leaves empty months flat', () => {
    const bars = stripBars([0, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 120, 30, 2);
    expect(bars).toHaveLength(12);
    expect(bars[0]).toMatchObject({ month: 1, count: 0, height: 0, y: 30 });
    expect(bars[1]).toMatchObject({ month: 2, count: 3, height: 30, y: 0, x: 11, width: 8 });
    expect(bars[2].height).toBe(10);
  });

  it('copes with a year of zeros', () => {
    expect(stripBars(Array(12).fill(0)).every((b) => b.height === 0)).toBe(true);
  });
});
