import type { MeetingType } from '../../content.config.ts';
import { toSlug } from '../slug.ts';

/** Path of the page listing one meeting type: "/loai/hoi-dam/". */
export function typePath(type: MeetingType): string {
  return `/loai/${toSlug(type)}/`;
}

/** The folder of the article pages, the only pages search indexes. */
export const ARTICLE_SECTION = 'bai-viet';

/**
 * The built pages Pagefind reads, relative to dist/: the article pages (the only ones marked
 * `data-pagefind-body`). Not walking the ≈ 900 other pages (timeline years, person pages and their
 * lists) saved ≈ 4 s of Pagefind's ≈ 18 s at 10,000 articles, with the same index.
 */
export const SEARCHABLE_PAGES = `${ARTICLE_SECTION}/**/*.html`;

/** Path of an article page. */
export function articlePath(slug: string): string {
  return `/${ARTICLE_SECTION}/${slug}/`;
}

/** Path of a person page (the profile: the first page of their meetings). */
export function personPath(slug: string): string {
  return `/nhan-vat/${slug}/`;
}

/** Path of the list of articles that mention a person without their taking part. */
export function personMentionsPath(slug: string): string {
  return `${personPath(slug)}nhac-den/`;
}

/** Path of a year of the timeline. */
export function yearPath(year: number): string {
  return `/dong-thoi-gian/${year}/`;
}

/** Path of the search page with a query and filters set. */
export function searchPath(params: Record<string, string> = {}): string {
  const qs = new URLSearchParams(params).toString();
  return `/tim-kiem/${qs ? `?${qs}` : ''}`;
}
