import type { Article } from '../../content.config.ts';
import { fold } from '../search/fold.ts';
import { compareDates, dayNumber } from './dates.ts';

/** The fields of an article that ordering and relating need. */
export type RelatableArticle = Pick<Article, 'slug' | 'date' | 'datePrecision' | 'people' | 'location' | 'meetings'>;

/** Orders articles by event date, then by slug so the order is stable. */
export function compareByDate(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return compareDates(a.date, b.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** A copy of the articles sorted by event date, oldest first. */
export function sortByDate<T extends Pick<Article, 'date' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort(compareByDate);
}

/** Everyone who took part in an article's meetings: its `people` plus each meeting's `people`, folded for comparison. */
function participantKeys(a: RelatableArticle): Set<string> {
  return new Set([...a.people, ...a.meetings.flatMap((m) => m.people)].map(fold));
}

/** True when both articles report a meeting on the same known day with at least one participant in common. */
export function isSameMeeting(a: RelatableArticle, b: RelatableArticle): boolean {
  if (a.slug === b.slug || a.datePrecision !== 'day' || b.datePrecision !== 'day' || a.date !== b.date) return false;
  const keys = participantKeys(a);
  return [...participantKeys(b)].some((k) => keys.has(k));
}

/**
 * True when both articles happened at the same place within `windowDays` days of each other
 * (so belong to one visit or trip) without being reports of the same meeting.
 */
export function isSameVisit(a: RelatableArticle, b: RelatableArticle, windowDays = 4): boolean {
  if (a.slug === b.slug || !a.location || !b.location || fold(a.location) !== fold(b.location)) return false;
  const da = dayNumber(a.date);
  const db = dayNumber(b.date);
  if (da === null || db === null || Math.abs(da - db) > windowDays) return false;
  return !isSameMeeting(a, b);
}

/** Other reports of the same meeting and other articles of the same visit, each sorted by date. */
export function findRelated<T extends RelatableArticle>(
  article: RelatableArticle,
  all: readonly T[],
  windowDays = 4,
): { sameMeeting: T[]; sameVisit: T[] } {
  return {
    sameMeeting: sortByDate(all.filter((o) => isSameMeeting(article, o))),
    sameVisit: sortByDate(all.filter((o) => isSameVisit(article, o, windowDays))),
  };
}

/** The articles just before and after `slug` in date order (null at either end or when absent). */
export function previousAndNext<T extends Pick<Article, 'date' | 'slug'>>(
  slug: string,
  all: readonly T[],
): { previous: T | null; next: T | null } {
  const sorted = sortByDate(all);
  const i = sorted.findIndex((a) => a.slug === slug);
  if (i < 0) return { previous: null, next: null };
  return { previous: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null };
}

/** What an article page shows around it: related reports and its neighbours in date order. */
export interface Neighbourhood<T> {
  sameMeeting: T[];
  sameVisit: T[];
  previous: T | null;
  next: T | null;
}

/**
 * findRelated and previousAndNext for every article at once, in about O(n log n): articles are compared
 * only with those of the same day (same meeting) or the same place within the window (same visit),
 * found by sorting each place's articles by day, so a 10,000-article build does not compare all pairs.
 */
export function neighbourhoods<T extends RelatableArticle>(all: readonly T[], windowDays = 4): Map<string, Neighbourhood<T>> {
  const sorted = sortByDate(all);
  const byDay = new Map<string, T[]>();
  const byPlace = new Map<string, Array<{ day: number; article: T }>>();
  for (const a of sorted) {
    if (a.datePrecision === 'day') {
      const list = byDay.get(a.date) ?? [];
      list.push(a);
      byDay.set(a.date, list);
    }
    const day = dayNumber(a.date);
    if (a.location && day !== null) {
      const key = fold(a.location);
      const list = byPlace.get(key) ?? [];
      list.push({ day, article: a });
      byPlace.set(key, list);
    }
  }
  const out = new Map<string, Neighbourhood<T>>();
  sorted.forEach((a, i) => {
    const day = dayNumber(a.date);
    const place = a.location ? byPlace.get(fold(a.location)) ?? [] : [];
    let lo = 0;
    if (day !== null) {
      let hi = place.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (place[mid]!.day < day - windowDays) lo = mid + 1;
        else hi = mid;
      }
    }
    const nearby: T[] = [];
    for (let k = lo; day !== null && k < place.length && place[k]!.day <= day + windowDays; k++) nearby.push(place[k]!.article);
    const { sameMeeting, sameVisit } = findRelated(a, [...new Set([...(byDay.get(a.date) ?? []), ...nearby])], windowDays);
    out.set(a.slug, { sameMeeting, sameVisit, previous: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null });
  });
  return out;
}
