import { toSlug } from '../slug.ts';

const MAX_SLUG = 80;

/** The slug of a title: ASCII words joined by '-', cut at a word boundary to at most 80 characters. */
export function slugFor(title: string): string {
  const full = toSlug(title) || 'bai-viet';
  if (full.length <= MAX_SLUG) return full;
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

const byNumber = new Intl.Collator('en', { numeric: true });

/** Seed file names in the order they were added: by their number (`999_…` before `1000_…`), then by name. */
export function compareSources(a: string, b: string): number {
  return byNumber.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Make slugs unique and stable: the first seed (by `compareSources`) keeps the plain slug; each later seed
 * whose title gives the same slug gets its file's name appended, which does not depend on the other seeds.
 * So a seed added with a higher number never renames an article already published.
 */
export function uniqueSlugs(items: ReadonlyArray<{ slug: string; source: string }>): string[] {
  const order = items.map((_, i) => i).sort((a, b) => compareSources(items[a]!.source, items[b]!.source));
  const used = new Set<string>();
  const out: string[] = new Array(items.length);
  for (const i of order) {
    const { slug, source } = items[i]!;
    let s = slug;
    if (used.has(s)) s = `${slug}-${toSlug(source.replace(/\.[^.]*$/, '')).slice(-16)}`;
    for (let n = 2; used.has(s); n++) s = `${slug}-${n}`;
    used.add(s);
    out[i] = s;
  }
  return out;
}
