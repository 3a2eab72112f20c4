import { remembered } from './memo.ts';
import { fold } from './search/fold.ts';

/**
 * URL slug of a Vietnamese or English text: folded to ASCII (diacritics dropped, đ → d), lowercase,
 * apostrophes removed, every other run of non-alphanumerics replaced by one '-', no '-' at either end.
 * "Bùi Thanh Sơn" → "bui-thanh-son"; "hội đàm" → "hoi-dam"; "O'Brien" → "obrien".
 * Letters with no ASCII decomposition (ø, ß, æ…) count as separators. Returns '' for text with no
 * ASCII letters or digits.
 */
export function toSlug(text: string): string {
  // Folding never reaches across a space (no character composes with one or lowercases differently beside
  // one), so the slug is the slugs of the text's space-separated pieces joined by '-': each is worked out
  // once (Vietnamese is written in a few thousand syllables; `fold` is the costly part).
  let slug = '';
  for (const piece of text.split(' ')) {
    const part = pieceSlug(piece);
    if (part) slug = slug ? `${slug}-${part}` : part;
  }
  return slug;
}

/** The slug of a piece of text without spaces, remembered. */
const pieceSlug = remembered(foldedSlug);

/** toSlug, worked out on the whole text at once. */
export function foldedSlug(text: string): string {
  return fold(text)
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
