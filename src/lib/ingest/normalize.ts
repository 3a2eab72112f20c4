// Seeds arrive in NFC or NFD, with CRLF or LF, and with either tone placement in the open syllables
// oa, oe, uy ("hoà" / "hòa"). Everything downstream sees one canonical text: NFC, LF, and the tone on
// the first vowel of those syllables ("hòa", "khỏe", "thủy"), the form most Vietnamese outlets print.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
/** a, e and y (either case) with one of the TONES, in NFC */
const TONED_A_E = 'àáãảạÀÁÃẢẠèéẽẻẹÈÉẼẺẸ';
const TONED_Y = 'ỳýỹỷỵỲÝỸỶỴ';
const OPEN_SYLLABLE = new RegExp(`([oO])([aAeE])([${TONES}])(?!\\p{L}|\\p{M})|(?<![qQ])([uU])([yY])([${TONES}])(?!\\p{L}|\\p{M})`, 'gu');
/**
 * OPEN_SYLLABLE as seen in NFC text: o before an a/e carrying a tone, u (not after q) before a toned y,
 * no letter or mark after. On NFC text, rewriting these matches alone gives what the NFD round trip gives.
 */
const OPEN_SYLLABLE_NFC = new RegExp(`[oO][${TONED_A_E}](?![\\p{L}\\p{M}])|(?<![qQ])[uU][${TONED_Y}](?![\\p{L}\\p{M}])`, 'gu');
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
/** Any character the three replacements below (CR, INVISIBLES, SPACES) act on. */
const TO_REPLACE = /[\r\u00AD\u200B-\u200D\u2060\uFEFF\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
/**
 * Something for the per-line clean-up to do: a double space or a space ending a line. Once SPACES are
 * replaced and CR turned into LF, the only other white space left is one of \v \f \u2028 \u2029: any of
 * those sends the text through the clean-up too.
 */
const UNTIDY_LINE = / [ \n]| $|[\v\f\u2028\u2029]/;
/** Anything the steps below change in NFC text, in one pattern: most seeds have nothing, found in one scan. */
const TO_CHANGE = new RegExp([TO_REPLACE, OPEN_SYLLABLE_NFC, UNTIDY_LINE].map((re) => re.source).join('|'), 'u');

/**
 * Characters that are NFC in any company (no canonical composition joins two of them, none decomposes): LF, printable
 * ASCII, the Latin letters of Latin-1 and Latin Extended-A and -B, Latin Extended Additional (every Vietnamese letter),
 * general punctuation but for its spaces, invisibles and line separators. As a regex class body.
 */
export const ALWAYS_NFC = '\\n\\x20-\\x7E\\u00C0-\\u024F\\u1E00-\\u1EFF\\u2010-\\u2027\\u2030-\\u205E';
/**
 * What a text canonicalText leaves as it is may not hold: a character outside ALWAYS_NFC (so every character TO_REPLACE
 * finds, and VT, FF, U+2028, U+2029), a space before a space or a line end or ending the text, or what OPEN_SYLLABLE_NFC
 * finds, widened (o or u before a toned vowel, no ASCII letter after). One scan without the `u` flag: most seeds hold
 * none of it and need neither the NFC check nor TO_CHANGE.
 */
const MAY_CHANGE = new RegExp(`[^${ALWAYS_NFC}]| [ \\n]| $|[oO][${TONED_A_E}](?![A-Za-z])|[uU][${TONED_Y}](?![A-Za-z])`);

/** In NFD text, put each oa/oe/uy syllable's tone on its first vowel. */
function moveTones(nfd: string): string {
  return nfd.replace(OPEN_SYLLABLE, (_m, o, a, t1, u, y, t2) => (o ? o + t1 + a : u + t2 + y));
}

/** Canonical text: NFC, LF line ends, no invisible characters, single spaces, tone on the first vowel of oa/oe/uy. */
export function normalize(text: string): string {
  return MAY_CHANGE.test(text) ? canonicalText(text) : text;
}

/** normalize's work, on any text. */
export function canonicalText(text: string): string {
  if (text.normalize('NFC') === text && !TO_CHANGE.test(text)) return text;
  const plain = TO_REPLACE.test(text) ? text.replace(/\r\n?/g, '\n').replace(INVISIBLES, '').replace(SPACES, ' ') : text;
  // Text already in NFC (the usual case) needs only its old-style syllables moved, each on its own.
  const nfc =
    plain.normalize('NFC') === plain
      ? plain.replace(OPEN_SYLLABLE_NFC, (m) => moveTones(m.normalize('NFD')).normalize('NFC'))
      : moveTones(plain.normalize('NFD')).normalize('NFC');
  if (!UNTIDY_LINE.test(nfc)) return nfc;
  return nfc
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n');
}
