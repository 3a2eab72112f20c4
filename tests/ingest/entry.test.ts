// toEntry() and resolveYear(): the event date and its basis, the title, and the whole seed through ingestSeed.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/content.config.ts';
import type { DateMention } from '../../src/lib/ingest/dates.ts';
import { resolveYear } from '../../src/lib/ingest/entry.ts';
import { indexRegister, ingestSeed } from '../../src/lib/ingest/index.ts';

const PEOPLE: Person[] = [
  {
    slug: 'pham-van-an', name: 'Phạm Văn An', aliases: [], country: 'VN',
    offices: [{ title: 'Bộ trưởng Ngoại giao', en: 'Foreign Minister', from: '2016-04', to: '2021-04' }],
  },
  {
    slug: 'jane-roe', name: 'Jane Roe', aliases: [], country: 'US',
    offices: [{ title: 'Ngoại trưởng', en: 'Secretary of State', from: '2017-03', to: '2019-01' }],
  },
];
const register = indexRegister(PEOPLE);
const ingest = (lines: string[], options = {}) => ingestSeed('bai.txt', new TextEncoder().encode(lines.join('\n')), register, options);
const dm = (day: number, month: number, year?: number): DateMention => ({ day, month, year, index: 0, raw: `${day}/${month}` });

describe('resolveYear', () => {
  it.each([
    ['its own year wins', dm(15, 4, 2023), { year: 2026, month: 2, day: 20 }, [], { year: 2023, month: 4, day: 15 }],
    ['the header year', dm(20, 2), { year: 2026, month: 2, day: 20 }, [], { year: 2026, month: 2, day: 20 }],
    ['a year earlier: late December reported early in January', dm(30, 12), { year: 2026, month: 1, day: 2 }, [], { year: 2025, month: 12, day: 30 }],
    ['a year later: early January reported late in December', dm(5, 1), { year: 2023, month: 12, day: 28 }, [], { year: 2024, month: 1, day: 5 }],
    ['mid-year, a day before publication: the same year', dm(10, 6), { year: 2024, month: 6, day: 15 }, [], { year: 2024, month: 6, day: 10 }],
    ['mid-year, a day after publication: the same year', dm(15, 4), { year: 2024, month: 3, day: 5 }, [], { year: 2024, month: 4, day: 15 }],
    ['half a year either way: the earlier', dm(1, 1), { year: 2024, month: 7, day: 2 }, [], { year: 2024, month: 1, day: 1 }],
    ['just past half a year: the later', dm(1, 1), { year: 2024, month: 7, day: 3 }, [], { year: 2025, month: 1, day: 1 }],
    ['a year earlier against a month-only header', dm(28, 12), { year: 2025, month: 1 }, [], { year: 2024, month: 12, day: 28 }],
    ['a year later against a month-only header', dm(5, 1), { year: 2023, month: 12 }, [], { year: 2024, month: 1, day: 5 }],
    ['the same month of a month-only header', dm(24, 1), { year: 2025, month: 1 }, [], { year: 2025, month: 1, day: 24 }],
    ['a year-only header', dm(31, 12), { year: 2019 }, [], { year: 2019, month: 12, day: 31 }],
    ['a year-only header, early January', dm(1, 1), { year: 2019 }, [], { year: 2019, month: 1, day: 1 }],
    ['29 February nearest a publication in a year without one, as it is (an impossible date)', dm(29, 2), { year: 2025, month: 3, day: 5 }, [], { year: 2025, month: 2, day: 29 }],
    ['no header and no years', dm(3, 5), null, [], null],
    ['no header: the latest year the text names', dm(3, 5), null, [2015, 2022, 2019], { year: 2022, month: 5, day: 3 }],
  ])('%s', (_name, m, anchor, years, want) => {
    const got = resolveYear(m, anchor, years, []);
    expect(got && { ...got }).toEqual(want && { ...want });
  });

  it('prefers a year in which the participants held office', () => {
    const both = PEOPLE;
    // 2018: both in office; 2023 is later but neither held office then
    expect(resolveYear(dm(10, 7), null, [2018, 2023, 2010], both)).toEqual({ year: 2018, month: 7, day: 10 });
    // 2020: only Phạm Văn An in office, 2018 both: 2018 wins
    expect(resolveYear(dm(10, 7), null, [2020, 2018], both)).toEqual({ year: 2018, month: 7, day: 10 });
    // unknown participants do not filter
    expect(resolveYear(dm(10, 7), null, [2020, 2018], [undefined])).toEqual({ year: 2020, month: 7, day: 10 });
  });
});

const HEADER_TITLE = 'Bộ trưởng Phạm Văn An hội đàm với Ngoại trưởng Jane Roe';

describe('ingestSeed: the event date and its basis', () => {
  it.each([
    ['the header day when the body names no date', ['date 2018-07-11 ' + HEADER_TITLE, 'Bộ trưởng Ngoại giao Phạm Văn An đã hội đàm với Ngoại trưởng Hoa Kỳ Jane Roe tại Hà Nội.'], '2018-07-11', 'header'],
    ['the body day with the header year', ['date 2018-07-11 ' + HEADER_TITLE, 'Chiều 10/7, Bộ trưởng Ngoại giao Phạm Văn An đã hội đàm với Ngoại trưởng Hoa Kỳ Jane Roe tại Hà Nội.'], '2018-07-10', 'body'],
    ['the previous year across New Year', ['date 2019-01-02 ' + HEADER_TITLE, 'Tối 30/12, Bộ trưởng Ngoại giao Phạm Văn An đã điện đàm với Ngoại trưởng Hoa Kỳ Jane Roe.'], '2018-12-30', 'body'],
    ['a month-only header and a day in the lede', ['date 2018-07 Tối 24/7, Bộ trưởng Ngoại giao Phạm Văn An đã điện đàm với Ngoại trưởng Mỹ Jane Roe.'], '2018-07-24', 'body'],
    ['the body\'s full date without a header', ['Ngày 15 tháng 3 năm 2018, Bộ trưởng Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe tại Hà Nội.'], '2018-03-15', 'body'],
    [
      'the year from the text, filtered by office terms, without a header',
      ['Sáng 9/8, Bộ trưởng Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe.', 'Năm 2023 sẽ là năm kỷ niệm; hai nước đã ký hiệp định từ năm 2018.'],
      '2018-08-09',
      'body',
    ],
  ])('%s', (_name, lines, date, basis) => {
    const r = ingest(lines);
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({ date, dateBasis: basis, datePrecision: 'day' });
  });

  it('"cùng ngày" inherits the previous meeting\'s date', () => {
    const r = ingest([
      'date 2018-11-22 Lãnh đạo Việt Nam tiếp Thượng nghị sĩ Hoa Kỳ',
      'Sáng 21/11, Bộ trưởng Phạm Văn An tiếp Thượng nghị sĩ Hoa Kỳ Tammy Duckworth.',
      'Chiều cùng ngày, Chủ tịch Quốc hội Vũ Đức Hải tiếp Thượng nghị sĩ Tammy Duckworth.',
      'Sáng 22/11, Đại tướng Lương Văn Sơn tiếp Thượng nghị sĩ Tammy Duckworth.',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entry!.meetings.map((m) => [m.date, m.people[0]])).toEqual([
      ['2018-11-21', 'Phạm Văn An'],
      ['2018-11-21', 'Vũ Đức Hải'],
      ['2018-11-22', 'Lương Văn Sơn'],
    ]);
    expect(r.entry!.date).toBe('2018-11-21');
  });

  it('never puts the event after publication: a later day-month goes to the previous year', () => {
    const r = ingest(['date 2019-03-01 ' + HEADER_TITLE, 'Ngày 28/12, Bộ trưởng Phạm Văn An đã hội đàm với Ngoại trưởng Jane Roe.']);
    expect(r.entry!.date).toBe('2018-12-28');
    expect(r.entry!.date <= r.entry!.published!).toBe(true);
  });

  it('warns when an explicit date is after publication', () => {
    const r = ingest(['date 2018-03-01 ' + HEADER_TITLE, 'Ngày 5/3/2018, Bộ trưởng Phạm Văn An đã hội đàm với Ngoại trưởng Jane Roe.']);
    expect(r.entry!.date).toBe('2018-03-05');
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/is after the publication date 2018-03-01/));
  });

  it('refuses an event date after today', () => {
    const r = ingest(['Ngày 5/3/2031, Bộ trưởng Phạm Văn An đã hội đàm với Ngoại trưởng Jane Roe.'], { today: '2026-01-01' });
    expect(r.entry).toBeNull();
    expect(r.errors).toMatchObject([{ line: 1, message: 'event date 2031-03-05 is in the future' }]);
  });

  it('reports an impossible date as a warning on its line and does not use it', () => {
    const r = ingest(['date 2018-07-11 ' + HEADER_TITLE, 'Ngày 31/6, Bộ trưởng Phạm Văn An đã hội đàm với Ngoại trưởng Jane Roe.']);
    expect(r.entry!.date).toBe('2018-07-11');
    expect(r.warnings).toMatchObject([{ line: 2, message: 'impossible date "Ngày 31/6" ignored' }]);
  });

  it.each([
    ['no date at all', ['Bộ trưởng Phạm Văn An đã hội đàm với Ngoại trưởng Jane Roe.'], 1, 'no event date found'],
    ['a day-month without any year', ['Quan hệ hai nước phát triển tốt.', 'Sáng 9/8, Bộ trưởng Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe.'], 2, 'no year for the event date "Sáng 9/8"'],
  ])('errors when there is %s, naming the line', (_name, lines, line, message) => {
    const r = ingest(lines);
    expect(r.entry).toBeNull();
    expect(r.errors).toMatchObject([{ file: 'bai.txt', line, message }]);
  });
});

describe('ingestSeed: title, people and place', () => {
  it('composes a title from the meeting clause when the seed has none, never from the date line', () => {
    const r = ingest(['date 2018-07 Tối 24/7, tại Hà Nội, Bộ trưởng Ngoại giao Phạm Văn An đã điện đàm với Ngoại trưởng Mỹ Jane Roe.', 'Hai bên trao đổi về hợp tác.']);
    expect(r.entry!.title).toBe('Bộ trưởng Ngoại giao Phạm Văn An điện đàm với Ngoại trưởng Mỹ Jane Roe');
    expect(r.entry!.title).not.toMatch(/^date|\d/);
    expect(r.entry!.slug).toBe('bo-truong-ngoai-giao-pham-van-an-dien-dam-voi-ngoai-truong-my-jane-roe');
  });

  it.each([
    ['Sáng 9.8 Bộ trưởng Ngoại giao Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe tại Hà Nội'],
    ['Tối qua Bộ trưởng Ngoại giao Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe tại Hà Nội'],
    ['Chiều thứ Năm (9/8) Bộ trưởng Ngoại giao Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe tại Hà Nội'],
  ])('composes a title without the date phrase opening the meeting clause: %s', (lede) => {
    for (const form of ['NFC', 'NFD'] as const) {
      const r = ingest([`date 2018-08-10 ${lede}`.normalize(form), 'Hai bên trao đổi về hợp tác.']);
      expect(r.entry!.title).toBe('Bộ trưởng Ngoại giao Phạm Văn An tiếp Ngoại trưởng Hoa Kỳ Jane Roe');
    }
  });

  it('composes a title from the lede\'s first sentence when there is no meeting', () => {
    const r = ingest(['date 2018-05-02 Ngày 2/5/2018, Đại sứ quán Hoa Kỳ tổ chức lễ kỷ niệm tại Hà Nội. Nhiều khách mời tham dự.']);
    expect(r.entry!.title).toBe('Ngày 2/5/2018, Đại sứ quán Hoa Kỳ tổ chức lễ kỷ niệm tại Hà Nội');
    expect(r.entry!.meetingType).toBe('khác');
  });

  it('keeps the seed\'s own title, participants, mentions and place', () => {
    const r = ingest([
      'Trang chủ › Thời sự',
      HEADER_TITLE,
      'Thứ Tư, 11/07/2018 09:30 (GMT+7)',
      '(TG&VN) - Sáng 11/7, tại Nhà khách Chính phủ, Bộ trưởng Ngoại giao Phạm Văn An đã hội đàm với Ngoại trưởng Hoa Kỳ Jane Roe.',
      'Hai bên chuyển lời thăm hỏi tới Tổng thống Hoa Kỳ John Doe.',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({
      title: HEADER_TITLE,
      date: '2018-07-11',
      published: '2018-07-11 09:30',
      meetingType: 'hội đàm',
      people: ['Phạm Văn An', 'Jane Roe'],
      mentioned: ['John Doe'],
      location: 'Hà Nội',
      country: 'VN',
      outlet: 'Thế giới & Việt Nam',
    });
    expect(r.entry!.lede).toMatch(/^Sáng 11\/7/);
    expect(r.unregistered).toEqual(['John Doe']);
  });

  it('gives a phone call no place', () => {
    const r = ingest(['date 2018-07-11 Điện đàm', 'Tại Hà Nội, Bộ trưởng Phạm Văn An điện đàm với Ngoại trưởng Jane Roe.']);
    expect(r.entry).toMatchObject({ meetingType: 'điện đàm', location: null, country: null });
    expect(r.entry!.meetings[0]!.place).toBeNull();
  });

  it('reports an empty article', () => {
    expect(ingest(['', '  ', '']).errors).toMatchObject([{ line: 1, message: 'empty article' }]);
    expect(ingest(['date 2018-07-11', 'Trang chủ › Thời sự']).errors).toMatchObject([{ line: 1, message: 'empty article' }]);
  });
});
