import { toSlug } from '../slug.ts';

const MAX_SLUG = 80;

/** The slug of a title: ASCII words joined by '-', cut at a word boundary to at most 80 characters. */
export function slugFor(title: string): string {
  const full = toSlug(title) || 'bai-viet';
  if (full.length <= MAX_SLUG) return full;
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/**
 * Make slugs unique and stable: the first seed (by file name) keeps the plain slug; each later seed whose
 * title gives the same slug gets its file's name appended, which does not depend on the other seeds.
 */
export function uniqueSlugs(items: ReadonlyArray<{ slug: string; source: string }>): string[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a]!.source < items[b]!.source ? -1 : 1));
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
