/** Escape a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Regex source: an alternation of literal (non-empty) words, tried in the given order, grouped by first character:
 * the same matches as the words joined by '|' (at any position only the words starting with its character can
 * match, in their order), found faster. Not for case-insensitive regexes, where two groups could match at one
 * position.
 */
export function literalAlternation(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const rest = escapeRegExp(word.slice(first.length));
    const group = groups.get(first);
    if (group) group.push(rest);
    else groups.set(first, [rest]);
  }
  return [...groups].map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.join('|')})`).join('|');
}

/** Regex source: no letter or digit just before (a word starts here). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';

/** Regex source: no letter or digit just after (a word ends here). */
export const WORD_END = '(?![\\p{L}\\p{N}])';

const AT_WORD_START = new RegExp(WORD_START, 'uy');

/** True when no letter or digit stands just before `index` (WORD_START tested at one position). */
export function atWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  // An ASCII character before (most often a space) is a letter or digit only in A-Z, a-z, 0-9.
  const c = text.charCodeAt(index - 1);
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  AT_WORD_START.lastIndex = index;
  return AT_WORD_START.test(text);
}

/**
 * Every match of a global regex that begins where a word starts: what the regex led by WORD_START finds,
 * found much faster (the engine can skip to the regex's first characters; the word start is tested per match).
 */
export function wordStartMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('wordStartMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ok = atWordStart(text, m.index);
    if (ok) out.push(m);
    // No match starts here (or an empty one did): go on from the next character, as matchAll would.
    if (!ok || m[0] === '') re.lastIndex = m.index + (re.unicode && isSurrogatePair(text, m.index) ? 2 : 1);
  }
  return out;
}

function isSurrogatePair(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** `\s` for one UTF-16 code unit: ASCII white space, line terminators and the Unicode space separators. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
