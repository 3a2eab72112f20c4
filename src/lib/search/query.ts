import { clip } from '../site/clip.ts';
import { fold } from './fold.ts';

/** What a search is: the typed text and the chosen filters, as carried in the search page URL. */
export interface SearchState {
  q: string;
  person: string[];
  year: string | null;
  type: string | null;
}

/** The filter names the index carries (`data-pagefind-filter`). */
export const FILTER_KEYS = ['person', 'year', 'type'] as const;

/** Reads `?q=…&person=…&person=…&year=…&type=…`; blanks are dropped. */
export function readSearchState(params: URLSearchParams): SearchState {
  const one = (k: string) => params.get(k)?.trim() || null;
  return {
    q: params.get('q')?.trim() ?? '',
    person: params.getAll('person').map((p) => p.trim()).filter(Boolean),
    year: one('year'),
    type: one('type'),
  };
}

/** The query string for a state, leaving out empty parts, so the URL can be shared and reloaded. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const p of state.person) params.append('person', p);
  if (state.year) params.set('year', state.year);
  if (state.type) params.set('type', state.type);
  return params;
}

/** Pagefind's `filters` option for a state: every chosen value must match. */
export function toPagefindFilters(state: SearchState): Record<string, string | string[]> {
  const filters: Record<string, string | string[]> = {};
  if (state.person.length === 1) filters.person = state.person[0];
  else if (state.person.length > 1) filters.person = state.person;
  if (state.year) filters.year = state.year;
  if (state.type) filters.type = state.type;
  return filters;
}

/** The query Pagefind gets: folded like the indexed copy (so "Đảng" and "dang" agree), or null for filters only. */
export function toPagefindQuery(q: string): string | null {
  const folded = fold(q).replace(/\s+/g, ' ').trim();
  return folded === '' ? null : folded;
}

/**
 * The query as one exact phrase for Pagefind (`to lam` → `"to lam"`), when it has several words and no quotes
 * of its own; else null. Vietnamese writes a word as separate syllables ("Thủ tướng", "Hà Nội"), and each
 * syllable alone matches many other words (Pagefind also matches prefixes: "ha" finds "hai", "hàng"), so the
 * search page looks for the phrase first and for the separate words only when the phrase is nowhere.
 */
export function phraseQuery(query: string | null): string | null {
  return query === null || query.includes('"') || !query.includes(' ') ? null : `"${query}"`;
}

/**
 * The person a typed query names, accents and case aside ("to lam" → "Tô Lâm"), when it is exactly one of
 * `names` and that person is not already the filter: the search page then offers their articles alone (a text
 * search also finds "Tổng" and "làm").
 */
export function personNamed(state: SearchState, names: readonly string[]): string | null {
  const q = toPagefindQuery(state.q);
  if (q === null || state.person.length > 0) return null;
  return names.find((n) => toPagefindQuery(n) === q) ?? null;
}

/** True when the state asks for anything at all. */
export function hasSearch(state: SearchState): boolean {
  return state.q !== '' || state.person.length > 0 || state.year !== null || state.type !== null;
}

/**
 * The mark that opens an article page's hidden index text (participants, date forms, folded words). It is
 * no word, so Pagefind indexes nothing for it, but it stays in the page's `content`, where the search page
 * finds it to tell matches in the hidden text from matches in the article.
 */
export const HIDDEN_TEXT_MARK = '¶';

/**
 * True when every match of a result lies in the page's hidden index text rather than in the article
 * (`locations` are the word positions Pagefind matched in `content`). The search page then shows the
 * article's opening lines instead of the hidden words (`leadOf`).
 */
export function isHiddenTextExcerpt(result: { content: string; locations: readonly number[] }): boolean {
  const start = result.content.trim().split(/\s+/).lastIndexOf(HIDDEN_TEXT_MARK);
  return start >= 0 && result.locations.length > 0 && result.locations.every((l) => l >= start);
}

/** A piece of an excerpt: a run of words, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * For a result whose matches lie partly in the article and partly in the hidden index text ("ngày 13 tháng 2
 * năm 2026": "ngày", "tháng" are in the article, the date forms in the hidden text), Pagefind's excerpt may show
 * the hidden words; this is instead the `length` words of the article holding most of its own matches, those
 * marked. Null when the matches are all in the article (Pagefind's excerpt is right) or all in the hidden text
 * (`leadOf` is).
 */
export function articleExcerpt(result: { content: string; locations: readonly number[] }, length = 30): ExcerptPart[] | null {
  const words = result.content.trim().split(/\s+/);
  const start = words.lastIndexOf(HIDDEN_TEXT_MARK);
  if (start < 0) return null;
  const own = [...new Set(result.locations.filter((l) => l < start))].sort((a, b) => a - b);
  if (!own.length || own.length === new Set(result.locations).size) return null;
  let first = own[0]!;
  let most = 0;
  for (let i = 0, j = 0; i < own.length; i++) {
    while (j < own.length && own[j]! < own[i]! + length) j++;
    if (j - i > most) [most, first] = [j - i, own[i]!];
  }
  const from = Math.max(0, Math.min(first - 3, start - length));
  const marked = new Set(own);
  const parts: ExcerptPart[] = [];
  const plain = (text: string) => {
    const last = parts[parts.length - 1];
    if (last && !last.mark) last.text += text;
    else if (text) parts.push({ text, mark: false });
  };
  words.slice(from, Math.min(start, from + length)).forEach((word, k) => {
    const space = k > 0 ? ' ' : '';
    if (marked.has(from + k)) {
      plain(space);
      parts.push({ text: word, mark: true });
    } else plain(space + word);
  });
  return parts;
}

/**
 * The opening of an article from the text Pagefind indexed for it (its title, then the body), for a
 * result whose excerpt says nothing: the title and the full stop Pagefind puts after it are dropped.
 * (The index carries no separate lede: every meta field is indexed as words, which would add the
 * lede's words to the index chunks a search downloads a second time.)
 */
export function leadOf(content: string, title: string | undefined, max = 200): string {
  let text = content.split(` ${HIDDEN_TEXT_MARK} `)[0]!.trim();
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.]+/, '');
  return clip(text, max);
}
