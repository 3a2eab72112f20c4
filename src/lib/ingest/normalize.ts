// Seeds arrive in NFC or NFD, with CRLF or LF, and with either tone placement in the open syllables
// oa, oe, uy ("hoà" / "hòa"). Everything downstream sees one canonical text: NFC, LF, and the tone on
// the first vowel of those syllables ("hòa", "khỏe", "thủy"), the form most Vietnamese outlets print.
const TONES = '\u0300\u0301\u0303\u0309\u0323';
const OPEN_SYLLABLE = new RegExp(`([oO])([aAeE])([${TONES}])(?!\\p{L}|\\p{M})|(?<![qQ])([uU])([yY])([${TONES}])(?!\\p{L}|\\p{M})`, 'gu');
/**
 * OPEN_SYLLABLE as seen in NFC text: o before an a/e carrying a tone, u (not after q) before a toned y,
 * no letter or mark after. On NFC text, rewriting these matches alone gives what the NFD round trip gives.
 */
const OPEN_SYLLABLE_NFC = /[oO][àáãảạÀÁÃẢẠèéẽẻẹÈÉẼẺẸ](?![\p{L}\p{M}])|(?<![qQ])[uU][ỳýỹỷỵỲÝỸỶỴ](?![\p{L}\p{M}])/gu;
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

/** In NFD text, put each oa/oe/uy syllable's tone on its first vowel. */
function moveTones(nfd: string): string {
  return nfd.replace(OPEN_SYLLABLE, (_m, o, a, t1, u, y, t2) => (o ? o + t1 + a : u + t2 + y));
}

/** Canonical text: NFC, LF line ends, no invisible characters, single spaces, tone on the first vowel of oa/oe/uy. */
export function normalize(text: string): string {
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
