/** Escape a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source: no letter or digit just before (a word starts here). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** Regex source: no letter or digit just after (a word ends here). */
export const WORD_END = '(?![\\p{L}\\p{N}])';
