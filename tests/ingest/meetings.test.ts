// findMeetings(): who met whom, how, where and on what day, from sentences of the article body.
import { describe, expect, it } from 'vitest';
import { analyseSentences, findMeetings, splitSentences } from '../../src/lib/ingest/meetings.ts';
import { normalize } from '../../src/lib/ingest/normalize.ts';
import { indexRegister } from '../../src/lib/ingest/people.ts';

const register = indexRegister([
  { slug: 'jane-roe', name: 'Jane Roe', aliases: ['Jane Q. Roe'], country: 'US', offices: [] },
]);
const meetingsIn = (...paragraphs: string[]) =>
  findMeetings(analyseSentences(paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, line: i + 1 })), register));

describe('findMeetings: verbs', () => {
  it.each([
    ['Sáng 12/6, Bộ trưởng Ngoại giao Lê Văn Bảo đã hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.', 'hội đàm', ['Lê Văn Bảo', 'Richard Poe']],
    ['Thủ tướng Đinh Công Minh tiếp Đại sứ Jane Roe tại Trụ sở Chính phủ.', 'tiếp', ['Đinh Công Minh', 'Jane Roe']],
    ['Chủ tịch nước Vũ Đức Hải có cuộc gặp với Tổng thống Hoa Kỳ John Doe bên lề hội nghị.', 'gặp', ['Vũ Đức Hải', 'John Doe']],
    ['Tối 4/7, Phó Thủ tướng Trần Văn Lâm điện đàm với Bộ trưởng Tài chính Mỹ Scott Miller.', 'điện đàm', ['Trần Văn Lâm', 'Scott Miller']],
    ['Đại tướng Phạm Hồng Quân đón tiếp Đô đốc Hoa Kỳ Samuel Paparo.', 'tiếp', ['Phạm Hồng Quân', 'Samuel Paparo']],
    ['Bộ trưởng Quốc phòng Mỹ Peter Hale gặp gỡ Đại tướng Lương Văn Sơn.', 'gặp', ['Peter Hale', 'Lương Văn Sơn']],
    ['Thứ trưởng Ngoại giao Đỗ Hùng Việt làm việc với Trợ lý Ngoại trưởng Hoa Kỳ Daniel Kritenbrink.', 'khác', ['Đỗ Hùng Việt', 'Daniel Kritenbrink']],
  ])('%s', (text, type, people) => {
    const [m, ...rest] = meetingsIn(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type, people, line: 1 });
  });

  it.each([
    ['Bộ trưởng Lê Văn Bảo cho biết Việt Nam tiếp tục coi trọng quan hệ với Đại sứ Jane Roe và Hoa Kỳ.'],
    ['Thủ tướng Đinh Công Minh tiếp nhận thư của Tổng thống Hoa Kỳ John Doe.'],
    ['Đại sứ Jane Roe cho biết hai nước sẽ tiếp cận thị trường của nhau, theo Bộ trưởng Lê Văn Bảo.'],
    ['Bộ trưởng Lê Văn Bảo gặp nhau với Đại sứ Jane Roe.'.replace(' với', ',')],
    ['Đại sứ Jane Roe nói rằng cuộc hội đàm giữa hai nước là quan trọng.'],
  ])('no meeting: %s', (text) => {
    expect(meetingsIn(text)).toEqual([]);
  });

  it.each([
    ['Thủ tướng Đinh Công Minh tiếp Bộ trưởng Ngoại giao Lê Văn Bảo.'],
    ['Ngoại trưởng Hoa Kỳ John Doe điện đàm với Bộ trưởng Thương mại Mỹ Mary Major.'],
    ['Tổng thống Mỹ John Doe hội đàm với Đại sứ Jane Roe.'],
  ])('rejects a pair of the same country: %s', (text) => {
    expect(meetingsIn(text)).toEqual([]);
  });
});

describe('findMeetings: lists of objects and verbs sharing a subject', () => {
  const pairs = (...paragraphs: string[]) => meetingsIn(...paragraphs).map((m) => [m.type, ...m.people]);

  it.each([
    [
      'Tổng thống Hoa Kỳ John Doe hội kiến Thủ tướng Đinh Công Minh và gặp Chủ tịch Quốc hội Vũ Đức Hải.',
      [['gặp', 'John Doe', 'Đinh Công Minh'], ['gặp', 'John Doe', 'Vũ Đức Hải']],
    ],
    [
      'Tổng thống Hoa Kỳ John Doe hội kiến Tổng Bí thư Lê Văn Bảo, Thủ tướng Đinh Công Minh và gặp Chủ tịch Quốc hội Vũ Đức Hải.',
      [['gặp', 'John Doe', 'Lê Văn Bảo'], ['gặp', 'John Doe', 'Đinh Công Minh'], ['gặp', 'John Doe', 'Vũ Đức Hải']],
    ],
    [
      'Thủ tướng Đinh Công Minh đã tiếp Bộ trưởng Thương mại Hoa Kỳ John Doe và Đại sứ Jane Roe tại Trụ sở Chính phủ.',
      [['tiếp', 'Đinh Công Minh', 'John Doe'], ['tiếp', 'Đinh Công Minh', 'Jane Roe']],
    ],
    [
      'Bộ trưởng Lê Văn Bảo hội đàm với Ngoại trưởng Hoa Kỳ John Doe, sau đó gặp Đại sứ Jane Roe.',
      [['hội đàm', 'Lê Văn Bảo', 'John Doe'], ['gặp', 'Lê Văn Bảo', 'Jane Roe']],
    ],
    [
      'Chủ tịch nước Vũ Đức Hải đã tiếp cựu Tổng thống Hoa Kỳ John Doe.',
      [['tiếp', 'Vũ Đức Hải', 'John Doe']],
    ],
  ])('%s', (text, expected) => expect(pairs(text)).toEqual(expected));

  it.each([
    // a comma without a closing "và" is no list: what follows may be a new clause
    ['Tổng thống Hoa Kỳ John Doe hội kiến Thủ tướng Đinh Công Minh, Đại sứ Jane Roe cũng có mặt.', [['gặp', 'John Doe', 'Đinh Công Minh']]],
    // "và" with words that are no title ("và hai bên") ends the list
    ['Bộ trưởng Lê Văn Bảo hội đàm với Ngoại trưởng Hoa Kỳ John Doe và hai bên nhắc tới Đại sứ Jane Roe.', [['hội đàm', 'Lê Văn Bảo', 'John Doe']]],
  ])('lists no more: %s', (text, expected) => expect(pairs(text)).toEqual(expected));

  it('takes an object named by one of its own register titles, with or without its country word', () => {
    const withTitles = indexRegister([
      { slug: 'mary-major', name: 'Mary Major', aliases: [], country: 'US', offices: [{ title: 'Đại diện Thương mại Hoa Kỳ', en: 'USTR', from: '2020-01-01', to: null }] },
    ]);
    const find = (text: string) => findMeetings(analyseSentences([{ kind: 'paragraph', text, line: 1 }], withTitles)).map((m) => m.people);
    expect(find('Bộ trưởng Lê Văn Bảo đã gặp Đại diện Thương mại Hoa Kỳ Mary Major.')).toEqual([['Lê Văn Bảo', 'Mary Major']]);
    expect(find('Bộ trưởng Lê Văn Bảo đã gặp Đại diện Thương mại Mỹ Mary Major.')).toEqual([['Lê Văn Bảo', 'Mary Major']]);
    expect(find('Bộ trưởng Lê Văn Bảo đã gặp gia đình của Mary Major.')).toEqual([]);
  });
});

describe('findMeetings: date, place and merging', () => {
  it('keeps the sentence\'s day-month and place', () => {
    const [m] = meetingsIn('Chiều 5/10, tại Nhà khách Chính phủ, Bộ trưởng Lê Văn Bảo đã hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.');
    expect(m!.date).toMatchObject({ day: 5, month: 10 });
    expect(m!.place).toMatchObject({ place: 'Hà Nội', country: 'VN' });
    expect(m!.clause).toBe('Bộ trưởng Lê Văn Bảo hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe');
  });

  it.each([
    ['Trong chuyến thăm từ ngày 14-16/4, sáng 15/4 Bộ trưởng Lê Văn Bảo hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.', { day: 15, month: 4 }],
    ['Ngày 10-11/9, Bộ trưởng Lê Văn Bảo hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.', { day: 10, until: 11, month: 9 }],
  ])('takes the day a meeting names over a range of days, else the range\'s first day: %s', (text, want) => {
    const [m] = meetingsIn(text);
    expect(m!.date).toMatchObject(want);
  });

  it('merges repeated reports of one meeting, filling date and place from later mentions', () => {
    const found = meetingsIn(
      'Bộ trưởng Ngoại giao Lê Văn Bảo hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.',
      'Sáng 9/3, tại Washington, Bộ trưởng Lê Văn Bảo đã hội đàm với Ngoại trưởng Richard Poe về hợp tác kinh tế.',
      'Ngoại trưởng Richard Poe hội đàm với Bộ trưởng Lê Văn Bảo trong không khí thân mật.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'hội đàm', people: ['Lê Văn Bảo', 'Richard Poe'], line: 1 });
    expect(found[0]!.date).toMatchObject({ day: 9, month: 3 });
    expect(found[0]!.place?.place).toBe('Washington, D.C.');
  });

  it('keeps distinct meetings apart, in order, with "cùng ngày" as their date', () => {
    const found = meetingsIn(
      'Sáng 21/11, Thủ tướng Đinh Công Minh tiếp Thượng nghị sĩ Hoa Kỳ Tammy Duckworth.',
      'Chiều cùng ngày, Chủ tịch Quốc hội Vũ Đức Hải tiếp Thượng nghị sĩ Tammy Duckworth.',
    );
    expect(found.map((m) => m.people)).toEqual([
      ['Đinh Công Minh', 'Tammy Duckworth'],
      ['Vũ Đức Hải', 'Tammy Duckworth'],
    ]);
    expect(found[1]!.date).toMatchObject({ sameDay: true });
  });

  it('falls back to a visit when no two people meet', () => {
    const [m, ...rest] = meetingsIn('Ngoại trưởng Hoa Kỳ Richard Poe đã tới Hà Nội, bắt đầu thăm chính thức Việt Nam từ ngày 14/4.');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ type: 'thăm', people: ['Richard Poe'] });
    expect(m!.place?.place).toBe('Hà Nội');
  });
});

describe('analyseSentences: a dateline heading the lede', () => {
  const DATELINE = 'Hà Nội, ngày 17-11-2000 - ';
  const placesOf = (text: string, dateline: { line: number; length: number } | null) =>
    analyseSentences([{ kind: 'paragraph', text, line: 3 }], register, dateline).flatMap((s) => s.places.map((p) => [p.place, text.slice(p.index, p.index + 9)]));

  it.each([
    ['its place alone', 'Sáng nay, hai bên hội đàm.', []],
    ['a venue after it', 'Sáng nay, tại Nhà Trắng, hai bên hội đàm.', [['Washington, D.C.', 'Nhà Trắng']]],
    ['the same city again after it', 'Sáng nay, tại Hà Nội, hai bên hội đàm.', [['Hà Nội', 'Hà Nội, h']]],
  ])('leaves out the place of the dateline, not %s', (_name, rest, want) => {
    for (const form of ['NFC', 'NFD'] as const) {
      const text = normalize((DATELINE + rest).normalize(form));
      expect(placesOf(text, { line: 3, length: DATELINE.length }), form).toEqual(want);
    }
  });

  it('keeps it without a dateline, or on another line', () => {
    const text = `${DATELINE}Sáng nay, hai bên hội đàm.`;
    expect(placesOf(text, null)).toEqual([['Hà Nội', 'Hà Nội, n']]);
    expect(placesOf(text, { line: 2, length: DATELINE.length })).toEqual([['Hà Nội', 'Hà Nội, n']]);
  });

  const meeting = 'Bộ trưởng Ngoại giao Lê Văn Bảo đã hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.';
  /** The meetings of one lede headed by a dateline of `length` characters (none when 0), and the dates of its sentences. */
  const analysed = (text: string, length: number) => {
    const sentences = analyseSentences([{ kind: 'paragraph', text, line: 3 }], register, length ? { line: 3, length } : null);
    return { sentences, meetings: findMeetings(sentences) };
  };
  const day = (m: { date: { day?: number; month?: number; year?: number; relativeDays?: number } | null } | undefined) =>
    m?.date && [m.date.day, m.date.month, m.date.year, m.date.relativeDays];

  it.each([
    ['a day part and a day', 'WASHINGTON, ngày 20/2 – ', 'Chiều 19/2 (giờ địa phương), ', [19, 2, undefined, undefined]],
    ['a day after an adverbial', 'Hà Nội, ngày 20/2/2026 - ', 'Nhân dịp chuyến thăm, sáng 19/2, ', [19, 2, undefined, undefined]],
    ['a day with its year', 'Washington, ngày 20/2 – ', 'Ngày 19/2/2026, ', [19, 2, 2026, undefined]],
    ['no day of its own', 'WASHINGTON, ngày 20/2 – ', '', [20, 2, undefined, undefined]],
    ['a range of days', 'WASHINGTON, ngày 20/2 – ', 'Trong chuyến thăm từ 18-21/2, ', [18, 2, undefined, undefined]],
    ['a range of days and a day in it', 'WASHINGTON, ngày 20/2 – ', 'Trong chuyến thăm từ 18-21/2, chiều 19/2, ', [19, 2, undefined, undefined]],
    ['a relative day, counted from the dateline', 'Washington, ngày 20/2/2026 – ', 'Tối qua, ', [19, 2, 2026, undefined]],
  ])('a meeting in the lede takes the day the lede names before the dateline\'s: %s', (_name, dateline, opening, want) => {
    for (const form of ['NFC', 'NFD'] as const) {
      const text = normalize((dateline + opening + meeting).normalize(form));
      const { meetings } = analysed(text, normalize(dateline.normalize(form)).length);
      expect(meetings.map((m) => m.people), form).toEqual([['Lê Văn Bảo', 'Richard Poe']]);
      expect(day(meetings[0]), form).toEqual(want);
    }
  });

  it('marks the dateline\'s date, only within the dateline and only on its line', () => {
    const dateline = 'WASHINGTON, ngày 20/2 – ';
    const text = `${dateline}Chiều 19/2, ${meeting}`;
    const marked = (length: number, line = 3) =>
      analyseSentences([{ kind: 'paragraph', text, line: 3 }], register, { line, length }).flatMap((s) => s.dates.map((d) => [d.raw, d.dateline ?? false]));
    expect(marked(dateline.length)).toEqual([['ngày 20/2', true], ['Chiều 19/2', false]]);
    expect(marked(dateline.length, 2)).toEqual([['ngày 20/2', false], ['Chiều 19/2', false]]);
    expect(marked(0)).toEqual([['ngày 20/2', false], ['Chiều 19/2', false]]);
    // Without a dateline the first day of the sentence is the meeting's, as in any sentence.
    expect(day(analysed(text, 0).meetings[0])).toEqual([20, 2, undefined, undefined]);
  });

  it('a visit in the lede takes its own day (or range) before the dateline\'s', () => {
    const visit = 'Ngoại trưởng Hoa Kỳ Richard Poe đã tới Hà Nội, bắt đầu thăm chính thức Việt Nam.';
    const dateline = 'HÀ NỘI, ngày 15/4 - ';
    expect(day(analysed(`${dateline}Tối 14/4, ${visit}`, dateline.length).meetings[0])).toEqual([14, 4, undefined, undefined]);
    const range = analysed(`${dateline}Từ ngày 14-16/4, ${visit}`, dateline.length).meetings[0];
    expect(range?.date).toMatchObject({ day: 14, until: 16, month: 4 });
    expect(day(analysed(`${dateline}${visit}`, dateline.length).meetings[0])).toEqual([15, 4, undefined, undefined]);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Hai bên hội đàm. Sau đó, hai bên họp báo.', ['Hai bên hội đàm.', 'Sau đó, hai bên họp báo.']],
    ['Cuộc gặp diễn ra tại Washington D.C. Hai bên nhất trí.', ['Cuộc gặp diễn ra tại Washington D.C. Hai bên nhất trí.']],
    ['Ông John F. Kerry phát biểu. Bà Roe cảm ơn!', ['Ông John F. Kerry phát biểu.', 'Bà Roe cảm ơn!']],
    ['Đại sứ nói: “Quan hệ rất tốt.” Hai bên nhất trí.', ['Đại sứ nói: “Quan hệ rất tốt.”', 'Hai bên nhất trí.']],
    ['TP. Hồ Chí Minh đón đoàn. Đoàn rời đi.', ['TP. Hồ Chí Minh đón đoàn.', 'Đoàn rời đi.']],
  ])('%s', (text, want) => expect(splitSentences(text)).toEqual(want));
});
