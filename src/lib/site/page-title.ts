/**
 * The document `<title>`: "Page · Site" when that fits in `max` characters, else the page title
 * alone, cut at a word boundary with "…" when even that is too long (search engines and
 * html-validate's `long-title` rule both stop at about 70 characters). The full title stays in the h1.
 */
export function pageTitle(title: string, siteTitle: string, max = 70): string {
  const full = `${title} · ${siteTitle}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–-]+$/, '')}…`;
}
