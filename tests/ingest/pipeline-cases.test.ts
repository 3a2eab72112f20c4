// Whole-pipeline cases (ingestSeed on small articles) for rules that span modules: year resolution,
// "cùng ngày", places of US ministries, one-word aliases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexRegister, ingestSeed, parseRegister } from '../../src/lib/ingest/index.ts';

const register = indexRegister(parseRegister(readFileSync(join(import.meta.dirname, '../../src/data/people.yaml'), 'utf8')));
const ingest = (text: string) => ingestSeed('case.txt', new TextEncoder().encode(text), register, { today: '2026-11-23' });

describe('dates across the pipeline', () => {
  it('never publishes 29 February of a year that has none; says which line', () => {
    const r = ingest('date 2025-03-05\nTiêu đề bài viết về cuộc gặp\n\nChiều 29/2, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Hoa Kỳ Marc Knapper.\n');
    expect(r.entry?.date).not.toBe('2025-02-29');
    expect(r.warnings.some((w) => w.line === 4 && /impossible date "Chiều 29\/2" in 2025/.test(w.message))).toBe(true);
  });

  it('keeps 29 February of a leap year', () => {
    const r = ingest('date 2024-03-05\nTiêu đề bài viết về cuộc gặp\n\nChiều 29/2, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Hoa Kỳ Marc Knapper.\n');
    expect(r.entry?.date).toBe('2024-02-29');
  });

  it('does not take a plan’s target year ("năm 2030") as the event year', () => {
    const r = ingest(
      'Hai bên hướng tới mục tiêu mới\n\nChiều 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken, trong năm 2024.\n\nHai bên đặt mục tiêu thương mại 200 tỷ USD vào năm 2030.\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.entry?.date).toBe('2024-03-12');
  });

  it.each([
    ['Ngày 10-11/9/2023, Tổng thống Hoa Kỳ Joe Biden thăm cấp Nhà nước Việt Nam theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.', '2023-09-10'],
    ['Trong chuyến thăm từ ngày 10 đến ngày 11/9/2023, chiều 10/9 Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden.', '2023-09-10'],
    ['Trong chuyến thăm từ ngày 9 đến ngày 11/9/2023, sáng 11/9 Chủ tịch nước Võ Văn Thưởng đã tiếp Tổng thống Hoa Kỳ Joe Biden.', '2023-09-11'],
  ])('a range of days dates an event by its first day, unless the sentence names the meeting\'s own: %s', (sentence, date) => {
    const r = ingest(`Chuyến thăm cấp Nhà nước\n\n${sentence}\n`);
    expect(r.errors).toEqual([]);
    expect(r.entry?.date).toBe(date);
  });

  it('"cùng ngày" in the same paragraph takes the day named just before it', () => {
    const r = ingest(
      'date 2026-04-20\nChuyến thăm của Ngoại trưởng Hoa Kỳ\n\nNgày 16/4, Ngoại trưởng Hoa Kỳ Marco Rubio tới Hà Nội. Cùng ngày, Thủ tướng Phạm Minh Chính đã tiếp Ngoại trưởng Hoa Kỳ Marco Rubio.\n',
    );
    expect(r.entry?.date).toBe('2026-04-16');
    expect(r.entry?.dateBasis).toBe('body');
  });
});

describe('places and people across the pipeline', () => {
  it.each([
    ['tại trụ sở Bộ Ngoại giao Mỹ', 'Washington, D.C.', 'US'],
    ['tại Trụ sở Bộ Quốc phòng Hoa Kỳ', 'Washington, D.C.', 'US'],
    ['tại trụ sở Bộ Ngoại giao', 'Hà Nội', 'VN'],
  ])('"%s" is in %s', (where, place, country) => {
    const r = ingest(`date 2024-05-10\nHội đàm\n\nChiều 9/5, ${where}, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n`);
    expect(r.entry?.location).toBe(place);
    expect(r.entry?.country).toBe(country);
  });

  it('"tiếp đón" is a reception', () => {
    const r = ingest('date 2023-09-11\nĐón Tổng thống\n\nChiều 10/9, Chủ tịch nước Võ Văn Thưởng đã tiếp đón Tổng thống Hoa Kỳ Joe Biden.\n');
    expect(r.entry?.meetingType).toBe('tiếp');
    expect(r.entry?.people).toEqual(['Võ Văn Thưởng', 'Joe Biden']);
  });

  it('a one-word alias counts after a title only; "Jr." is someone else', () => {
    const r = ingest(
      'date 2024-10-01\nDự án sân golf\n\nNgày 30/9, Tập đoàn Trump công bố dự án. Ông Donald Trump Jr. có mặt. Tổng thống Biden không bình luận.\n',
    );
    expect(r.entry?.mentioned).toContain('Joe Biden');
    expect(r.entry?.mentioned).not.toContain('Donald Trump');
  });
});
