// normalize(): one canonical text whatever the seed's Unicode form, line ends, spaces and tone placement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALWAYS_NFC, canonicalText, normalize } from '../../src/lib/ingest/normalize.ts';

const nfd = (s: string) => s.normalize('NFD');

describe('normalize', () => {
  describe.each([
    'Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Thượng nghị sĩ Hoa Kỳ Jon Ossoff tại Nhà Quốc hội.',
    'Sáng 12/9, Phó Thủ tướng Trần Lưu Quang làm việc với đoàn doanh nghiệp Mỹ ở Đà Nẵng.',
    'Đại sứ Nguyễn Quốc Dũng trình Quốc thư lên Tổng thống Hoa Kỳ.',
  ])('NFC and NFD give the same text: %s', (text) => {
    it('is NFC and identical from either form', () => {
      expect(normalize(nfd(text))).toBe(normalize(text));
      expect(normalize(nfd(text))).toBe(normalize(text).normalize('NFC'));
      expect(normalize(text).normalize('NFC')).toBe(normalize(text));
    });
  });

  it.each([
    ['CRLF', 'Dòng một\r\nDòng hai\r\n', 'Dòng một\nDòng hai\n'],
    ['CR alone', 'Dòng một\rDòng hai', 'Dòng một\nDòng hai'],
    ['mixed', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['blank CRLF lines kept as blank lines', 'a\r\n\r\nb', 'a\n\nb'],
  ])('line ends: %s', (_name, input, want) => {
    expect(normalize(input)).toBe(want);
  });

  it.each([
    // both placements end as the tone on the first vowel of an open oa/oe/uy syllable
    ['hoà bình', 'hòa bình'],
    ['hòa bình', 'hòa bình'],
    ['sức khoẻ', 'sức khỏe'],
    ['sức khỏe', 'sức khỏe'],
    ['thuỷ sản', 'thủy sản'],
    ['thủy sản', 'thủy sản'],
    ['Hoà Bình', 'Hòa Bình'],
    ['THUỶ', 'THỦY'],
    ['hoạ sĩ', 'họa sĩ'],
    ['loè loẹt', 'lòe loẹt'],
    ['suý soát', 'súy soát'],
    // a final consonant makes the syllable closed: the tone stays on the second vowel
    ['Hoàng Trung Hải', 'Hoàng Trung Hải'],
    ['toàn diện', 'toàn diện'],
    ['khoảng', 'khoảng'],
    ['thuyền', 'thuyền'],
    ['chuyển', 'chuyển'],
    // after q the u is part of the consonant: "quý" is never rewritten
    ['quý khách', 'quý khách'],
    ['Quỳnh', 'Quỳnh'],
    ['quỹ', 'quỹ'],
  ])('tone placement: %s → %s', (input, want) => {
    expect(normalize(input)).toBe(want);
    expect(normalize(nfd(input))).toBe(want);
  });

  it.each([
    ['NBSP', 'Bộ\u00A0trưởng\u00A0Ngoại giao', 'Bộ trưởng Ngoại giao'],
    ['narrow NBSP', '15/4\u202F2023', '15/4 2023'],
    ['zero-width space', 'Hoa\u200BKỳ', 'HoaKỳ'],
    ['zero-width joiner and non-joiner', 'Việt\u200C Nam\u200D', 'Việt Nam'],
    ['word joiner and BOM inside the text', '\uFEFFĐà\u2060 Nẵng', 'Đà Nẵng'],
    ['soft hyphen', 'Wa\u00ADshing\u00ADton', 'Washington'],
    ['tabs and runs of spaces', 'Hà\t\tNội   ngày  15/4', 'Hà Nội ngày 15/4'],
    ['trailing spaces', 'Đà Nẵng  \nHải Phòng\u00A0', 'Đà Nẵng\nHải Phòng'],
  ])('invisible and odd spaces: %s', (_name, input, want) => {
    expect(normalize(input)).toBe(want);
  });

  it.each([
    ['old-style syllable before a combining mark', 'hoà\u0302 hoà\u0323x'],
    ['old-style syllable before a letter', 'hoàx oé1 Hoà-Bình'],
    ['old-style syllable at the ends of the text', 'oà uý'],
    ['u after q and after other letters', 'Quý quỷ Thuỷ uỵ'],
    ['vowels carrying another mark', 'oặ oệ uỹ\u0306'],
  ])('NFC input gives what its NFD form gives: %s', (_name, text) => {
    expect(normalize(text.normalize('NFC'))).toBe(normalize(nfd(text)));
  });

  it('is idempotent', () => {
    const text = 'Thủ tướng Phạm Minh Chính\u00A0tiếp  Đại sứ Hoa Kỳ\r\nMarc Knapper; hoà bình, khoẻ, thuỷ.';
    expect(normalize(normalize(text))).toBe(normalize(text));
  });
});

describe('the quick check for text already canonical', () => {
  it('ALWAYS_NFC: each character and each pair of them is NFC', () => {
    const always = new RegExp(`[${ALWAYS_NFC}]`);
    const chars: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (always.test(String.fromCharCode(c))) chars.push(String.fromCharCode(c));
    expect(chars.length).toBeGreaterThan(800);
    const bad: string[] = [];
    for (const a of chars) {
      if (a.normalize('NFC') !== a || a.normalize('NFD').normalize('NFC') !== a) bad.push(a);
      for (const b of chars) if ((a + b).normalize('NFC') !== a + b) bad.push(a + b);
    }
    expect(bad).toEqual([]);
  });

  it('normalize gives what canonicalText gives, for any text', () => {
    const pool = [...'aAoOuUyYqQeE nđ.\n\r\t\v\f', 'à', 'ạ', 'ẻ', 'ỳ', 'Ỵ', 'ý', '\u0300', '\u0301', '\u0323', '\u00a0', '\u00ad', '\u200b', '\u2003', '\u2028', '\u202f', '\ufeff', '\u3000', '–', '…', '«', 'ﬁ', 'Ω', '\u212b', '가', '\u1100\u1161', '\u{1d400}', '\u{1f600}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normalize(text)).toBe(canonicalText(text));
      }),
      { numRuns: 20000 },
    );
  });
});
