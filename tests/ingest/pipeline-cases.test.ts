// Whole-pipeline cases (ingestSeed on small articles) for rules that span modules: year resolution,
// "cùng ngày", places of US ministries, one-word aliases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexRegister, ingestSeed, parseRegister } from '../../src/lib/ingest/index.ts';

const register = indexRegister(parseRegister(readFileSync(join(import.meta.dirname, '../../src/data/people.yaml'), 'utf8')));
const ingest = (text: string) => ingestSeed('case.txt', new TextEncoder().encode(text), register, { today: '2026-11-23' });
/** The seed's text written in NFC and in NFD. */
const forms = (text: string) => [
  ['NFC', text],
  ['NFD', text.normalize('NFD')],
] as const;

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

  const talks = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken';
  it.each([
    ['an upcoming day early next year, reported in late December', 'date 2023-12-28', `Ngày 5/1 tới, ${talks}.`, '2024-01-05', true],
    ['a day late last year, reported in early January', 'date 2024-01-03', `Chiều 28/12, ${talks}.`, '2023-12-28', false],
    ['a day late last year, reported in a January known to the month', 'date 2024-01', `Chiều 28/12, ${talks}.`, '2023-12-28', false],
    ['a day mid-year, reported days later', 'date 2024-06-15', `Chiều 10/6, ${talks}.`, '2024-06-10', false],
    ['a day from a timestamp line\'s year', '03/01/2024 08:15', `Chiều 28/12, ${talks}.`, '2023-12-28', false],
  ])('a day-month without a year takes the year nearest the publication: %s', (_name, header, lede, date, after) => {
    for (const [form, text] of forms(`${header}\nHội đàm\n\n${lede}\n`)) {
      const r = ingest(text);
      expect(r.errors, form).toEqual([]);
      expect(r.entry, form).toMatchObject({ date, dateBasis: 'body', meetings: [{ date }] });
      expect(r.warnings.some((w) => /is after the publication date/.test(w.message)), form).toBe(after);
    }
  });

  // ingest() runs as on 2026-11-23.
  it.each([
    ['announced by a report published before today', 'date 2026-11-20', `Ngày 5/1 tới, ${talks}.`, '2027-01-05'],
    ['announced by a report published today, with its year', '23/11/2026 09:30', `Ngày 10/3/2027, ${talks}.`, '2027-03-10'],
  ])('publishes a meeting still to come when a report published by today announces it: %s', (_name, header, lede, date) => {
    for (const [form, text] of forms(`${header}\nHội đàm sắp tới\n\n${lede}\n`)) {
      const r = ingest(text);
      expect(r.errors, form).toEqual([]);
      expect(r.entry?.date, form).toBe(date);
      expect(r.warnings.some((w) => /is after the publication date/.test(w.message)), form).toBe(true);
    }
  });

  it.each([
    ['more than a year after its report', 'date 2026-11-20', `Ngày 15/4/2099, ${talks}.`, '2099-04-15'],
    ['with no publication date to announce it', '', `Ngày 10/3/2027, ${talks}.`, '2027-03-10'],
    ['in a report dated after today', 'date 2026-12-20', `Ngày 5/1 tới, ${talks}.`, '2027-01-05'],
    ['in a report known only to the month', 'date 2026-11', `Ngày 10/3/2027, ${talks}.`, '2027-03-10'],
  ])('refuses an event date after today otherwise: %s', (_name, header, lede, date) => {
    const r = ingest(`${header ? `${header}\n` : ''}Hội đàm sắp tới\n\n${lede}\n`);
    expect(r.entry).toBeNull();
    expect(r.errors.map((e) => e.message)).toEqual([`event date ${date} is in the future`]);
  });

  it('does not take a plan’s target year ("năm 2030") as the event year', () => {
    const r = ingest(
      'Hai bên hướng tới mục tiêu mới\n\nChiều 12/3, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken, trong năm 2024.\n\nHai bên đặt mục tiêu thương mại 200 tỷ USD vào năm 2030.\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.entry?.date).toBe('2024-03-12');
  });

  it.each([
    ['Ngày 10-11/9/2023, Tổng thống Hoa Kỳ Joe Biden thăm cấp Nhà nước Việt Nam theo lời mời của Tổng Bí thư Nguyễn Phú Trọng.', '2023-09-10', '2023-09-11', []],
    ['Từ ngày 30/6-2/7/2024, Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm Hoa Kỳ và hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.', '2024-06-30', '2024-07-02', [['2024-06-30', '2024-07-02']]],
    ['Trong chuyến thăm từ ngày 10 đến ngày 11/9/2023, chiều 10/9 Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden.', '2023-09-10', null, [['2023-09-10', null]]],
    ['Trong chuyến thăm từ ngày 9 đến ngày 11/9/2023, sáng 11/9 Chủ tịch nước Võ Văn Thưởng đã tiếp Tổng thống Hoa Kỳ Joe Biden.', '2023-09-11', null, [['2023-09-11', null]]],
  ])('a range of days dates an event by its first day, its last in dateEnd, unless the sentence names the meeting\'s own day: %s', (sentence, date, dateEnd, meetings) => {
    const r = ingest(`Chuyến thăm cấp Nhà nước\n\n${sentence}\n`);
    expect(r.errors).toEqual([]);
    expect(r.entry?.date).toBe(date);
    expect(r.entry?.dateEnd).toBe(dateEnd);
    expect(r.entry?.meetings.map((m) => [m.date, m.dateEnd])).toEqual(meetings);
  });

  it('gives a range of the lede its last day when no meeting is found', () => {
    const r = ingest('Tuần lễ văn hóa\n\nTừ ngày 14-16/4/2024, tuần lễ văn hóa Việt Nam diễn ra tại thành phố New York.\n');
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({ date: '2024-04-14', dateEnd: '2024-04-16', meetings: [] });
  });

  it('an override date drops the inferred last day unless the override gives one; a last day before the first fails', () => {
    const text = 'Chuyến thăm cấp Nhà nước\n\nNgày 10-11/9/2023, Tổng thống Hoa Kỳ Joe Biden thăm cấp Nhà nước Việt Nam.\n';
    expect(ingest(`---\ndate: 2023-09-12\n---\n${text}`).entry).toMatchObject({ date: '2023-09-12', dateEnd: null, dateBasis: 'override' });
    expect(ingest(`---\ndate: 2023-09-12\ndateEnd: 2023-09-13\n---\n${text}`).entry).toMatchObject({ date: '2023-09-12', dateEnd: '2023-09-13' });
    const bad = ingest(`---\ndateEnd: 2023-09-09\n---\n${text}`);
    expect(bad.entry).toBeNull();
    expect(bad.errors[0]?.message).toMatch(/dateEnd must be a day \(YYYY-MM-DD\) after date/);
  });

  it.each([
    ['Washington', '10:30', true],
    ['Washington', '20:15', false],
    ['Hà Nội', '10:30', false],
  ])('warns that a header date of a report from %s published at %s may be the day after the meeting: %s', (city, time, warned) => {
    const r = ingest(`date 2024-05-10 Hội đàm 10/05/2024 ${time}\n\nTại ${city}, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n`);
    expect(r.entry).toMatchObject({ date: '2024-05-10', dateBasis: 'header', published: `2024-05-10 ${time}` });
    expect(r.warnings.some((w) => /publication date of a report from the US, published at \d\d:\d\d Vietnam time: the meeting was the day before/.test(w.message))).toBe(warned);
  });

  it.each([
    [
      'passes over a range of days named before it',
      'Sáng 29/7/2021, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken, nhân dịp ông thăm Việt Nam từ ngày 28 đến 29/7/2021.\n\nCùng ngày, Thủ tướng Phạm Minh Chính đã tiếp Ngoại trưởng Hoa Kỳ Antony Blinken.',
      ['2021-07-29', '2021-07-29'],
    ],
    [
      'is not a day before the previous meeting\'s',
      'Sáng 17/11/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n\nHai bên nhắc lại Hiệp định ký ngày 13/7/2000.\n\nCùng ngày, Thủ tướng Phạm Minh Chính đã tiếp Ngoại trưởng Hoa Kỳ Antony Blinken.',
      ['2023-11-17', '2023-11-17'],
    ],
    [
      'is a later day named after the previous meeting',
      'Ngày 8/7/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken. Ngày 9/7, ông Blinken rời Hà Nội.\n\nCùng ngày, Thủ tướng Phạm Minh Chính đã điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.',
      ['2023-07-08', '2023-07-09'],
    ],
  ])('"cùng ngày" %s', (_, body, dates) => {
    const r = ingest(`Chuyến thăm\n\n${body}\n`);
    expect(r.errors).toEqual([]);
    expect(r.entry?.meetings.map((m) => m.date)).toEqual(dates);
  });

  it('dates an article by its lede when no meeting names a day (the meeting is in a caption)', () => {
    const r = ingest('Điện đàm\n\nTrưa 15/4/2024, hai bên trao đổi qua điện thoại về hợp tác.\n\nThủ tướng Phạm Minh Chính điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken. Ảnh: TTXVN\n');
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({ date: '2024-04-15', dateBasis: 'body', meetingType: 'điện đàm' });
  });

  it('"cùng ngày" in the same paragraph takes the day named just before it', () => {
    const r = ingest(
      'date 2026-04-20\nChuyến thăm của Ngoại trưởng Hoa Kỳ\n\nNgày 16/4, Ngoại trưởng Hoa Kỳ Marco Rubio tới Hà Nội. Cùng ngày, Thủ tướng Phạm Minh Chính đã tiếp Ngoại trưởng Hoa Kỳ Marco Rubio.\n',
    );
    expect(r.entry?.date).toBe('2026-04-16');
    expect(r.entry?.dateBasis).toBe('body');
  });
});

describe('dotted and relative days across the pipeline', () => {
  const call = 'Tổng Bí thư Tô Lâm đã điện đàm với Tổng thống Hoa Kỳ Donald Trump.';

  it.each([
    ['date 2025-04-05 Thứ Bảy, 05/04/2025 08:10', `Tối qua, tại Trụ sở Trung ương Đảng, ${call}`, '2025-04-04', 'body'],
    ['date 2025-04-05', `Sáng hôm qua, ${call}`, '2025-04-04', 'body'],
    ['date 2025-04-05', `Chiều nay, ${call}`, '2025-04-05', 'body'],
    ['date 2024-03-01', `Tối qua, ${call}`, '2024-02-29', 'body'],
    ['date 2025-01-01', `Hôm qua, ${call}`, '2024-12-31', 'body'],
    ['Thứ Bảy, 05/04/2025 08:10', `Tối qua, ${call}`, '2025-04-04', 'body'],
    // a publication known to the month only places no "qua": the header's month is used, no day guessed
    ['date 2025-04', `Tối qua, ${call}`, '2025-04', 'header'],
    // a day the sentence names wins over "tối qua"
    ['date 2025-04-05', `Tối qua (3/4), ${call}`, '2025-04-03', 'body'],
    // "qua" as a preposition names no day: the header's date
    ['date 2025-04-05', `Qua điện thoại, ${call}`, '2025-04-05', 'header'],
  ])('%s + "%s" → %s (%s)', (header, sentence, date, dateBasis) => {
    for (const [form, text] of forms(`${header}\nTổng Bí thư điện đàm với Tổng thống Hoa Kỳ\n\n${sentence}\n`)) {
      const r = ingest(text);
      expect(r.errors, form).toEqual([]);
      expect(r.entry, form).toMatchObject({ date, dateBasis, meetings: [{ date, type: 'điện đàm' }] });
    }
  });

  it('without a publication date "tối qua" is not guessed: no event date', () => {
    const r = ingest(`Tổng Bí thư điện đàm với Tổng thống Hoa Kỳ\n\nTối qua, ${call}\n`);
    expect(r.entry).toBeNull();
    expect(r.errors).toMatchObject([{ line: 1, message: 'no event date found' }]);
  });

  it('an editor\'s date is no publication date: "tối qua" does not count from it', () => {
    const r = ingest(`---\ndate: 2025-04-04\n---\nTổng Bí thư điện đàm với Tổng thống Hoa Kỳ\n\nTối qua, ${call}\n`);
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({ date: '2025-04-04', dateBasis: 'override', meetings: [{ date: '2025-04-04' }] });
  });

  it('a dateline\'s "sáng nay" is the dateline\'s day, not the publication\'s', () => {
    const r = ingest(
      'Thứ bảy, 18-11-2000\nChủ tịch nước hội đàm với Tổng thống Hoa Kỳ\n\nHà Nội, ngày 17-11-2000 - Sáng nay, tại Phủ Chủ tịch, Chủ tịch nước Trần Đức Lương đã hội đàm với Tổng thống Hoa Kỳ Bill Clinton.\n',
    );
    expect(r.entry).toMatchObject({ date: '2000-11-17', dateBasis: 'body', published: '2000-11-18' });
  });

  const visit = 'Thủ tướng Nguyễn Xuân Phúc đã tiếp Ngoại trưởng Mỹ Mike Pompeo';
  it.each([
    ['date 2018-07-09', `Sáng 8.7, tại trụ sở Chính phủ, ${visit} đang thăm chính thức Việt Nam từ 8 - 9.7.`, '2018-07-08', null, 'body'],
    ['date 2018-07-09', `Chiều thứ Hai (9.7), ${visit}.`, '2018-07-09', null, 'body'],
    ['08/07/2018 11:20 GMT+7', `Sáng 8.7, ${visit}.`, '2018-07-08', null, 'body'],
    ['date 2018-07-09', `Trong chuyến thăm từ 8 - 9.7, ${visit}.`, '2018-07-08', '2018-07-09', 'body'],
    ['date 2018-07-09', `${visit}, hai bên bàn về dự án trị giá 8.7 tỷ USD.`, '2018-07-09', null, 'header'],
  ])('%s + "%s" → %s', (header, sentence, date, dateEnd, dateBasis) => {
    for (const [form, text] of forms(`${header}\nThủ tướng tiếp Ngoại trưởng Mỹ\n\n${sentence}\n`)) {
      const r = ingest(text);
      expect(r.errors, form).toEqual([]);
      expect(r.entry, form).toMatchObject({ date, dateEnd, dateBasis });
    }
  });
});

const RUBIO_TALKS = 'Bộ trưởng Ngoại giao Lê Hoài Trung đã hội đàm với Ngoại trưởng Hoa Kỳ Marco Rubio';
/** What `read` gives of a seed published 21/2/2026 with this lede, written in NFC and in NFD, each ingested without errors. */
const readLede = <T>(lede: string, read: (r: ReturnType<typeof ingest>) => T): Array<[string, T]> =>
  forms(`date 2026-02-21\nHội đàm\n\n${lede}\n`).map(([form, text]) => {
    const r = ingest(text);
    expect(r.errors, form).toEqual([]);
    return [form, read(r)];
  });

describe('a dateline\'s place across the pipeline', () => {
  const talks = RUBIO_TALKS;
  const where = (r: ReturnType<typeof ingest>) => r.entry && [r.entry.location, r.entry.country, r.entry.meetings.map((m) => m.place)];

  it.each([
    ['a place in capitals', `WASHINGTON, ngày 20/2 – ${talks}.`, ['Washington, D.C.', 'US', ['Washington, D.C.']]],
    ['a place and a full date', `Hà Nội, ngày 20-2-2026 - Sáng nay, ${talks}.`, ['Hà Nội', 'VN', ['Hà Nội']]],
    ['a place and a dash', `Hà Nội - Sáng 20/2, ${talks}.`, ['Hà Nội', 'VN', ['Hà Nội']]],
    ['a place and a date in parentheses', `WASHINGTON (20/2) - ${talks}.`, ['Washington, D.C.', 'US', ['Washington, D.C.']]],
    ['a place before an outlet', `Washington (TTXVN) - Sáng 20/2, ${talks}.`, ['Washington, D.C.', 'US', ['Washington, D.C.']]],
    ['a venue the text names, which wins', `Hà Nội, ngày 20/2 - Sáng nay, tại Nhà Trắng, ${talks}.`, ['Washington, D.C.', 'US', ['Washington, D.C.']]],
    ['a city the text names after the venue of the dateline', `Washington (TTXVN) - Sáng 20/2, tại New York, ${talks}.`, ['New York', 'US', ['New York']]],
    ['a phone call, which has no place', `Hà Nội, ngày 20/2 - ${talks.replace('hội đàm', 'điện đàm')}.`, [null, null, [null]]],
    ['no dateline', `Sáng 20/2, ${talks}.`, [null, null, [null]]],
  ])('%s', (_name, lede, want) => {
    for (const [form, got] of readLede(lede, where)) expect(got, form).toEqual(want);
  });

  it.each([
    ['Hà Nội (Việt Nam) - ', 'Hà Nội', 'VN'],
    ['WASHINGTON (MỸ) - ', 'Washington, D.C.', 'US'],
  ])('reads "%s" as a dateline without a date, not an outlet\'s lead-in', (dateline, place, country) => {
    const lede = `${dateline}Sáng 20/2, ${talks}.`;
    for (const [form, entry] of readLede(lede, (r) => r.entry)) {
      expect(entry, form).toMatchObject({ date: '2026-02-20', location: place, country, outlet: null, lede, meetings: [{ date: '2026-02-20', place }] });
    }
  });

  it('is the place of the lede\'s meetings and, by the same-day rule, of later ones that day; not of another day\'s', () => {
    const r = ingest(
      'date 2026-02-21\nHội đàm\n\n' +
        `WASHINGTON, ngày 20/2 – ${talks} và gặp Trợ lý Ngoại trưởng Hoa Kỳ Michael DeSombre.\n\n` +
        'Cùng ngày, Thứ trưởng Ngoại giao Đặng Hoàng Giang gặp Thứ trưởng Ngoại giao Hoa Kỳ Christopher Landau.\n\n' +
        'Ngày 19/2, Thứ trưởng Ngoại giao Đặng Hoàng Giang đã gặp Thứ trưởng Ngoại giao Hoa Kỳ Kurt Campbell tại New York.\n\n' +
        'Ngày 18/2, Thứ trưởng Ngoại giao Đặng Hoàng Giang đã gặp Trợ lý Ngoại trưởng Hoa Kỳ Michael DeSombre.\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.entry?.meetings.map((m) => [m.date, m.people[1], m.place])).toEqual([
      ['2026-02-20', 'Marco Rubio', 'Washington, D.C.'],
      ['2026-02-20', 'Michael DeSombre', 'Washington, D.C.'],
      ['2026-02-20', 'Christopher Landau', 'Washington, D.C.'],
      ['2026-02-19', 'Kurt Campbell', 'New York'],
      ['2026-02-18', 'Michael DeSombre', null],
    ]);
    expect(r.entry).toMatchObject({ location: 'Washington, D.C.', country: 'US' });
  });

  it('is the location of an article that reports no meeting', () => {
    const r = ingest('date 2026-02-21\nĐoàn đại biểu đến Hoa Kỳ\n\nWASHINGTON, ngày 20/2 – Đoàn đại biểu cấp cao Việt Nam đã đến thủ đô của Hoa Kỳ.\n');
    expect(r.entry).toMatchObject({ meetings: [], location: 'Washington, D.C.', country: 'US' });
  });
});

describe('a dateline\'s day across the pipeline', () => {
  const talks = RUBIO_TALKS;
  const when = (r: ReturnType<typeof ingest>) => r.entry && [r.entry.date, r.entry.dateBasis, r.entry.location, r.entry.meetings.map((m) => [m.date, m.place])];

  it.each([
    ['the lede\'s own day, not the dateline\'s', `WASHINGTON, ngày 20/2 – Chiều 19/2 (giờ địa phương), ${talks}.`, ['2026-02-19', 'body', 'Washington, D.C.', [['2026-02-19', 'Washington, D.C.']]]],
    ['the lede\'s own day after an adverbial', `Hà Nội, ngày 20/2 - Nhân dịp chuyến thăm, tối 19/2, ${talks}.`, ['2026-02-19', 'body', 'Hà Nội', [['2026-02-19', 'Hà Nội']]]],
    ['the dateline\'s day when the lede names none', `WASHINGTON, ngày 20/2 – ${talks}.`, ['2026-02-20', 'body', 'Washington, D.C.', [['2026-02-20', 'Washington, D.C.']]]],
    ['a range of days the lede names, not the dateline\'s day', `WASHINGTON, ngày 20/2 – Từ ngày 18-19/2, ${talks}.`, ['2026-02-18', 'body', 'Washington, D.C.', [['2026-02-18', 'Washington, D.C.']]]],
    ['"tối qua" counted from the dateline', `WASHINGTON, ngày 20/2 – Tối qua, ${talks}.`, ['2026-02-19', 'body', 'Washington, D.C.', [['2026-02-19', 'Washington, D.C.']]]],
    ['"sáng nay" counted from the dateline', `Washington, ngày 20/2 – Sáng nay, ${talks}.`, ['2026-02-20', 'body', 'Washington, D.C.', [['2026-02-20', 'Washington, D.C.']]]],
    ['the lede\'s own day after a date in parentheses', `Washington (20/2) - Chiều 19/2, ${talks}.`, ['2026-02-19', 'body', 'Washington, D.C.', [['2026-02-19', 'Washington, D.C.']]]],
    ['the day in parentheses when the lede names none', `TP.HCM (20/2/2026) – ${talks}.`, ['2026-02-20', 'body', 'TP Hồ Chí Minh', [['2026-02-20', 'TP Hồ Chí Minh']]]],
    ['"tối qua" counted from the day in parentheses', `Hà Nội (ngày 20/2) - Tối qua, ${talks}.`, ['2026-02-19', 'body', 'Hà Nội', [['2026-02-19', 'Hà Nội']]]],
    ['a bare day after the comma', `WASHINGTON, 20/2 – ${talks}.`, ['2026-02-20', 'body', 'Washington, D.C.', [['2026-02-20', 'Washington, D.C.']]]],
    ['a weekday and a bare day after the comma', `Washington, D.C., thứ Sáu, 20/2 – ${talks}.`, ['2026-02-20', 'body', 'Washington, D.C.', [['2026-02-20', 'Washington, D.C.']]]],
    ['"tối qua" counted from a bare day after the comma', `HÀ NỘI, 20-2 - Tối qua, ${talks}.`, ['2026-02-19', 'body', 'Hà Nội', [['2026-02-19', 'Hà Nội']]]],
    ['a dotted day in parentheses', `Hà Nội (20.2) - ${talks}.`, ['2026-02-20', 'body', 'Hà Nội', [['2026-02-20', 'Hà Nội']]]],
    ['"tối qua" counted from a dotted day in parentheses', `WASHINGTON (20.2) - Tối qua, ${talks}.`, ['2026-02-19', 'body', 'Washington, D.C.', [['2026-02-19', 'Washington, D.C.']]]],
    ['the lede\'s own day after a dotted full date in parentheses', `TP.HCM (20.2.2026) – Chiều 19.2, ${talks}.`, ['2026-02-19', 'body', 'TP Hồ Chí Minh', [['2026-02-19', 'TP Hồ Chí Minh']]]],
    ['the lede\'s own day after a dotted full date after the comma', `WASHINGTON, 20.2.2026 - Chiều 19.2, ${talks}.`, ['2026-02-19', 'body', 'Washington, D.C.', [['2026-02-19', 'Washington, D.C.']]]],
  ])('%s', (_name, lede, want) => {
    for (const [form, got] of readLede(lede, when)) expect(got, form).toEqual(want);
  });

  it('"cùng ngày" after a range the lede names is its meeting\'s day, not the dateline\'s', () => {
    const lede = `Washington (20/2) – Từ ngày 19-20/2, ${talks}.\n\nCùng ngày, Bộ trưởng Lê Hoài Trung đã có cuộc gặp với Trợ lý Ngoại trưởng Hoa Kỳ Michael DeSombre.`;
    for (const [form, got] of readLede(lede, (r) => r.entry?.meetings.map((m) => [m.date, m.dateEnd, m.people[1], m.place]))) {
      expect(got, form).toEqual([
        ['2026-02-19', '2026-02-20', 'Marco Rubio', 'Washington, D.C.'],
        ['2026-02-19', null, 'Michael DeSombre', 'Washington, D.C.'],
      ]);
    }
  });

  it('"cùng ngày" after the lede is the lede\'s day; an article with no meeting is dated by the lede\'s day', () => {
    const lede = `WASHINGTON, ngày 20/2 – Chiều 19/2 (giờ địa phương), ${talks}.\n\nCùng ngày, Bộ trưởng Lê Hoài Trung đã có cuộc gặp với Trợ lý Ngoại trưởng Hoa Kỳ Michael DeSombre.`;
    for (const [form, got] of readLede(lede, (r) => r.entry?.meetings.map((m) => [m.date, m.people[1], m.place]))) {
      expect(got, form).toEqual([
        ['2026-02-19', 'Marco Rubio', 'Washington, D.C.'],
        ['2026-02-19', 'Michael DeSombre', 'Washington, D.C.'],
      ]);
    }
    for (const [form, entry] of readLede('WASHINGTON, ngày 20/2 – Chiều 19/2, đoàn đại biểu cấp cao Việt Nam đã đến thủ đô của Hoa Kỳ.', (r) => r.entry)) {
      expect(entry, form).toMatchObject({ date: '2026-02-19', dateBasis: 'body', meetings: [], location: 'Washington, D.C.' });
    }
  });
});

describe('the lede after a title too long to be one across the pipeline', () => {
  // A header line's title of over 40 words, no final full stop: kept as the first paragraph, and the lede comes after it.
  const LONG =
    'Bộ trưởng Ngoại giao Lê Hoài Trung hội đàm với Ngoại trưởng Hoa Kỳ Marco Rubio nhân dịp chuyến thăm chính thức Hoa Kỳ, ' +
    'thúc đẩy quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ vì hòa bình, hợp tác và phát triển bền vững ở khu vực và trên thế giới, ' +
    'vì lợi ích của nhân dân hai nước';
  const read = (r: ReturnType<typeof ingest>) => r.entry && [r.entry.date, r.entry.location, r.entry.outlet, r.entry.meetings.map((m) => [m.date, m.place])];
  const text = (lede: string) => `date 2026-02-21 ${LONG}\n\n${lede}\n`;

  it.each([
    ['a dateline in capitals', `WASHINGTON, ngày 20/2 – ${RUBIO_TALKS}.`, ['2026-02-20', 'Washington, D.C.', null, [['2026-02-20', 'Washington, D.C.']]]],
    ['a dateline with its date in parentheses', `WASHINGTON (20/2) - Chiều 19/2, ${RUBIO_TALKS}.`, ['2026-02-19', 'Washington, D.C.', null, [['2026-02-19', 'Washington, D.C.']]]],
    ['an outlet\'s lead-in', `TTO - Chiều 20/2, ${RUBIO_TALKS}.`, ['2026-02-20', null, 'Tuổi Trẻ', [['2026-02-20', null]]]],
    ['a place before an outlet', `Washington (TTXVN) - Chiều 20/2, ${RUBIO_TALKS}.`, ['2026-02-20', 'Washington, D.C.', 'Thông tấn xã Việt Nam', [['2026-02-20', 'Washington, D.C.']]]],
  ])('reads %s from the paragraph after it', (_name, lede, want) => {
    for (const seed of [text(lede), text(lede).replace(/hòa/g, 'hoà')]) {
      for (const [form, t] of forms(seed)) {
        const r = ingest(t);
        expect(r.errors, form).toEqual([]);
        expect(read(r), form).toEqual(want);
      }
    }
  });

  it('is no lede: the entry\'s lede is the paragraph after it, without its lead-in', () => {
    for (const [form, t] of forms(text(`TTO - Chiều 20/2, ${RUBIO_TALKS}.`))) {
      expect(ingest(t).entry?.lede, form).toBe(`Chiều 20/2, ${RUBIO_TALKS}.`);
    }
  });

  it('dates the article by the day the lede and the paragraph after it name, when no meeting names one', () => {
    const lede = 'Đoàn đại biểu cấp cao Việt Nam đã đến thủ đô của Hoa Kỳ.\n\nSáng 19/2, đoàn đã đến Nhà Trắng.';
    for (const [form, t] of forms(`date 2026-02-21 ${LONG.replace(' hội đàm với ', ' và ')}\n\n${lede}\n`)) {
      expect(ingest(t).entry, form).toMatchObject({ date: '2026-02-19', dateBasis: 'body' });
    }
  });
});

describe('places and people across the pipeline', () => {
  it('finds a meeting whose subject is a title alone, for the one person the article named after it', () => {
    const r = ingest(
      'date 2017-06-01\nThủ tướng thăm Hoa Kỳ\n\nChiều 31/5, tại Nhà Trắng, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Tổng thống Hoa Kỳ Donald Trump.\n\n' +
        'Trước đó, sáng 31/5, Thủ tướng đã tiếp Bộ trưởng Thương mại Hoa Kỳ Wilbur Ross.\n',
    );
    expect(r.entry?.meetings.map((m) => [m.type, ...m.people])).toEqual([
      ['hội đàm', 'Nguyễn Xuân Phúc', 'Donald Trump'],
      ['tiếp', 'Nguyễn Xuân Phúc', 'Wilbur Ross'],
    ]);
  });

  it('finds a meeting of someone named again by the last word of their name after a title', () => {
    const r = ingest(
      'date 2021-08-26\nChuyến thăm\n\nNgày 25/8, Phó Chủ tịch nước Võ Thị Ánh Xuân đã hội đàm với Phó Tổng thống Hoa Kỳ Kamala Harris.\n\n' +
        'Trước đó cùng ngày, Phó Tổng thống Harris đã hội kiến Thủ tướng Phạm Minh Chính.\n',
    );
    expect(r.entry?.meetings.map((m) => m.people)).toEqual([['Võ Thị Ánh Xuân', 'Kamala Harris'], ['Kamala Harris', 'Phạm Minh Chính']]);
  });

  it('gives a meeting that names no place the place of the meeting before it on the same day, not on another day', () => {
    const r = ingest(
      'date 2024-05-12\nChuyến thăm của Ngoại trưởng Hoa Kỳ\n\n' +
        'Sáng 10/5, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã tiếp Ngoại trưởng Hoa Kỳ Antony Blinken.\n\n' +
        'Chiều cùng ngày, Thủ tướng Phạm Minh Chính đã tiếp Ngoại trưởng Hoa Kỳ Antony Blinken.\n\n' +
        'Sáng 11/5, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n\n' +
        'Tối 11/5, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với Ngoại trưởng Hoa Kỳ Antony Blinken.\n',
    );
    expect(r.entry?.meetings.map((m) => [m.date, m.type, m.place])).toEqual([
      ['2024-05-10', 'tiếp', 'Hà Nội'],
      ['2024-05-10', 'tiếp', 'Hà Nội'],
      ['2024-05-11', 'hội đàm', null],
      ['2024-05-11', 'điện đàm', null],
    ]);
  });

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
