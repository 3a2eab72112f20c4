/**
 * Cuts text to at most `max` characters at a word boundary, ending in "…" when anything was cut
 * (mid-word only when the last space is in the first half). Whitespace runs collapse to one space.
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;.–-]+$/, '')}…`;
}
