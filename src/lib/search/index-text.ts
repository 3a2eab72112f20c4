import { fold } from './fold.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The extra words a page must carry so that folded queries find it: the folded form of every word
 * that holds đ/Đ, once each, in order of first appearance ("Đảng", "đàm" → "dang dam").
 * Pagefind already matches other accents both ways ("to lam" finds "Tô Lâm", "hoà" finds "hòa"),
 * but đ has no Unicode decomposition, so only these words need a folded copy; that keeps the hidden
 * copy to a few dozen words instead of doubling the page.
 */
export function foldedExtraWords(text: string): string[] {
  // Runs once per article page: find each đ/Đ and widen it to its word, rather than match every word
  // of the body with a Unicode regex (which cost seconds at 10,000 articles).
  const nfc = text.normalize('NFC');
  const seen = new Set<string>();
  const folded = new Set<string>();
  const dd = /[đĐ]/g;
  for (let m = dd.exec(nfc); m; m = dd.exec(nfc)) {
    let start = m.index;
    let end = start + 1;
    while (start > 0 && WORD_CHAR.test(nfc[start - 1]!)) start--;
    while (end < nfc.length && WORD_CHAR.test(nfc[end]!)) end++;
    dd.lastIndex = end;
    const word = nfc.slice(start, end);
    if (!seen.has(word)) {
      seen.add(word);
      folded.add(fold(word));
    }
  }
  return [...folded];
}
