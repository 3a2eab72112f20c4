import { fold } from './fold.ts';

/**
 * The extra words a page must carry so that folded queries find it: the folded form of every word
 * that holds đ/Đ, once each, in order of first appearance ("Đảng", "đàm" → "dang dam").
 * Pagefind already matches other accents both ways ("to lam" finds "Tô Lâm", "hoà" finds "hòa"),
 * but đ has no Unicode decomposition, so only these words need a folded copy; that keeps the hidden
 * copy to a few dozen words instead of doubling the page.
 */
export function foldedExtraWords(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu) ?? [];
  return [...new Set(words.map(fold))];
}
