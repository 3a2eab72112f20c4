import type { Article } from '../../content.config.ts';
import { parsePartialDate } from './dates.ts';
import { sortByDate } from './related.ts';

type Dated = Pick<Article, 'date' | 'slug'>;

/** One month of a year (month undefined: the month is unknown) with its articles in date order. */
export interface MonthBucket<T> {
  month?: number;
  articles: T[];
}

/** One year with its months in calendar order (unknown month first) and article count. */
export interface YearBucket<T> {
  year: number;
  count: number;
  months: MonthBucket<T>[];
}

/** Groups articles by year (newest year first) and month (calendar order), articles oldest first. */
export function groupByYearMonth<T extends Dated>(articles: readonly T[]): YearBucket<T>[] {
  const years = new Map<number, Map<number | undefined, T[]>>();
  for (const a of sortByDate(articles)) {
    const { year, month } = parsePartialDate(a.date);
    if (!years.has(year)) years.set(year, new Map());
    const months = years.get(year)!;
    if (!months.has(month)) months.set(month, []);
    months.get(month)!.push(a);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => ({
      year,
      count: [...months.values()].reduce((n, list) => n + list.length, 0),
      months: [...months.entries()]
        .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
        .map(([month, list]) => (month === undefined ? { articles: list } : { month, articles: list })),
    }));
}

/** Article counts per month of one year: index 0 is January; articles without a month are not counted. */
export function monthCounts(articles: readonly Pick<Article, 'date'>[], year: number): number[] {
  const counts = Array<number>(12).fill(0);
  for (const a of articles) {
    const { year: y, month } = parsePartialDate(a.date);
    if (y === year && month) counts[month - 1]++;
  }
  return counts;
}

/** A bar of the month strip, in SVG user units. */
export interface StripBar {
  month: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lays out 12 monthly counts as bars in a `width`×`height` box, scaled to the largest count (at least 1). */
export function stripBars(counts: readonly number[], width = 240, height = 40, gap = 2): StripBar[] {
  const max = Math.max(1, ...counts);
  const slot = width / counts.length;
  return counts.map((count, i) => {
    const h = count === 0 ? 0 : Math.max(2, Math.round((count / max) * height));
    return { month: i + 1, count, x: i * slot + gap / 2, y: height - h, width: slot - gap, height: h };
  });
}
