// dates.ts: the day-first forms Vietnamese news writes, what is not a date, impossible dates, header lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysApart,
  findDateMentions,
  findYears,
  formatDate,
  formatStamp,
  isValidDate,
  leadingDatePhrase,
  ownDatesFirst,
  parseDate,
  parseDateLine,
  parseStampLine,
  shiftDay,
} from '../../src/lib/ingest/dates.ts';
import { normalize } from '../../src/lib/ingest/normalize.ts';

/** The text as an NFC seed gives it, and as an NFD seed gives it once normalized: every case is run on both. */
const forms = (text: string) => [
  ['NFC', text],
  ['NFD', normalize(text.normalize('NFD'))],
] as const;

const only = (text: string) => {
  const { mentions, invalid } = findDateMentions(text);
  expect(invalid, `no impossible date in ${text}`).toEqual([]);
  expect(mentions, `one date in ${text}`).toHaveLength(1);
  return mentions[0]!;
};

describe('findDateMentions', () => {
  it.each([
    ['Sáng 9/9, Chủ tịch nước Võ Văn Thưởng đón Tổng thống Joe Biden.', { day: 9, month: 9 }, 'Sáng 9/9'],
    ['Chiều 20/2, tại Washington, hai Bộ trưởng đã gặp nhau.', { day: 20, month: 2 }, 'Chiều 20/2'],
    ['Tổng Bí thư đã tiếp đoàn vào tối 13-2 tại Hà Nội.', { day: 13, month: 2 }, 'tối 13-2'],
    ['Ngày 3-11, Thủ tướng đã điện đàm với Bộ trưởng Thương mại Hoa Kỳ.', { day: 3, month: 11 }, 'Ngày 3-11'],
    ['Hôm nay (28-5), Đại sứ quán Mỹ thông báo.', { day: 28, month: 5 }, '28-5'],
    ['ngày 15 tháng 4 năm 2023, tại Hà Nội', { day: 15, month: 4, year: 2023 }, 'ngày 15 tháng 4 năm 2023'],
    ['Trưa 2 tháng 12, đoàn rời Hà Nội.', { day: 2, month: 12 }, 'Trưa 2 tháng 12'],
    ['Rạng sáng 21/5/2024, đoàn đã tới Honolulu.', { day: 21, month: 5, year: 2024 }, 'Rạng sáng 21/5/2024'],
    ['Văn kiện được ký ngày 15/4/2023.', { day: 15, month: 4, year: 2023 }, 'ngày 15/4/2023'],
    ['Tối 10.9.2023 hai bên ra tuyên bố chung.', { day: 10, month: 9, year: 2023 }, 'Tối 10.9.2023'],
    ['Trong tháng 9-2025, hai nước tổ chức đối thoại.', { month: 9, year: 2025 }, 'tháng 9-2025'],
    ['Từ tháng 7/2020, Đại sứ Marc Knapper nhận nhiệm vụ.', { month: 7, year: 2020 }, 'tháng 7/2020'],
    ['Dự kiến vào tháng 5 năm 2026.', { month: 5, year: 2026 }, 'tháng 5 năm 2026'],
  ])('%s', (text, want, raw) => {
    const m = only(text);
    expect({ day: m.day, month: m.month, year: m.year }).toEqual({ day: undefined, year: undefined, ...want });
    expect(m.raw).toBe(raw);
    expect(text.slice(m.index, m.index + m.raw.length)).toBe(raw);
  });

  it.each([['Cùng ngày, Thủ tướng tiếp Thượng nghị sĩ Tammy Duckworth.'], ['Chiều cùng ngày, Bộ trưởng gặp Đại sứ.'], ['Trong ngày, đoàn còn thăm Đà Nẵng.']])(
    '"cùng ngày" is the previous meeting\'s day: %s',
    (text) => {
      const m = only(text);
      expect(m.sameDay).toBe(true);
      expect(m.day).toBeUndefined();
    },
  );

  it('reads several dates in order', () => {
    const { mentions } = findDateMentions('Sáng 14/8, hai bên hội đàm; chiều cùng ngày, đoàn thăm Đà Nẵng và ngày 16/8 rời Việt Nam.');
    expect(mentions.map((m) => m.raw)).toEqual(['Sáng 14/8', 'cùng ngày', 'ngày 16/8']);
  });

  it.each([
    ['dịch Covid-19 đã ảnh hưởng tới thương mại'],
    ['hợp tác phòng chống COVID-19 năm 2021'],
    ['tuyến D1 - D3 của nhà máy'],
    ['Kim ngạch tăng 1.5 lần'],
    ['Đoàn ở lại 14-16/4 người.'],
    ['Tỷ lệ 30-2/7 không đổi.'],
    ['từ ngày 30-2/7'],
    ['từ ngày 30/12-2/1'],
    ['trong 10-15 năm tới'],
    ['lần thứ 2-3 trong năm'],
    ['máy bay F-16 và C-130'],
    ['nhóm G-20 và APEC'],
    ['tỷ lệ 2.3 lần'],
    ['được hơn 2/3 số phiếu tán thành'],
    ['chiếm 1/2 dân số'],
    ['hai bên đã ký 3/4 số văn kiện'],
    ['Hiệp định ký năm 1995'],
    // a dotted day.month without a year is a decimal number unless something says it is a date
    ['Kim ngạch đạt 8.7 tỷ USD trong năm'],
    ['Xuất khẩu tăng 2.5% so với cùng kỳ'],
    ['phiên bản 1.2 của ứng dụng'],
    ['tăng trưởng từ 5 - 6.5% mỗi năm'],
    ['mỗi ngày 2.5 triệu lượt khách'],
    ['đạt 8-9.7 điểm'],
    ['Đoàn ở lại 8-9.7 người.'],
    ['xếp lần thứ 2 (1.5)'],
  ])('not a date: %s', (text) => {
    for (const [, t] of forms(text)) expect(findDateMentions(t)).toEqual({ mentions: [], invalid: [] });
  });

  it.each([
    ['Sáng 8.7, tại trụ sở Chính phủ, Thủ tướng tiếp Ngoại trưởng.', 'Sáng 8.7', { day: 8, month: 7 }],
    ['Ngày 8.7 hai bên ký kết.', 'Ngày 8.7', { day: 8, month: 7 }],
    ['Hai bên hội đàm tối 10.9.', 'tối 10.9', { day: 10, month: 9 }],
    ['Chiều thứ Hai (8.7), Bộ trưởng gặp Đại sứ.', '8.7', { day: 8, month: 7 }],
    ['Thứ Sáu, 12.7, đoàn tới Hà Nội.', '12.7', { day: 12, month: 7 }],
    ['Sáng nay (8.7), Thủ tướng tiếp Đại sứ.', '8.7', { day: 8, month: 7 }],
    ['Ngoại trưởng đang thăm chính thức Việt Nam từ 8 - 9.7.', 'từ 8 - 9.7', { day: 8, until: 9, month: 7 }],
    ['Hội nghị (8-9.7) tại Hà Nội', '8-9.7', { day: 8, until: 9, month: 7 }],
    ['Hội nghị diễn ra vào 8-9.7 tại Hà Nội', '8-9.7', { day: 8, until: 9, month: 7 }],
    ['Đoàn thăm Hoa Kỳ từ 30.6 - 2.7.', 'từ 30.6 - 2.7', { day: 30, month: 6, until: 2, untilMonth: 7 }],
    ['Sáng 8.7.2018, hai bên hội đàm.', 'Sáng 8.7.2018', { day: 8, month: 7, year: 2018 }],
  ])('a dotted day.month where no decimal stands: %s', (text, raw, want) => {
    for (const [form, t] of forms(text)) {
      const m = only(t);
      expect(m, form).toMatchObject(want);
      expect(m.raw.normalize('NFC'), form).toBe(raw);
      expect(t.slice(m.index, m.index + m.raw.length), form).toBe(m.raw);
    }
  });

  it.each([
    ['Tối qua, tại Trụ sở Trung ương Đảng, Tổng Bí thư điện đàm với Tổng thống.', 'Tối qua', -1],
    ['Sáng hôm qua, hai bên hội đàm.', 'Sáng hôm qua', -1],
    ['Chiều qua, Bộ trưởng đã gặp Đại sứ.', 'Chiều qua', -1],
    ['Đêm qua, đoàn tới Washington.', 'Đêm qua', -1],
    ['Hôm qua, Đại sứ trình quốc thư.', 'Hôm qua', -1],
    ['Đại sứ đã trình quốc thư vào ngày hôm qua.', 'hôm qua', -1],
    ['Hôm nay, hai bên ra tuyên bố chung.', 'Hôm nay', 0],
    ['Sáng nay, Thủ tướng tiếp Đại sứ.', 'Sáng nay', 0],
    ['Chiều nay, Bộ trưởng gặp Ngoại trưởng.', 'Chiều nay', 0],
    ['Tối nay, hai bên dự tiệc chiêu đãi.', 'Tối nay', 0],
    ['Rạng sáng nay, chuyên cơ hạ cánh.', 'Rạng sáng nay', 0],
  ])('a day relative to the publication: %s', (text, raw, relativeDays) => {
    for (const [form, t] of forms(text)) {
      const m = only(t);
      expect(m, form).toEqual({ relativeDays, index: t.indexOf(m.raw), raw: m.raw });
      expect(m.raw.normalize('NFC'), form).toBe(raw);
    }
  });

  it.each([
    ['Đoàn đi qua Hà Nội.'],
    ['Quốc hội thông qua nghị quyết.'],
    ['Qua đó, hai bên tăng cường hợp tác.'],
    ['Trong năm qua, thương mại tăng mạnh.'],
    ['Tuần qua, hai bên trao đổi thư.'],
    ['Thời gian qua, quan hệ phát triển tốt.'],
    ['Những ngày qua, đoàn làm việc tại Hà Nội.'],
    ['Hiện nay, hai nước là đối tác chiến lược toàn diện.'],
    ['Từ trước đến nay, hai bên luôn đối thoại.'],
    ['Năm nay, hai nước kỷ niệm quan hệ.'],
    ['Ngày nay, quan hệ hai nước rất tốt.'],
    ['Qua điện thoại, hai bên trao đổi.'],
  ])('"qua" and "nay" that name no day: %s', (text) => {
    for (const [, t] of forms(text)) expect(findDateMentions(t)).toEqual({ mentions: [], invalid: [] });
  });

  it.each([
    ['Hà Nội, ngày 17-11-2000 - Sáng nay, tại Phủ Chủ tịch, hai bên hội đàm.', 'ngày 17-11-2000 - Sáng nay', { day: 17, month: 11, year: 2000 }],
    ['Washington, ngày 1/6/2017 – Tối qua, hai bên hội đàm.', 'ngày 1/6/2017 – Tối qua', { day: 31, month: 5, year: 2017 }],
    ['Washington, ngày 1/1/2017 - Tối qua, hai bên hội đàm.', 'ngày 1/1/2017 - Tối qua', { day: 31, month: 12, year: 2016 }],
    ['Hà Nội, ngày 8/7 - Sáng nay, hai bên hội đàm.', 'ngày 8/7 - Sáng nay', { day: 8, month: 7 }],
    ['Hà Nội (8/7) - Sáng nay, hai bên hội đàm.', '8/7) - Sáng nay', { day: 8, month: 7 }],
    ['TP.HCM (ngày 1/6/2017) – Tối qua, hai bên hội đàm.', 'ngày 1/6/2017) – Tối qua', { day: 31, month: 5, year: 2017 }],
  ])('a relative day after a dateline counts from the dateline, one mention: %s', (text, raw, want) => {
    const m = only(text);
    expect(m).toMatchObject(want);
    expect(m.relativeDays).toBeUndefined();
    expect(m.raw).toBe(raw);
    expect(text.slice(m.index, m.index + m.raw.length)).toBe(raw);
  });

  it('a dateline\'s date goes after the days the text names itself; without one the order is the text\'s', () => {
    const { mentions } = findDateMentions('WASHINGTON, ngày 20/2 – Chiều 19/2, hai bên hội đàm; ngày 21/2, hai bên họp báo.');
    expect(ownDatesFirst(mentions).map((m) => m.raw)).toEqual(['ngày 20/2', 'Chiều 19/2', 'ngày 21/2']);
    expect(ownDatesFirst(mentions)).toBe(mentions);
    const marked = mentions.map((m, i) => (i === 0 ? { ...m, dateline: true } : m));
    expect(ownDatesFirst(marked).map((m) => m.raw)).toEqual(['Chiều 19/2', 'ngày 21/2', 'ngày 20/2']);
  });

  it.each([
    ['WASHINGTON, 20/2 – Hai bên hội đàm.', 'WASHINGTON, 20/2 – ', '20/2', { day: 20, month: 2 }],
    ['HÀ NỘI, 28-8 - Hai bên hội đàm.', 'HÀ NỘI, 28-8 - ', '28-8', { day: 28, month: 8 }],
    ['Washington, D.C., thứ Hai, 20/2 – Hai bên gặp nhau.', 'Washington, D.C., thứ Hai, 20/2 – ', '20/2', { day: 20, month: 2 }],
    ['Hà Nội (28.8) - Hai bên hội đàm.', 'Hà Nội (28.8) - ', '28.8', { day: 28, month: 8 }],
    ['HÀ NỘI, 28-8 - Sáng nay, hai bên hội đàm.', 'HÀ NỘI, 28-8 - ', '28-8 - Sáng nay', { day: 28, month: 8 }],
    ['Hà Nội (28.8) - Tối qua, hai bên hội đàm.', 'Hà Nội (28.8) - ', '28.8) - Tối qua', { day: 27, month: 8 }],
  ])('a bare day-month in a dateline is a date: %s', (text, dateline, raw, want) => {
    for (const [form, t] of forms(text)) {
      const { mentions, invalid } = findDateMentions(t, dateline.length);
      expect(invalid, form).toEqual([]);
      expect(mentions.map((m) => [m.raw, m.day, m.month]), form).toEqual([[raw, want.day, want.month]]);
      // Out of a dateline the same day-month needs a word before it (or parentheses, a day part, "ngày").
      if (!raw.includes('nay') && !raw.includes('qua')) expect(findDateMentions(t).mentions, form).toEqual([]);
    }
  });

  it.each([
    ['Hà Nội - 2/3 số đại biểu tán thành.', 'Hà Nội - '],
    ['Hà Nội - 8.7 tỷ USD là vốn của dự án.', 'Hà Nội - '],
  ])('a bare day-month after a dateline still needs context: %s', (text, dateline) => {
    expect(findDateMentions(text, dateline.length).mentions).toEqual([]);
  });

  it('a dateline without a year before "qua" on the first of a month is not guessed', () => {
    expect(findDateMentions('Hà Nội, ngày 1/3 - Tối qua, hai bên hội đàm.')).toEqual({ mentions: [], invalid: [] });
  });

  it.each([
    ['Hai bên sẽ gặp vào 20/2 tại Hà Nội', 'vào 20/2', 20, 2],
    ['Lịch âm hôm nay 23/11', 'nay 23/11', 23, 11],
    ['Tổng thống Mỹ đến Hà Nội hôm qua (20/2)', '20/2', 20, 2],
    ['Trong ngày 15/4, Bộ trưởng hội đàm với Ngoại trưởng', 'ngày 15/4', 15, 4],
  ])('a bare day/month with context is a date: %s', (text, raw, day, month) => {
    const { mentions } = findDateMentions(text);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ day, month });
    expect(mentions[0]!.raw).toContain(raw.replace(/^\S+ /, ''));
    expect(mentions[0]!.sameDay).toBeUndefined();
  });

  it.each([
    ['Ngày 10-11/9, Tổng thống thăm Hà Nội.', 'Ngày 10-11/9', { day: 10, until: 11, month: 9 }],
    ['Ngoại trưởng sẽ thăm Việt Nam từ ngày 14-16/4.', 'từ ngày 14-16/4', { day: 14, until: 16, month: 4 }],
    ['Đoàn ở Hà Nội từ 7 - 9/10 theo lời mời.', 'từ 7 - 9/10', { day: 7, until: 9, month: 10 }],
    ['Hội nghị diễn ra từ 10 đến 16/11 tại Peru', 'từ 10 đến 16/11', { day: 10, until: 16, month: 11 }],
    ['từ ngày 10 đến ngày 12/9/2023 tại Hà Nội', 'từ ngày 10 đến ngày 12/9/2023', { day: 10, until: 12, month: 9, year: 2023 }],
    ['Chuyến thăm diễn ra trong hai ngày 7–8 tháng 9 năm 2023.', 'ngày 7–8 tháng 9 năm 2023', { day: 7, until: 8, month: 9, year: 2023 }],
    ['Hội nghị (14-16/4) tại Hà Nội', '14-16/4', { day: 14, until: 16, month: 4 }],
    ['Đoàn thăm Hoa Kỳ từ ngày 30/6-2/7/2024.', 'từ ngày 30/6-2/7/2024', { day: 30, month: 6, until: 2, untilMonth: 7, year: 2024 }],
    ['Từ 28/2 đến 3/3, đoàn làm việc tại Washington.', 'Từ 28/2 đến 3/3', { day: 28, month: 2, until: 3, untilMonth: 3 }],
    ['ngày 3/9 - 5/9 tại Hà Nội', 'ngày 3/9 - 5/9', { day: 3, month: 9, until: 5 }],
  ])('a range of days is its first day: %s', (text, raw, want) => {
    const m = only(text);
    expect(m).toMatchObject(want);
    expect(m.raw).toBe(raw);
    expect(text.slice(m.index, m.index + raw.length)).toBe(raw);
  });

  it('a range that runs past its month is impossible', () => {
    const { mentions, invalid } = findDateMentions('từ ngày 30-32/4');
    expect(mentions).toEqual([]);
    expect(invalid).toMatchObject([{ day: 30, until: 32, month: 4 }]);
  });

  it.each([
    ['Sáng 31/2, hai bên hội đàm.', 31, 2],
    ['ngày 13/13 tại Hà Nội', 13, 13],
    ['ngày 30 tháng 2 năm 2024', 30, 2],
    ['Ngày 29/2/2023 hai bên ký kết', 29, 2],
    ['ngày 31-4 năm ngoái', 31, 4],
    ['ngày 0/5', 0, 5],
  ])('impossible: %s → invalid', (text, day, month) => {
    const { mentions, invalid } = findDateMentions(text);
    expect(mentions).toEqual([]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ day, month });
  });
});

describe('leadingDatePhrase', () => {
  it.each([
    ['13-2 hai bên hội đàm', '13-2 '],
    ['20/2/2026, hai bên hội đàm', '20/2/2026, '],
    ['Chiều 11/2, tại Phủ Chủ tịch', 'Chiều 11/2, '],
    ['Sáng 8.7 Thủ tướng tiếp Đại sứ Hoa Kỳ', 'Sáng 8.7 '],
    ['Ngày 10-11/9, Tổng thống thăm Việt Nam', 'Ngày 10-11/9, '],
    ['Ngày 17-11-2000 - Sáng nay', 'Ngày 17-11-2000 '],
    ['Sáng thứ Hai (23/5) Chủ tịch nước hội đàm', 'Sáng thứ Hai (23/5) '],
    ['Thứ Hai, 23/5, hai bên hội đàm', 'Thứ Hai, 23/5, '],
    ['Ngày 22 tháng 7 năm 2010, Thủ tướng tiếp', 'Ngày 22 tháng 7 năm 2010, '],
    ['Tối ngày 5 tháng 3, hai bên điện đàm', 'Tối ngày 5 tháng 3, '],
    ['Rạng sáng 1/6 giờ Hà Nội', 'Rạng sáng 1/6 '],
    ['Tối qua, Tổng Bí thư điện đàm', 'Tối qua, '],
    ['Tối qua Tổng Bí thư điện đàm', 'Tối qua '],
    ['Sáng hôm nay, hai bên gặp', 'Sáng hôm nay, '],
    ['Hôm qua hai bên gặp', 'Hôm qua '],
  ])('%s', (text, phrase) => {
    for (const [form, t] of forms(text)) expect(t.slice(0, leadingDatePhrase(t)), form).toBe(phrase);
  });

  it.each([
    ['a title', 'Thủ tướng tiếp Đại sứ Hoa Kỳ'],
    ['a bare decimal', '8.7 tỷ USD cho dự án'],
    ['a bare day and month in words', '22 tháng 7 là ngày kỷ niệm'],
    ['a date later in the text', 'Hai bên hội đàm sáng 8/7'],
    ['"qua" after no day part', 'Thông qua hiệp định'],
    ['a day part without a day', 'Sáng nắng, chiều mưa'],
    ['a year', '2023 là năm kỷ niệm'],
  ])('none in %s', (_name, text) => {
    for (const [form, t] of forms(text)) expect(leadingDatePhrase(t), form).toBe(0);
  });
});

describe('shiftDay', () => {
  it.each([
    [{ year: 2025, month: 4, day: 5 }, -1, { year: 2025, month: 4, day: 4 }],
    [{ year: 2025, month: 4, day: 5 }, 0, { year: 2025, month: 4, day: 5 }],
    [{ year: 2024, month: 3, day: 1 }, -1, { year: 2024, month: 2, day: 29 }],
    [{ year: 2025, month: 3, day: 1 }, -1, { year: 2025, month: 2, day: 28 }],
    [{ year: 2025, month: 1, day: 1 }, -1, { year: 2024, month: 12, day: 31 }],
    [{ year: 2025, month: 12, day: 31 }, 1, { year: 2026, month: 1, day: 1 }],
    [{ month: 7, day: 8 }, -1, { month: 7, day: 7 }],
    [{ month: 3, day: 1 }, -1, undefined],
  ])('%o shifted by %i is %o', (d, days, want) => expect(shiftDay(d, days)).toEqual(want));
});

describe('isValidDate and leap years', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2000, 2, 29, true],
    [2100, 2, 29, false],
    [2025, 4, 30, true],
    [2025, 4, 31, false],
    [2025, 12, 31, true],
    [2025, 13, 1, false],
    [2025, 0, 1, false],
    [2025, 6, 0, false],
  ])('%i-%i-%i → %s', (y, m, d, want) => {
    expect(isValidDate(y, m, d)).toBe(want);
  });

  it.each([
    ['ngày 29/2/2024', { mentions: 1, invalid: 0 }],
    ['ngày 29 tháng 2 năm 2028', { mentions: 1, invalid: 0 }],
    ['ngày 29/2/2025', { mentions: 0, invalid: 1 }],
    ['ngày 29 tháng 2 năm 1900', { mentions: 0, invalid: 1 }],
    // without a year 29/2 may be a leap day: kept
    ['chiều 29/2', { mentions: 1, invalid: 0 }],
  ])('%s', (text, want) => {
    const { mentions, invalid } = findDateMentions(text);
    expect({ mentions: mentions.length, invalid: invalid.length }).toEqual(want);
  });
});

describe('parseDate / formatDate / compareDates', () => {
  it.each([
    ['2024', { year: 2024 }],
    ['2024-03', { year: 2024, month: 3 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ])('%s round-trips', (s, d) => {
    expect(parseDate(s)).toEqual({ day: undefined, month: undefined, ...d });
    expect(formatDate(parseDate(s)!)).toBe(s);
  });
  it.each([['2023-02-29'], ['2024-13'], ['24-02-01'], ['20/02/2026'], ['']])('%j is not a date', (s) => {
    expect(parseDate(s)).toBeUndefined();
  });
  it.each([
    [{ year: 2025, month: 12, day: 30 }, { year: 2026, month: 1, day: 2 }, -1],
    [{ year: 2026, month: 2 }, { year: 2026, month: 2, day: 20 }, 0],
    [{ year: 2026, month: 3, day: 1 }, { year: 2026, month: 2 }, 1],
  ])('compareDates(%o, %o) has sign %i', (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });
});

describe('parseDateLine (the `date …` header line)', () => {
  it.each([
    ['date 2026-02-20 Thứ Sáu, 20/02/2026', { year: 2026, month: 2, day: 20 }, undefined, ''],
    ['date 2024-09-11 Thứ Tư, 11/09/2024 14:05', { year: 2024, month: 9, day: 11 }, '14:05', ''],
    [
      'date 2026-02-14 Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ 14/02/2026 07:22',
      { year: 2026, month: 2, day: 14 },
      '07:22',
      'Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ',
    ],
    ['date 2023-07-29 Chủ nhật, 29/7/2023 | 09:30 (GMT+7) Ngoại trưởng Blinken tới Hà Nội', { year: 2023, month: 7, day: 29 }, '09:30', 'Ngoại trưởng Blinken tới Hà Nội'],
    ['date 2025-01 Tối 24/1, tại Hà Nội, hai bên điện đàm.', { year: 2025, month: 1 }, undefined, 'Tối 24/1, tại Hà Nội, hai bên điện đàm.'],
    ['date 2019 Hội nghị thượng đỉnh Mỹ - Triều tại Hà Nội', { year: 2019 }, undefined, 'Hội nghị thượng đỉnh Mỹ - Triều tại Hà Nội'],
    ['Date: 2022-05-12 Thủ tướng tới Washington', { year: 2022, month: 5, day: 12 }, undefined, 'Thủ tướng tới Washington'],
    ['date 2023-03-29 21:40 Tổng Bí thư điện đàm với Tổng thống Hoa Kỳ', { year: 2023, month: 3, day: 29 }, '21:40', 'Tổng Bí thư điện đàm với Tổng thống Hoa Kỳ'],
    ['date 2023-03-29 21h40 | Tổng Bí thư điện đàm với Tổng thống Hoa Kỳ', { year: 2023, month: 3, day: 29 }, '21:40', 'Tổng Bí thư điện đàm với Tổng thống Hoa Kỳ'],
    ['date 2023-03-29 lúc 07:05 (GMT+7) Tổng Bí thư điện đàm', { year: 2023, month: 3, day: 29 }, '07:05', 'Tổng Bí thư điện đàm'],
    ['date 2023-03-29 09:30', { year: 2023, month: 3, day: 29 }, '09:30', ''],
    ['date 2023-03-29 25:40 Tổng Bí thư điện đàm', { year: 2023, month: 3, day: 29 }, undefined, '25:40 Tổng Bí thư điện đàm'],
    ['date 2023-03-29 12 giờ đàm phán căng thẳng', { year: 2023, month: 3, day: 29 }, undefined, '12 giờ đàm phán căng thẳng'],
  ])('%s', (line, date, time, rest) => {
    const got = parseDateLine(line)!;
    expect(got).toBeDefined();
    expect(got.stamp.date).toEqual({ month: undefined, day: undefined, ...date });
    expect(got.stamp.time).toBe(time);
    expect(got.rest).toBe(rest);
  });

  it('keeps a different date in the rest (it is not the header\'s stamp)', () => {
    const got = parseDateLine('date 2026-02-21 Thứ Sáu, 20/02/2026 11:55')!;
    expect(got.stamp).toEqual({ date: { year: 2026, month: 2, day: 21 }, time: undefined });
    expect(got.rest).toBe('Thứ Sáu, 20/02/2026 11:55');
  });

  it.each([['Ngày 20/2, hai bên hội đàm'], ['date 2023-02-29 x'], ['dated 2020-01-01'], ['date 20-02-2026 x'], ['date 2026-02-20-1 x'], ['update 2026-02-20']])(
    'not a header: %s',
    (line) => expect(parseDateLine(line)).toBeUndefined(),
  );
});

describe('parseStampLine (a line that is only a timestamp)', () => {
  it.each([
    ['Thứ Hai, 15/04/2023 10:30 (GMT+7)', { year: 2023, month: 4, day: 15 }, '10:30'],
    ['Thứ 7, 02/03/2024 - 08:15', { year: 2024, month: 3, day: 2 }, '08:15'],
    ['12/10/2025, 21:40', { year: 2025, month: 10, day: 12 }, '21:40'],
    ['Chủ nhật, 5/5/2024', { year: 2024, month: 5, day: 5 }, undefined],
    ['29/02/2024 06h45', { year: 2024, month: 2, day: 29 }, '06:45'],
    ['2024-11-08', { year: 2024, month: 11, day: 8 }, undefined],
    ['15/04/2023 25:10', { year: 2023, month: 4, day: 15 }, undefined],
    ['Cập nhật: 15/04/2023 10:30', { year: 2023, month: 4, day: 15 }, '10:30'],
    ['Ngày đăng: Thứ Ba, 09/01/2024', { year: 2024, month: 1, day: 9 }, undefined],
  ])('%s', (line, date, time) => {
    const got = parseStampLine(line)!;
    expect(got.date).toEqual(date);
    expect(got.time).toBe(time);
  });

  it.each([['31/02/2024 10:00'], ['29/02/2023'], ['Sáng 15/4, hai bên hội đàm'], ['Hà Lê 20/02/2026'], ['15/4']])('not a stamp line: %s', (line) => {
    expect(parseStampLine(line)).toBeUndefined();
  });

  it.each([
    [{ date: { year: 2023, month: 4, day: 15 }, time: '10:30' }, '2023-04-15 10:30'],
    [{ date: { year: 2023, month: 4, day: 15 } }, '2023-04-15'],
    [{ date: { year: 2025, month: 1 }, time: '10:30' }, '2025-01'],
  ])('formatStamp(%o) = %s', (stamp, want) => expect(formatStamp(stamp)).toBe(want));
});

describe('findYears', () => {
  it.each([
    ['Năm 2023, hai nước nâng cấp quan hệ; từ 1995 đến nay.', [2023, 1995]],
    ['Kim ngạch đạt 123 tỷ USD trong năm 2022', [2022]],
    ['ngày 15/4/2023 và tháng 9-2025', []],
    ['mã số 12023 và 1.2024 và 3000', []],
    ['2019-2020, x2021, 20222, 2023a, (2024), 1939 1940 2099', [2019, 2023, 2024, 1940, 2099]],
    ['𝐀2021 và Đ2022 và 2020', [2020]],
  ])('%s → %o', (text, want) => expect(findYears(text)).toEqual(want));

  it('finds what one pattern with a leading lookbehind finds', () => {
    const reference = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}.,/-])(19[4-9]\d|20\d\d)(?![\p{N}])/gu)].map((m) => Number(m[1]));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '9', '4', '2', '0', '5', ' ', '.', ',', '/', '-', 'a', 'Đ', '𝐀', '²', '٣'), { maxLength: 20 }), (chars) => {
        const text = chars.join('');
        expect(findYears(text)).toEqual(reference(text));
      }),
      { seed: 20261126, numRuns: 5000 },
    );
  });
});

describe('daysApart', () => {
  it.each([
    [{ year: 2024, month: 1, day: 5 }, { year: 2023, month: 12, day: 28 }, 8],
    [{ year: 2023, month: 12, day: 28 }, { year: 2024, month: 1, day: 5 }, 8],
    [{ year: 2024, month: 3, day: 1 }, { year: 2024, month: 2, day: 28 }, 2],
    [{ year: 2023, month: 3, day: 1 }, { year: 2023, month: 2, day: 28 }, 1],
    [{ year: 2024, month: 6, day: 10 }, { year: 2024, month: 6, day: 10 }, 0],
    [{ year: 2024, month: 1, day: 5 }, { year: 2023, month: 12 }, 5],
    [{ year: 2023, month: 12, day: 20 }, { year: 2023, month: 12 }, 0],
    [{ year: 2023, month: 11, day: 20 }, { year: 2023, month: 12 }, 11],
    [{ year: 2019, month: 12, day: 31 }, { year: 2019 }, 0],
    [{ year: 2020, month: 1, day: 1 }, { year: 2019 }, 1],
    [{ year: 2025, month: 2, day: 29 }, { year: 2025, month: 3, day: 5 }, 4],
  ])('%j and %j: %i days', (a, b, want) => {
    expect(daysApart(a, b)).toBe(want);
    expect(daysApart(b, a)).toBe(want);
  });
});
