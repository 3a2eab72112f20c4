import iconv from 'iconv-lite';
import type { Problem } from './problem.ts';

/** What decoding made of a seed's bytes: text (with warnings), or a located problem. */
export type Decoded = { ok: true; text: string; warnings: Problem[] } | { ok: false; problem: Problem };

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or .docx/.xlsx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Decode a seed file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1258 when plausible. */
export function decode(bytes: Uint8Array, file: string): Decoded {
  const startsWith = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (startsWith([0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), file);
  if (startsWith([0xff, 0xfe])) return utf16(bytes.subarray(2), 'utf-16le', file);
  if (startsWith([0xfe, 0xff])) return utf16(bytes.subarray(2), 'utf-16be', file);
  const kind = MAGIC.find(([, sig]) => startsWith(sig));
  if (kind || hasNul(bytes.subarray(0, 8192))) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        message: `not a text file (looks like ${kind ? kind[0] : 'binary data'})`,
        hint: 'seeds must be plain-text articles; remove this file or replace it with the article text',
      },
    };
  }
  return utf8(bytes, file);
}

/** True when the bytes hold a 0 (a Buffer view's indexOf searches with memchr, several times faster than includes). */
function hasNul(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0;
}

function utf8(bytes: Uint8Array, file: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countLines(bytes, bad);
    if (!mostlyUtf8(bytes)) {
      const legacy = iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC');
      if (looksVietnamese(legacy)) {
        return {
          ok: true,
          text: legacy,
          warnings: [
            {
              file,
              line,
              message: 'not UTF-8: decoded as Windows-1258 (legacy Vietnamese encoding)',
              hint: 'check the published text; re-save the seed as UTF-8 to silence this warning',
            },
          ],
        };
      }
    }
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `invalid UTF-8 at byte offset ${bad}`,
        hint: 'the file is damaged or in an unknown encoding; re-save it as UTF-8',
      },
    };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      ok: false,
      problem: { file, line: 1, message: `invalid ${encoding.toUpperCase()} text`, hint: 're-save the seed as UTF-8' },
    };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** True when most non-ASCII bytes form valid UTF-8 sequences: damaged UTF-8 rather than a legacy encoding. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let high = 0;
  let valid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    high += ok ? need + 1 : 1;
    if (ok) valid += need + 1;
    i += ok ? need + 1 : 1;
  }
  return valid > high / 2;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Plausible Vietnamese: a good share of its words carry Vietnamese letters or tone marks. */
function looksVietnamese(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const marked = words.filter((w) => /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0323]/u.test(w.normalize('NFD'))).length;
  const junk = (text.match(/[\u0080-\u009F\uFFFD]/g) ?? []).length;
  return marked / words.length > 0.2 && junk === 0;
}
