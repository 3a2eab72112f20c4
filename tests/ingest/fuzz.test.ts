// Property tests over the whole ingest pipeline: whatever bytes or text an editor drops in seeds/,
// ingestSeed returns a schema-valid entry or located errors, never throws, never hangs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema, type Person } from '../../src/content.config.ts';
import { indexRegister, ingestSeed, parseRegister, type SeedResult } from '../../src/lib/ingest/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const people: Person[] = parseRegister(readFileSync(join(ROOT, 'src/data/people.yaml'), 'utf8'));
const register = indexRegister(people);
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seedTexts = seeds.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const SEED = 20261123;
const encode = (s: string) => new TextEncoder().encode(s);

/** The contract every result keeps: a valid entry and no errors, or no entry and located errors. */
function checkResult(r: SeedResult, lineCount: number) {
  if (r.entry) {
    expect(r.errors).toEqual([]);
    expect(articleSchema.safeParse(r.entry).success).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.file).toBe('fuzz.txt');
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.line).toBeLessThanOrEqual(Math.max(1, lineCount));
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
}

/** Vietnamese-news-shaped lines: headers, dates, titles, people, verbs, junk. */
const vnLine = fc.oneof(
  fc.constantFrom(
    'date 2026-02-20 Thứ Sáu, 20/02/2026', 'date 2025-01', 'Trang chủ Tiêu điểm', '20/02/2026, 11:55', 'Xem nhiều', 'Đọc thêm',
    'Phiên bản di động', 'hội đàm', 'Theo dõi Baoquocte.vn trên', '---', 'date: 2024-13-45', '{{ title }}', '<script>alert(1)</script>',
    'Chiều cùng ngày, Đại tướng Phan Văn Giang đã tiếp Trợ lý Ngoại trưởng Hoa Kỳ Michael DeSombre.',
    'Sáng 31/2, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken tại Hà Nội.',
    'Tổng Bí thư Tô Lâm gặp Tổng thống Hoa Kỳ Donald Trump. Ảnh: TTXVN',
  ),
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom('Tô', 'Lâm', 'hội', 'đàm', 'với', 'tiếp', 'ngày', '15/4', '13-2', 'năm', '2023', 'Ngoại', 'trưởng', 'Hoa', 'Kỳ', 'Mỹ', ',', '.', 'Đại', 'sứ', 'ông'), { maxLength: 40 }).map((w) => w.join(' ')),
);

describe('ingest never throws and always answers with an entry or located errors', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = ingestSeed('fuzz.txt', bytes, register);
        checkResult(r, new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length + 1);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => {
        checkResult(ingestSeed('fuzz.txt', encode(text), register), text.split(/\r\n|\r|\n/).length + 1);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('on news-shaped articles assembled from real seed lines and junk', () => {
    const seedLines = seedTexts.flatMap((t) => t.split('\n'));
    const line = fc.oneof(vnLine, fc.constantFrom(...seedLines));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        checkResult(ingestSeed('fuzz.txt', encode(text), register), lines.length + 1);
      }),
      { seed: SEED, numRuns: 4000 },
    );
  });

  it('on real seeds with lines dropped, duplicated or shuffled', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seedTexts.length - 1 }), fc.array(fc.nat(), { maxLength: 20 }), (i, cuts) => {
        const lines = seedTexts[i]!.split('\n');
        for (const c of cuts) {
          const k = c % lines.length;
          if (c % 3 === 0) lines.splice(k, 1);
          else if (c % 3 === 1) lines.splice(k, 0, lines[k]!);
          else [lines[0], lines[k]] = [lines[k]!, lines[0]!];
        }
        checkResult(ingestSeed('fuzz.txt', encode(lines.join('\n')), register), lines.length + 1);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('no catastrophic backtracking on long pathological lines', () => {
  it.each([
    ['a 200 KB line of one letter', 'a'.repeat(200_000)],
    ['a 200 KB line of capitalised words', 'Ông Nguyễn '.repeat(20_000)],
    ['a 200 KB line of digits and separators', '1/2-3/'.repeat(35_000)],
    ['a 200 KB line of titles', 'Ngoại trưởng Hoa Kỳ '.repeat(10_000)],
    ['a 200 KB line of meeting verbs', 'đã hội đàm với tiếp gặp '.repeat(8_000)],
    ['200 KB of dots and spaces', '. '.repeat(100_000)],
    ['a 200 KB header line', 'date 2026-02-20 ' + 'x '.repeat(100_000)],
  ])('%s is parsed (returns a result)', (_name, text) => {
    // A hang would hit the test timeout; the work must finish with a result either way.
    const r = ingestSeed('fuzz.txt', encode(text), register);
    expect(r.entry !== null || r.errors.length > 0).toBe(true);
  });
});

describe('idempotence: ingesting an entry’s own output keeps title, date and people', () => {
  it.each(seeds)('%s', (file) => {
    const first = ingestSeed(file, new Uint8Array(readFileSync(join(ROOT, 'seeds', file))), register);
    expect(first.entry).not.toBeNull();
    const e = first.entry!;
    // Re-ingest the rendered article as a seed: the date line, the title, then the Markdown body.
    const again = ingestSeed(file, encode(`date ${e.published?.slice(0, 10) ?? e.date}\n${e.title}\n\n${first.body}`), register);
    expect(again.errors).toEqual([]);
    expect(again.entry!.title).toBe(e.title);
    expect(again.entry!.date).toBe(e.date);
    expect([...again.entry!.people].sort()).toEqual([...e.people].sort());
  });
});
