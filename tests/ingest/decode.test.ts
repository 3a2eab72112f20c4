// decode(): the encodings seeds arrive in, and the located problems for files that are not text.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8 } from '../../src/lib/ingest/decode.ts';

const TEXT = 'Sáng 9/10, Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội.\nHai bên nhất trí thúc đẩy hợp tác.';
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
/**
 * Windows-1258 as legacy Vietnamese software wrote it: letters with circumflex, breve or horn are single
 * bytes, tone marks are separate combining bytes (the code page has no "ủ", only "u" + hook).
 */
const cp1258 = (s: string) =>
  new Uint8Array(
    iconv.encode(
      s.normalize('NFD').replace(/(\p{L})(\p{M}*)/gu, (_m, base: string, marks: string) => {
        const tone = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
        return (base + marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')).normalize('NFC') + tone;
      }),
      'windows-1258',
    ),
  );
const utf16 = (s: string, order: 'le' | 'be') => {
  const le = Buffer.from(s, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
};

describe('decode', () => {
  it.each([
    ['UTF-8 without BOM', utf8(TEXT)],
    ['UTF-8 with BOM', cat([0xef, 0xbb, 0xbf], utf8(TEXT))],
    ['UTF-16 LE with BOM', cat([0xff, 0xfe], utf16(TEXT, 'le'))],
    ['UTF-16 BE with BOM', cat([0xfe, 0xff], utf16(TEXT, 'be'))],
    ['UTF-8 of NFD text', utf8(TEXT.normalize('NFD'))],
  ])('%s → the text, no warnings', (_name, bytes) => {
    const d = decode(bytes, 'a.txt');
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.text.normalize('NFC')).toBe(TEXT);
    expect(d.text.startsWith('\uFEFF')).toBe(false);
    expect(d.warnings).toEqual([]);
  });

  it.each([
    ['a PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], /not a text file \(looks like a PNG image\)/],
    ['a JPEG header', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], /not a text file \(looks like a JPEG image\)/],
    ['a PDF header', [...utf8('%PDF-1.7\n')], /not a text file \(looks like a PDF document\)/],
    ['a ZIP (docx) header', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], /not a text file \(looks like a ZIP/],
    ['NUL bytes', [...utf8('Hà Nội'), 0, 0, 0, ...utf8('abc')], /not a text file \(looks like binary data\)/],
  ])('%s → "not a text file" on line 1', (_name, bytes, message) => {
    const d = decode(Uint8Array.from(bytes), 'anh.txt');
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.problem).toMatchObject({ file: 'anh.txt', line: 1 });
    expect(d.problem.message).toMatch(message);
    expect(d.problem.hint).toBeTruthy();
  });

  describe.each([
    { name: 'a stray continuation byte', bad: [0x80] },
    { name: 'a truncated 3-byte sequence', bad: [0xe1, 0xba] },
    { name: 'an overlong lead byte', bad: [0xc0, 0xaf] },
    { name: 'a byte that never starts UTF-8', bad: [0xff] },
  ])('invalid UTF-8 in the middle: $name', ({ bad }) => {
    const before = utf8('date 2024-09-10 Hội đàm\n\nThứ Ba, 10/09/2024\nChủ tịch nước Tô Lâm hội đàm với Tổng thống Joe Biden, ');
    const after = utf8(' tại Phủ Chủ tịch.\nHai bên ra Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện.\n');
    const bytes = cat(before, bad, after);

    it('is an error naming the line and the byte offset', () => {
      const d = decode(bytes, 'hong.txt');
      expect(d.ok).toBe(false);
      if (d.ok) return;
      expect(d.problem.file).toBe('hong.txt');
      expect(d.problem.line).toBe(4);
      expect(d.problem.message).toBe(`invalid UTF-8 at byte offset ${before.length}`);
      expect(firstInvalidUtf8(bytes)).toBe(before.length);
    });
  });

  it('finds no invalid byte in valid UTF-8', () => {
    const bytes = utf8(TEXT);
    expect(firstInvalidUtf8(bytes)).toBe(bytes.length);
  });

  describe.each([
    'Chiều 25/7, Bộ trưởng Quốc phòng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Hoa Kỳ tại Hà Nội.\nHai bên trao đổi về hợp tác khắc phục hậu quả chiến tranh và tìm kiếm quân nhân mất tích.',
    'Thủ tướng Nguyễn Xuân Phúc gặp Tổng thống Donald Trump tại Nhà Trắng.\nHai nhà lãnh đạo hoan nghênh những bước tiến trong quan hệ đối tác toàn diện.\nXem nhiều',
  ])('Windows-1258 bytes: %s', (text) => {
    const bytes = cp1258(text);

    it('are not UTF-8 and lose nothing (the test really uses the legacy encoding)', () => {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
      expect(iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC')).toBe(text);
    });
    it('decode to the text with a located warning', () => {
      const d = decode(bytes, 'cu.txt');
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.text.normalize('NFC')).toBe(text);
      expect(d.warnings).toHaveLength(1);
      expect(d.warnings[0]).toMatchObject({ file: 'cu.txt', line: 1 });
      expect(d.warnings[0]!.message).toMatch(/Windows-1258/);
    });
  });

  it('keeps English-only Latin-1 bytes an error rather than guessing Vietnamese', () => {
    const d = decode(Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' au lait in the White House')]), 'en.txt');
    expect(d.ok).toBe(false);
  });

  it.each([
    ['UTF-16 LE with an unpaired surrogate', cat([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00])],
  ])('%s → an error on line 1', (_name, bytes) => {
    const d = decode(bytes, 'u16.txt');
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.problem.line).toBe(1);
    expect(d.problem.message).toMatch(/invalid UTF-16LE/);
  });
});
