import { ui } from '../ui.ts';
import { clip } from './clip.ts';

/**
 * The document `<title>`: "Page · Site" when that fits in `max` characters, else the page title
 * alone, clipped with "…" when even that is too long (search engines and html-validate's
 * `long-title` rule both stop at about 70 characters). The full title stays in the h1.
 */
export function pageTitle(title: string, siteTitle: string, max = 70): string {
  const full = `${title} · ${siteTitle}`;
  return full.length <= max ? full : clip(title, max);
}

/** The title of one page of a paginated list: the list's title on page 1, "Title · Trang 2/5" after it. */
export function listPageTitle(title: string, current: number, last: number): string {
  return current > 1 ? `${title} · ${ui.pages.position(current, last)}` : title;
}
