import { fold } from './search/fold.ts';

/**
 * URL slug of a Vietnamese or English text: folded to ASCII (diacritics dropped, đ → d), lowercase,
 * apostrophes removed, every other run of non-alphanumerics replaced by one '-', no '-' at either end.
 * "Bùi Thanh Sơn" → "bui-thanh-son"; "hội đàm" → "hoi-dam"; "O'Brien" → "obrien".
 * Letters with no ASCII decomposition (ø, ß, æ…) count as separators. Returns '' for text with no
 * ASCII letters or digits.
 */
export function toSlug(text: string): string {
  return fold(text)
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
