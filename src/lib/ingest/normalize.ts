// Seeds arrive in NFC or NFD, with CRLF or LF, and with either tone placement in the open syllables
// oa, oe, uy ("hoà" / "hòa"). Everything downstream sees one canonical text: NFC, LF, and the tone on
// the first vowel of those syllables ("hòa", "khỏe", "thủy"), the form most Vietnamese outlets print.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const OPEN_SYLLABLE = new RegExp(`([oO])([aAeE])([${TONES}])(?!\\p{L}|\\p{M})|(?<![qQ])([uU])([yY])([${TONES}])(?!\\p{L}|\\p{M})`, 'gu');
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Canonical text: NFC, LF line ends, no invisible characters, single spaces, tone on the first vowel of oa/oe/uy. */
export function normalize(text: string): string {
  const nfd = text
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLES, '')
    .replace(SPACES, ' ')
    .normalize('NFD')
    .replace(OPEN_SYLLABLE, (_m, o, a, t1, u, y, t2) => (o ? o + t1 + a : u + t2 + y));
  return nfd
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n');
}
