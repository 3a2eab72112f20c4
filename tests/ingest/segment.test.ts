// segment(): header, title and clean body blocks out of scraped article text; junk dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/lib/ingest/normalize.ts';
import { countWords, isCaption, segment } from '../../src/lib/ingest/segment.ts';

const seg = (lines: string[]) => segment(normalize(lines.join('\n')));
const texts = (lines: string[]) => seg(lines).blocks.map((b) => b.text);
/** The segments of the lines written in NFC and in NFD (normalize() makes them one text before segment() sees them). */
const both = (lines: string[]) => (['NFC', 'NFD'] as const).map((form) => segment(normalize(lines.join('\n').normalize(form))));

const TITLE = 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo';
const LEDE = 'Chiều 28/8, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo.';
const P2 = 'Thủ tướng đề nghị hai bên thúc đẩy hợp tác trong lĩnh vực bán dẫn và trí tuệ nhân tạo.';
const P3 = 'Bộ trưởng Gina Raimondo cho biết Hoa Kỳ coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam.';

describe('segment: header and title', () => {
  it('takes the header date and a title on the header line', () => {
    const s = seg([`date 2023-08-28 ${TITLE}`, '', LEDE, P2]);
    expect(s.headerDate).toEqual({ date: { year: 2023, month: 8, day: 28 }, time: undefined });
    expect(s.headerLine).toBe(1);
    expect(s.title).toEqual({ text: TITLE, line: 1 });
    expect(s.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['paragraph', LEDE, 3],
      ['paragraph', P2, 4],
    ]);
  });

  it.each([
    ['a time before the title', `date 2023-08-28 17:05 ${TITLE}`],
    ['a time after the title', `date 2023-08-28 ${TITLE} 28/08/2023 17:05`],
    ['a weekday, date and time before the title', `date 2023-08-28 Thứ Hai, 28/08/2023 | 17:05 ${TITLE}`],
  ])('takes the publication time and the title from a header with %s', (_name, header) => {
    for (const s of both([header, '', LEDE, P2])) {
      expect(s.published).toEqual({ date: { year: 2023, month: 8, day: 28 }, time: '17:05' });
      expect(s.title).toEqual({ text: TITLE, line: 1 });
    }
  });

  it('keeps a lede on the header line as the first paragraph, never as the title', () => {
    const s = seg(['date 2024-03 Sáng 14/3, tại Hà Nội, Thứ trưởng Ngoại giao Hà Kim Ngọc đã tiếp Đại sứ Hoa Kỳ Marc Knapper.', P2]);
    expect(s.title).toBeNull();
    expect(s.blocks[0]).toMatchObject({ kind: 'paragraph', line: 1 });
    expect(s.blocks[0]!.text).toMatch(/^Sáng 14\/3/);
  });

  it('takes the first headline-shaped line as the title when the header has none', () => {
    const s = seg(['date 2023-08-28 Thứ Hai, 28/08/2023 17:05', TITLE, LEDE]);
    expect(s.title?.text).toBe(TITLE);
    expect(s.published).toEqual({ date: { year: 2023, month: 8, day: 28 }, time: '17:05' });
  });

  it('offsets line numbers by firstLine (after an override block)', () => {
    const s = segment(['', TITLE, LEDE].join('\n'), 5);
    expect(s.title?.line).toBe(6);
    expect(s.blocks[0]!.line).toBe(7);
  });

  it('gives nothing for blank text', () => {
    expect(segment('\n \n')).toEqual({ headerDate: null, headerLine: null, published: null, title: null, blocks: [], outlet: null, lede: null, dateline: null });
  });
});

describe('segment: a first line that opens as a lede, before the title', () => {
  const SHORT = 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Gina Raimondo tại Trụ sở Chính phủ';
  it.each([
    ['a dotted day.month', `Sáng 8.7 ${SHORT}`],
    ['a slashed day/month', `Chiều 28/8 ${SHORT}`],
    ['a weekday and a day in parentheses', `Chiều thứ Hai (28/8) ${SHORT}`],
    ['a day and month in words', `Ngày 28 tháng 8 năm 2023 ${SHORT}`],
    ['a day relative to the publication', `Tối qua ${SHORT}`],
    ['an outlet\'s lead-in and a day', `TTO - Chiều 28-8 ${SHORT}`],
    ['a dateline', `Hà Nội, ngày 28-8-2023 - ${SHORT}`],
    ['a dateline with its date in parentheses', `Hà Nội (28/8) - ${SHORT}`],
    ['a dateline with a dotted date in parentheses', `Hà Nội (28.8) - ${SHORT}`],
    ['a place, a dash and a day', `HÀ NỘI - Chiều 28/8 ${SHORT}`],
  ])('keeps a line opening with %s as the lede and takes the headline after it as the title', (_name, first) => {
    for (const lines of [
      [first, TITLE, LEDE, P2],
      ['Thời sự › Chính trị', '28/08/2023 17:05', first, TITLE, 'Thu Trang', LEDE, P2],
      [`date 2023-08-28 ${first}`, TITLE, LEDE, P2],
    ]) {
      for (const s of both(lines)) {
        expect(s.title?.text).toBe(TITLE);
        expect(s.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
        expect(s.blocks[1]!.text).toBe(LEDE);
      }
    }
  });

  it('takes no title when no headline follows: the line is the lede', () => {
    for (const s of both([`Sáng 8.7 ${SHORT}`, LEDE, P2])) {
      expect(s.title).toBeNull();
      expect(s.blocks.map((b) => b.text)).toEqual([`Sáng 8.7 ${SHORT}`, LEDE, P2]);
    }
  });

  it('keeps a headline-shaped line after a finished lede as a heading, not the title', () => {
    const heading = 'Thúc đẩy hợp tác công nghệ cao';
    for (const s of both([LEDE, heading, P2, P3])) {
      expect(s.title).toBeNull();
      expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([
        ['paragraph', LEDE],
        ['heading', heading],
        ['paragraph', P2],
        ['paragraph', P3],
      ]);
    }
  });

  it.each([
    ['a number with a unit', '8.7 tỷ USD cho dự án tẩy độc sân bay Biên Hòa'],
    ['two places as two sides', 'Hà Nội - Washington: 30 năm bình thường hóa quan hệ'],
    ['a place and a dash', 'Hà Nội - điểm đến của các nhà đầu tư Hoa Kỳ'],
    ['a date later in the line', 'Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ chiều 28/8'],
  ])('still takes a title with %s', (_name, title) => {
    for (const s of both([title, LEDE, P2])) expect(s.title?.text).toBe(title);
  });
});

describe('segment: junk lines around the article', () => {
  it.each([
    ['crumb with »', 'Trang chủ » Thời sự » Đối ngoại'],
    ['crumb with >', 'Home > Chính trị > Quốc phòng'],
    ['crumb with spaces only', 'Trang chủ Thế giới Hồ sơ'],
    ['crumb without Trang chủ', 'Thời sự › Ngoại giao'],
  ])('drops a %s', (_name, crumb) => {
    const s = seg([crumb, TITLE, LEDE, P2]);
    expect(s.title?.text).toBe(TITLE);
    expect(texts([crumb, TITLE, LEDE, P2])).toEqual([LEDE, P2]);
  });

  it.each([
    ['a byline line next to a stamp line', ['Minh Anh', 'Thứ Hai, 28/08/2023 17:05'], '17:05'],
    ['a stamp line then a byline', ['28/08/2023, 17:05', 'Nguyễn Hồng'], '17:05'],
    ['a byline and stamp on one line', ['Quang Hưng | 28/08/2023 17:05'], '17:05'],
    ['a byline, dash and stamp on one line', ['Thu Trang - Thứ Hai, 28/08/2023 - 17:05 (GMT+7)'], '17:05'],
    ['a stamp then byline on one line', ['28/08/2023 17:05 | Hải Yến'], '17:05'],
  ])('drops %s and reads the publication time', (_name, junk, time) => {
    const lines = [TITLE, ...junk, LEDE, P2];
    const s = seg(lines);
    expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2]);
    expect(s.published).toEqual({ date: { year: 2023, month: 8, day: 28 }, time });
  });

  it.each([
    ['Theo dõi Báo Ngày Nay trên Google News', 'Ngày Nay'],
    ['Theo dõi VnExpress trên', 'VnExpress'],
    ['Theo dõi Thanh Niên trên Zalo', 'Thanh Niên'],
  ])('reads the outlet from "%s" and drops the line', (follow, outlet) => {
    const s = seg([TITLE, LEDE, follow, P2, P3]);
    expect(s.outlet).toBe(outlet);
    expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2, P3]);
  });

  it.each([['hội đàm'], ['ngoại giao'], ['tiếp']])('drops the stray tag line "%s"', (tag) => {
    expect(texts([TITLE, LEDE, tag, P2])).toEqual([LEDE, P2]);
  });

  it.each([['(Theo TTXVN)'], ['Theo Reuters'], ['Nguồn: Bộ Ngoại giao'], ['(Nguồn: TTXVN)'], ['Thanh Hà']])('drops the closing byline "%s"', (byline) => {
    expect(texts([TITLE, LEDE, P2, byline])).toEqual([LEDE, P2]);
  });
});

describe('segment: body blocks', () => {
  it.each([
    ['Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Gina Raimondo. Ảnh: VGP/Nhật Bắc'],
    ['Hai bên trao đổi tại buổi tiếp. (Ảnh: Dương Giang)'],
    ['Quang cảnh buổi hội đàm (Nguồn: Bộ Ngoại giao)'],
    ['Ảnh minh họa: Bộ trưởng Gina Raimondo tại Hà Nội'],
  ])('keeps the caption "%s" once, as a caption', (caption) => {
    expect(isCaption(caption)).toBe(true);
    const s = seg([TITLE, LEDE, caption, caption, P2, caption]);
    expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', LEDE],
      ['caption', caption],
      ['paragraph', P2],
    ]);
  });

  it.each([['Hai bên nhất trí tăng cường hợp tác.'], ['Ông Knapper cho biết ảnh hưởng của thuế đối ứng là lớn.']])('"%s" is not a caption', (text) => {
    expect(isCaption(text)).toBe(false);
  });

  it.each([['Thúc đẩy hợp tác công nghệ cao'], ['Việt Nam tiếp tục là đối tác quan trọng hàng đầu'], ['Khắc phục hậu quả chiến tranh: những kết quả cụ thể']])(
    'keeps the subheading "%s" as a heading',
    (heading) => {
      const s = seg([TITLE, LEDE, P2, heading, P3]);
      expect(s.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
      expect(s.blocks[2]!.text).toBe(heading);
    },
  );

  it('drops repeated lines (a paragraph scraped twice), keeping the first', () => {
    const s = seg([TITLE, LEDE, P2, P2, P3, P2]);
    expect(s.blocks.map((b) => [b.text, b.line])).toEqual([
      [LEDE, 2],
      [P2, 3],
      [P3, 5],
    ]);
  });

  it('keeps a paragraph scraped twice at the very end (it is not a related-article card)', () => {
    expect(texts([TITLE, LEDE, P2, P3, P3, 'Theo dõi Báo Quốc tế trên', 'Xem nhiều'])).toEqual([LEDE, P2, P3]);
  });

  it('does not take the title again from a body line equal to it', () => {
    const s = seg([TITLE, LEDE, TITLE + '.', P2]);
    expect(s.title?.text).toBe(TITLE);
    expect(s.blocks.map((b) => b.text)).toEqual([LEDE, TITLE + '.', P2]);
  });
});

describe('segment: the related-article tail', () => {
  const CARD_A = 'Mỹ công bố gói hỗ trợ mới cho đồng bằng sông Cửu Long';
  const TEASER_A = 'Gói hỗ trợ trị giá 20 triệu USD nhằm giúp người dân thích ứng với biến đổi khí hậu.';
  const CARD_B = 'Đại sứ Đoàn Khắc Việt: Quan hệ Việt - Mỹ ngày càng thực chất';
  const TEASER_B = 'Nhân dịp tiếp xúc báo chí, Đại sứ Đoàn Khắc Việt chia sẻ về triển vọng quan hệ ...';

  it.each([
    ['duplicated card titles with teasers', [CARD_A, CARD_A, TEASER_A, CARD_B, CARD_B, TEASER_B]],
    ['a card without teaser', [CARD_A, CARD_A]],
    ['"Xem nhiều" and cards', ['Xem nhiều', CARD_A, CARD_A, TEASER_A, 'Phiên bản di động']],
    ['"Đọc thêm" then anything', ['Đọc thêm', 'Bất cứ điều gì sau đây.', CARD_B]],
    ['"Tin liên quan:" with a colon', ['Tin liên quan:', CARD_B]],
    ['cards then "Phiên bản di động"', [CARD_A, CARD_A, TEASER_A, 'Phiên bản di động']],
    ['"Từ khóa" and tags', ['Từ khóa:', 'Việt Nam', 'Hoa Kỳ']],
    ['a comment section', ['Bình luận (3)', 'Hay quá, mong hai nước hợp tác hơn nữa.']],
    ['"Xem thêm" and "Tin cùng chủ đề"', ['Xem thêm', CARD_A, 'Tin cùng chủ đề', CARD_B]],
  ])('cuts %s', (_name, tail) => {
    const s = seg([TITLE, LEDE, P2, P3, ...tail]);
    expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2, P3]);
  });
});

describe('segment: outlet prefix on the lede', () => {
  it.each([
    ['(PLO)- ', 'Pháp Luật TP.HCM'],
    ['(Ngày Nay) - ', 'Ngày Nay'],
    ['(QĐND Online) – ', 'Quân đội nhân dân'],
    ['(Chinhphu.vn) - ', 'Chinhphu.vn'],
    ['(Dân trí) — ', 'Dân trí'],
  ])('strips "%s" and keeps it as the outlet', (prefix, outlet) => {
    const s = seg([TITLE, prefix + LEDE, P2]);
    expect(s.blocks[0]!.text).toBe(LEDE);
    expect(s.outlet).toBe(outlet);
  });

  it('prefers the "Theo dõi X trên" outlet and still strips the prefix', () => {
    const s = seg([TITLE, '(TTXVN) - ' + LEDE, 'Theo dõi Baoquocte.vn trên', P2]);
    expect(s.outlet).toBe('Thế giới & Việt Nam');
    expect(s.blocks[0]!.text).toBe(LEDE);
  });

  it('leaves a parenthesis that is not followed by a dash', () => {
    const lede = '(Thông tấn xã Việt Nam cho biết) hai bên đã ký kết.';
    expect(seg([TITLE, lede, P2]).blocks[0]!.text).toBe(lede);
  });
});

describe('segment: outlet lead-ins', () => {
  it.each([
    ['TTO - ', 'Tuổi Trẻ'],
    ['NDĐT - ', 'Nhân Dân'],
    ['QĐND Online - ', 'Quân đội nhân dân'],
    ['VOV.VN - ', 'Đài Tiếng nói Việt Nam'],
    ['VTV.vn – ', 'Đài Truyền hình Việt Nam'],
    ['TG&VN - ', 'Thế giới & Việt Nam'],
    ['Dân trí - ', 'Dân trí'],
    ['Washington (TTXVN) - ', 'Thông tấn xã Việt Nam'],
    ['Hà Nội (TTXVN) – ', 'Thông tấn xã Việt Nam'],
    ['New York (TTXVN) - ', 'Thông tấn xã Việt Nam'],
    ['TP Hồ Chí Minh (TTXVN) - ', 'Thông tấn xã Việt Nam'],
    ['thủ đô Washington (TTXVN) - ', 'Thông tấn xã Việt Nam'],
  ])('strips "%s" and keeps the outlet', (prefix, outlet) => {
    for (const s of both([TITLE, prefix + LEDE, P2])) {
      expect(s.outlet).toBe(outlet);
      expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2]);
    }
  });

  it.each([
    ['a sentence on two countries', 'Mỹ - Việt Nam nhất trí tăng cường hợp tác kinh tế.'],
    ['a dateline without an outlet', 'Hà Nội - Sáng 28/8, hai bên hội đàm.'],
    ['a place in capitals', 'HÀ NỘI - Sáng 28/8, hai bên hội đàm.'],
    ['an organisation in capitals', 'ASEAN - Hoa Kỳ nhất trí nâng cấp quan hệ.'],
    ['a place and a date in parentheses', 'Hà Nội (28/8) - Hai bên hội đàm.'],
    ['a place and a day in parentheses', 'Washington (Ngày 28/8) - Hai bên hội đàm.'],
    ['a date in parentheses alone', '(28/8) - Hai bên hội đàm.'],
    ['an abbreviation joined by a hyphen', 'COVID-19 vẫn là thách thức chung của hai nước.'],
    ['an abbreviation and a dash without spaces', 'ABC-DEF ký thỏa thuận hợp tác.'],
    ['a place and its country in parentheses', 'Hà Nội (Việt Nam) - Hai bên hội đàm.'],
    ['a place and another country in parentheses', 'Hà Nội (Hoa Kỳ) - Hai bên hội đàm.'],
    ['a place and its country in capitals', 'WASHINGTON (MỸ) - Hai bên hội đàm.'],
    ['a country in parentheses alone', '(Việt Nam) - Hai bên hội đàm.'],
    ['a place in parentheses alone', '(Hà Nội) - Hai bên hội đàm.'],
    ['an organisation in parentheses', '(ASEAN) - Hoa Kỳ nhất trí nâng cấp quan hệ.'],
    ['another country in parentheses alone', '(Indonesia) - Hai bên hội đàm bên lề hội nghị.'],
    ['a city and another country in parentheses', 'Jakarta (Indonesia) - Hai bên hội đàm bên lề hội nghị.'],
    ['another country of two words in parentheses', '(Trung Quốc) - Hai bên hội đàm bên lề hội nghị.'],
    ['another country in capitals in parentheses', 'BẮC KINH (TRUNG QUỐC) - Hai bên hội đàm bên lề hội nghị.'],
    ['a dotted date in parentheses alone', '(28.8) - Hai bên hội đàm.'],
    ['a dotted full date in parentheses alone', '(28.8.2023) - Hai bên hội đàm.'],
    ['a place and a dotted date in parentheses', 'Hà Nội (28.8) - Hai bên hội đàm.'],
  ])('leaves %s', (_name, lede) => {
    for (const s of both([TITLE, lede, P2])) {
      expect(s.outlet).toBeNull();
      expect(s.blocks[0]!.text).toBe(lede);
    }
  });
});

describe('segment: the name shown for an outlet', () => {
  it.each([
    ['(TTXVN) - ', 'Thông tấn xã Việt Nam'],
    ['Hà Nội (TTXVN) - ', 'Thông tấn xã Việt Nam'],
    ['VOV - ', 'Đài Tiếng nói Việt Nam'],
    ['(VTV) - ', 'Đài Truyền hình Việt Nam'],
    ['(QĐND) - ', 'Quân đội nhân dân'],
    ['QĐND Online - ', 'Quân đội nhân dân'],
    ['(CAND) - ', 'Công an nhân dân'],
    ['(SGGP) - ', 'Sài Gòn Giải Phóng'],
    ['(PLO)- ', 'Pháp Luật TP.HCM'],
    ['TTO - ', 'Tuổi Trẻ'],
    ['Tuổi Trẻ Online - ', 'Tuổi Trẻ'],
    ['NDĐT - ', 'Nhân Dân'],
    ['VnExpress - ', 'VnExpress'],
    ['VOV.VN - ', 'Đài Tiếng nói Việt Nam'],
    ['(VietnamPlus) - ', 'Vietnam+'],
    ['(TG&VN) - ', 'Thế giới & Việt Nam'],
    ['ABC News - ', 'ABC News'],
    ['XYZ Online - ', 'XYZ'],
  ])('shows the lead-in "%s" as %s', (prefix, outlet) => {
    for (const s of both([TITLE, prefix + LEDE, P2])) {
      expect(s.outlet).toBe(outlet);
      expect(s.blocks[0]!.text).toBe(LEDE);
    }
  });

  it.each([
    ['Theo TTXVN', 'Thông tấn xã Việt Nam'],
    ['(Theo VOV)', 'Đài Tiếng nói Việt Nam'],
    ['(TTXVN/Vietnam+)', 'Thông tấn xã Việt Nam/Vietnam+'],
    ['QĐND/Washington', 'Quân đội nhân dân'],
  ])('shows the credit "%s" as %s', (credit, outlet) => {
    for (const s of both([TITLE, LEDE, P2, credit])) expect(s.outlet).toBe(outlet);
  });
});

describe('segment: one name for an outlet, however it is written', () => {
  const CLOSE = 'Bộ trưởng Gina Raimondo cho biết Hoa Kỳ coi trọng quan hệ với Việt Nam.';
  it.each([
    ['Thanh Niên', ['Thanh Niên - ', '(Thanh Niên) - '], ['Báo Thanh Niên', 'Theo báo Thanh Niên', 'Nguồn: thanhnien.vn', 'Theo dõi Báo Thanh Niên trên Google News']],
    ['Tuổi Trẻ', ['TTO - ', 'Tuổi Trẻ Online - '], ['Theo báo Tuổi Trẻ', 'Báo Tuổi Trẻ', 'Theo TTO', '(Theo Tuổi Trẻ Online)']],
    ['Nhân Dân', ['NDĐT - ', '(Nhân Dân) - '], ['Báo Nhân Dân', 'Theo báo Nhân Dân điện tử', 'Nguồn: nhandan.vn']],
    ['Quân đội nhân dân', ['(QĐND) - ', 'QĐND Online - '], ['Báo Quân đội nhân dân', 'Báo Quân Đội Nhân Dân', 'Theo QĐND', 'QĐND/Washington']],
    ['Pháp Luật TP.HCM', ['(PLO)- '], ['Theo báo Pháp Luật TP.HCM', 'Nguồn: plo.vn']],
    ['Thông tấn xã Việt Nam', ['(TTXVN) - ', 'Washington (TTXVN) - '], ['Theo TTXVN', 'Thông tấn xã Việt Nam', 'Theo Thông tấn xã Việt Nam', '(TTXVN)']],
    ['Đài Tiếng nói Việt Nam', ['VOV - ', 'VOV.VN - '], ['Theo VOV.VN', 'Theo Đài Tiếng nói Việt Nam', 'VOV/Washington']],
    ['Chinhphu.vn', ['(Chinhphu.vn) - '], ['Nguồn: Cổng Thông tin điện tử Chính phủ', 'Theo Chinhphu.vn']],
  ])('%s: from a lead-in, a credit line or a follow line', (outlet, leadIns, closings) => {
    for (const lead of leadIns) for (const s of both([TITLE, lead + LEDE, P2])) expect([lead, s.outlet]).toEqual([lead, outlet]);
    for (const closing of closings) {
      for (const s of both([TITLE, LEDE, P2, CLOSE, closing])) expect([closing, s.outlet]).toEqual([closing, outlet]);
    }
  });
});

describe('segment: a dateline heading the lede', () => {
  it.each([
    ['Hà Nội, ngày 17-11-2000 - ', 'Sáng nay, tại Phủ Chủ tịch, hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['WASHINGTON, ngày 20/2 – ', 'Tổng Bí thư Tô Lâm đã gặp Tổng thống Hoa Kỳ Donald Trump.', 'Washington, D.C.', 'US'],
    ['HÀ NỘI, ngày 5 tháng 3 năm 2024 - ', 'Hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['Washington, D.C., thứ Hai, 20/2 – ', 'Hai bên gặp nhau.', 'Washington, D.C.', 'US'],
    ['TP.HCM, 12/3: ', 'hai bên ký thỏa thuận.', 'TP Hồ Chí Minh', 'VN'],
    ['New York, ngày 25/9 — ', 'Hai bên gặp nhau bên lề Đại hội đồng Liên hợp quốc.', 'New York', 'US'],
    ['Hà Nội - ', 'Sáng 28/8, hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['HÀ NỘI - ', 'Sáng 28/8, hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['Hà Nội (28/8) - ', 'Hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['TP.HCM (28/8/2023) – ', 'Hai bên ký thỏa thuận.', 'TP Hồ Chí Minh', 'VN'],
    ['Washington (ngày 28/8) - ', 'Chiều 27/8, hai bên hội đàm.', 'Washington, D.C.', 'US'],
    ['HÀ NỘI (28-8): ', 'hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['New York ( thứ Hai, 25/9 ) — ', 'Hai bên gặp nhau.', 'New York', 'US'],
    ['Hà Nội (Việt Nam) - ', 'Sáng 28/8, hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['WASHINGTON (MỸ): ', 'hai bên hội đàm.', 'Washington, D.C.', 'US'],
    ['New York (Hoa Kỳ)– ', 'Hai bên gặp nhau.', 'New York', 'US'],
    ['Honolulu (Hawaii) - ', 'Hai bên gặp nhau.', 'Honolulu', 'US'],
    ['Hà Nội (28.8) - ', 'Hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['TP.HCM (28.8.2023) – ', 'Hai bên ký thỏa thuận.', 'TP Hồ Chí Minh', 'VN'],
    ['HÀ NỘI ( 8.7 ): ', 'hai bên hội đàm.', 'Hà Nội', 'VN'],
    ['Hà Nội, 28.8.2023 - ', 'Hai bên hội đàm.', 'Hà Nội', 'VN'],
  ])('reads the place of "%s" and keeps the lede whole', (dateline, rest, place, country) => {
    for (const s of both([TITLE, dateline + rest, P2])) {
      expect(s.dateline).toEqual({ place, country, line: 2, length: dateline.length });
      expect(s.blocks[0]!.text).toBe(dateline + rest);
      expect(s.outlet).toBeNull();
    }
  });

  it.each([
    ['Washington (TTXVN) - ', 'Washington, D.C.', 'US'],
    ['Hà Nội (TTXVN) – ', 'Hà Nội', 'VN'],
    ['New York (TTXVN) - ', 'New York', 'US'],
  ])('reads the place of the lead-in "%s", cut with it', (prefix, place, country) => {
    for (const s of both([TITLE, prefix + LEDE, P2])) {
      expect(s.dateline).toEqual({ place, country, line: 2, length: 0 });
      expect(s.blocks[0]!.text).toBe(LEDE);
    }
  });

  it('reads it from a lede on the header line', () => {
    const s = seg(['date 2000-11-18 Hà Nội, ngày 17-11-2000 - Sáng nay, hai bên hội đàm.', P2]);
    expect(s.dateline).toEqual({ place: 'Hà Nội', country: 'VN', line: 1, length: 26 });
  });

  it.each([
    ['a lede without one', LEDE],
    ['a place the archive does not know', 'Jakarta, ngày 5/3 - Hai bên gặp nhau.'],
    ['two capitals as the two sides', 'Hà Nội - Washington nhất trí tăng cường hợp tác.'],
    ['a place and a country', 'Hà Nội - Hoa Kỳ nhất trí tăng cường hợp tác.'],
    ['two countries', 'Mỹ - Việt Nam nhất trí tăng cường hợp tác.'],
    ['a list of places', 'Hà Nội, Hoa Kỳ và Nhật Bản - ba bên nhất trí.'],
    ['a place the archive does not know and a date in parentheses', 'Jakarta (28/8) - Hai bên gặp nhau.'],
    ['a place and a date in parentheses, no dash', 'Hà Nội (28/8), hai bên hội đàm.'],
    ['a place and a remark in parentheses', 'Hà Nội (thủ đô) - hai bên hội đàm.'],
    ['a place and more than a date in parentheses', 'Hà Nội (28/8 và 29/8) - Hai bên hội đàm.'],
    ['a dateline\'s parentheses further on', 'Hà Nội, Washington (28/8) - Hai bên hội đàm.'],
    ['a place later in the lede', 'Sáng 28/8, tại Hà Nội, hai bên hội đàm.'],
    ['a place and another country in parentheses', 'Hà Nội (Hoa Kỳ) - Hai bên hội đàm.'],
    ['a place and another place in parentheses', 'Washington (New York) - Hai bên hội đàm.'],
    ['two places and their countries as the two sides', 'Hà Nội (Việt Nam) - Washington (Hoa Kỳ): hai bên nhất trí tăng cường hợp tác.'],
    ['a place and its country, then a country', 'Hà Nội (Việt Nam) - Hoa Kỳ nhất trí tăng cường hợp tác.'],
    ['a country alone in parentheses', '(Việt Nam) - Hai bên hội đàm.'],
    ['a place and no day.month in parentheses', 'Hà Nội (32.8) - Hai bên hội đàm.'],
    ['a place and a number in parentheses', 'Hà Nội (1.5 triệu) - Hai bên hội đàm.'],
    ['a place and a number after the comma', 'TP.HCM, 2.5 - 3 triệu USD là vốn của dự án.'],
    ['a dotted day.month without its year after the comma (a number may stand there)', 'WASHINGTON, 20.2 – Hai bên gặp nhau.'],
  ])('reads none from %s', (_name, lede) => {
    for (const s of both([TITLE, lede, P2])) expect(s.dateline).toBeNull();
  });

  it('looks only at the lede', () => {
    expect(seg([TITLE, LEDE, 'Hà Nội, ngày 17-11-2000 - Sáng nay, hai bên hội đàm.']).dateline).toBeNull();
  });
});

describe('segment: the lede after a title too long to be one', () => {
  // 56 words, no final full stop: headline-shaped but for its length, so it is kept as the first paragraph.
  const LONG =
    'Bộ trưởng Ngoại giao Lê Hoài Trung hội đàm với Ngoại trưởng Hoa Kỳ Marco Rubio nhân dịp chuyến thăm chính thức Hoa Kỳ, ' +
    'thúc đẩy quan hệ Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ vì hòa bình, hợp tác và phát triển bền vững ở khu vực và trên thế giới, ' +
    'vì lợi ích của nhân dân hai nước';
  const REST = 'Hai bên hội đàm về hợp tác kinh tế.';
  /** The lines as written, and with the other tone placement ("hoà bình"); each in NFC and NFD. */
  const forms = (lines: string[]) => [...both(lines), ...both(lines.map((l) => l.replace(/hòa/g, 'hoà')))];
  /** The long title on the header line, or on its own line with a byline and a stamp after it. */
  const layouts = (lede: string) => [
    [`date 2026-02-21 ${LONG}`, lede, P2],
    ['Trang chủ › Thế giới', LONG, 'Nguyễn Hồng', '21/02/2026, 07:27', lede, P2],
  ];

  it('is headline-shaped but for its length', () => {
    expect(LONG.split(' ').length).toBeGreaterThan(40);
    expect(seg([LONG.split(' ').slice(0, 40).join(' '), LEDE, P2]).title?.text).toBe(LONG.split(' ').slice(0, 40).join(' '));
  });

  it.each([
    ['WASHINGTON, ngày 20/2 – ', 'Washington, D.C.', 'US'],
    ['Hà Nội (28/8) - ', 'Hà Nội', 'VN'],
    ['Hà Nội - ', 'Hà Nội', 'VN'],
  ])('reads the dateline "%s" from the paragraph after it', (dateline, place, country) => {
    for (const lines of layouts(dateline + REST)) {
      const line = lines.indexOf(dateline + REST) + 1;
      for (const s of forms(lines)) {
        expect(s.title).toBeNull();
        expect(s.dateline).toEqual({ place, country, line, length: dateline.length });
        expect(s.blocks.map((b) => b.text)).toEqual([LONG, dateline + REST, P2]);
        expect(s.lede).toBe(s.blocks[1]);
      }
    }
  });

  it.each([
    ['TTO - ', 'Tuổi Trẻ', null],
    ['(PLO)- ', 'Pháp Luật TP.HCM', null],
    ['Washington (TTXVN) - ', 'Thông tấn xã Việt Nam', 'Washington, D.C.'],
  ])('reads the lead-in "%s" from the paragraph after it and cuts it', (prefix, outlet, place) => {
    for (const lines of layouts(prefix + REST)) {
      for (const s of forms(lines)) {
        expect(s.outlet).toBe(outlet);
        expect(s.dateline?.place ?? null).toBe(place);
        expect(s.blocks.map((b) => b.text)).toEqual([LONG, REST, P2]);
        expect(s.lede?.text).toBe(REST);
      }
    }
  });

  it('drops a byline after it, and takes no headline after it as the title', () => {
    const heading = 'Thúc đẩy hợp tác công nghệ cao';
    for (const s of forms([LONG, 'Nguyễn Hồng', heading, REST, P2])) {
      expect(s.title).toBeNull();
      expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([
        ['paragraph', LONG],
        ['heading', heading],
        ['paragraph', REST],
        ['paragraph', P2],
      ]);
    }
  });

  it.each([
    ['a long first sentence, finished', `${LONG}.`],
    ['a long first paragraph with a lead-in of its own', `TTO - ${LONG}`],
  ])('still reads the lede from the first paragraph: %s', (_name, first) => {
    for (const s of forms([first, `WASHINGTON, ngày 20/2 – ${REST}`, P2])) {
      expect(s.dateline).toBeNull();
      expect(s.lede).toBe(s.blocks[0]);
    }
  });

  it('has no lede when no paragraph follows it', () => {
    for (const s of forms([LONG, 'Nguyễn Hồng'])) {
      expect(s.blocks.map((b) => b.text)).toEqual([LONG]);
      expect(s.lede).toBeNull();
    }
  });
});

describe('segment: closing credits and bylines', () => {
  it.each([
    [['(TTXVN/Vietnam+)'], 'Thông tấn xã Việt Nam/Vietnam+'],
    [['(TTXVN)'], 'Thông tấn xã Việt Nam'],
    [['Theo TTXVN'], 'Thông tấn xã Việt Nam'],
    [['(Theo VOV.VN)'], 'Đài Tiếng nói Việt Nam'],
    [['Theo TTO'], 'Tuổi Trẻ'],
    [['VOV/Washington'], 'Đài Tiếng nói Việt Nam'],
    [['TTXVN/Hà Nội'], 'Thông tấn xã Việt Nam'],
    [['THÀNH CHUNG - NGỌC AN', 'Theo TTXVN'], 'Thông tấn xã Việt Nam'],
    [['Thanh Hà', '(TTXVN/Vietnam+)'], 'Thông tấn xã Việt Nam/Vietnam+'],
    [['(Theo Bộ Ngoại giao)'], 'Bộ Ngoại giao'],
    [['Báo Nhân Dân'], 'Nhân Dân'],
    [['Thu Trang', 'Báo Nhân Dân'], 'Nhân Dân'],
    [['Báo Quân đội nhân dân'], 'Quân đội nhân dân'],
    [['Tạp chí Cộng sản'], 'Cộng sản'],
    [['Thông tấn xã Việt Nam'], 'Thông tấn xã Việt Nam'],
    [['Nguồn: Bộ Ngoại giao'], 'Bộ Ngoại giao'],
    [['Nguồn: TTXVN'], 'Thông tấn xã Việt Nam'],
    [['(Nguồn: Báo Nhân Dân)'], 'Nhân Dân'],
    [['Nguồn: vnexpress.net'], 'VnExpress'],
    [['Nguồn: example.vn'], 'example.vn'],
    [['Theo báo Tuổi Trẻ'], 'Tuổi Trẻ'],
    [['(Theo báo điện tử VnExpress)'], 'VnExpress'],
    [['Theo báo Hà Nội Mới'], 'Hà Nội Mới'],
    [['Theo Đài Tiếng nói Việt Nam'], 'Đài Tiếng nói Việt Nam'],
    [['Nguồn: Cổng Thông tin điện tử Chính phủ'], 'Chinhphu.vn'],
  ])('drops the closing lines %j and reads the outlet', (closing, outlet) => {
    for (const s of both([TITLE, LEDE, P2, P3, ...closing])) {
      expect(s.outlet).toBe(outlet);
      expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2, P3]);
    }
  });

  it('strips a credit after the last sentence', () => {
    for (const s of both([TITLE, LEDE, P2, P3 + ' (TTXVN/Vietnam+)'])) {
      expect(s.outlet).toBe('Thông tấn xã Việt Nam/Vietnam+');
      expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2, P3]);
    }
  });

  it('prefers the lede\'s lead-in to a closing credit', () => {
    const s = seg([TITLE, '(PLO)- ' + LEDE, P2, 'Theo TTXVN']);
    expect(s.outlet).toBe('Pháp Luật TP.HCM');
    expect(texts([TITLE, '(PLO)- ' + LEDE, P2, 'Theo TTXVN'])).toEqual([LEDE, P2]);
  });

  it.each([
    ['a source in a sentence', 'Theo Bộ trưởng, hai nước còn nhiều dư địa hợp tác'],
    ['an abbreviation that is not an outlet', '(ASEAN)'],
    ['a note in parentheses', '(Còn nữa)'],
    ['a list of agencies', '(Theo Reuters, AFP)'],
    ['a source that is no name', 'Theo tin từ Bộ Ngoại giao'],
  ])('reads no outlet from %s', (_name, line) => {
    expect(seg([TITLE, LEDE, P2, line]).outlet).toBeNull();
  });

  it.each([
    ['a source in a sentence', 'Theo Bộ trưởng, hai nước còn nhiều dư địa hợp tác'],
    ['a plan in a sentence', 'Theo kế hoạch, hai bên sẽ ký thỏa thuận vào năm sau'],
    ['a source in a sentence after a byline', 'Nguồn: Bộ Ngoại giao, hai bên đã ký thỏa thuận'],
    ['the press, not an outlet', 'Báo chí hai nước đưa tin rộng rãi về chuyến thăm'],
  ])('keeps %s on the last line as text, with no outlet', (_name, line) => {
    for (const s of both([TITLE, LEDE, P2, line])) {
      expect(s.outlet).toBeNull();
      expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2, line]);
    }
  });

  it('prefers the lede\'s lead-in to an outlet named on the last line', () => {
    for (const s of both([TITLE, '(PLO)- ' + LEDE, P2, 'Báo Nhân Dân'])) {
      expect(s.outlet).toBe('Pháp Luật TP.HCM');
      expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2]);
    }
  });

  it.each([
    ['an abbreviation closing a sentence', 'Hai bên ký Bản ghi nhớ về hợp tác quốc phòng (MOU).'],
    ['a remark in parentheses', 'Hai bên nhất trí tăng cường hợp tác. (Còn nữa)'],
  ])('keeps %s at the end of the last paragraph', (_name, last) => {
    const s = seg([TITLE, LEDE, P2, last]);
    expect(s.blocks.at(-1)!.text).toBe(last);
    expect(s.outlet).toBeNull();
  });

  it.each([
    ['THÀNH CHUNG - NGỌC AN'],
    ['TUẤN SƠN'],
    ['TRẦN SƠN (Phóng viên TTXVN tại Washington)'],
    ['HÀ LÊ, MINH ANH'],
    ['Thành Chung - Ngọc An'],
    ['Trần Sơn (Phóng viên TTXVN tại Washington)'],
  ])('drops the byline "%s" at the end, before a related-links tail and after the title', (byline) => {
    for (const lines of [
      [TITLE, LEDE, P2, P3, byline],
      [TITLE, LEDE, P2, P3, byline, 'Tin liên quan', 'Mỹ công bố gói hỗ trợ mới'],
      [TITLE, byline, LEDE, P2, P3],
    ]) {
      for (const s of both(lines)) {
        expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2, P3]);
        expect(s.outlet).toBeNull();
      }
    }
  });

  it.each([['HỢP TÁC KINH TẾ - THƯƠNG MẠI'], ['KHẮC PHỤC HẬU QUẢ CHIẾN TRANH']])('keeps "%s" in the middle of the article as a heading', (heading) => {
    for (const s of both([TITLE, LEDE, P2, heading, P3])) {
      expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([
        ['paragraph', LEDE],
        ['paragraph', P2],
        ['heading', heading],
        ['paragraph', P3],
      ]);
    }
  });
});

describe('segment: a section crumb with the publication stamp', () => {
  it.each([
    ['Thế giới | 28/08/2023 17:05'],
    ['Thời sự › Đối ngoại | 28/08/2023 17:05'],
    ['Chính trị | Thứ Hai, 28/08/2023 - 17:05'],
  ])('reads "%s" as crumb and stamp', (crumb) => {
    for (const s of both([`date 2023-08-28 ${TITLE}`, crumb, LEDE, P2])) {
      expect(s.published).toEqual({ date: { year: 2023, month: 8, day: 28 }, time: '17:05' });
      expect(s.blocks.map((b) => b.text)).toEqual([LEDE, P2]);
    }
  });
});

describe('countWords', () => {
  const bySplit = (s: string) => s.split(/\s+/).filter(Boolean).length;

  it('counts what splitting on \\s+ counts, for every UTF-16 code unit as a separator', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const s = `a${ch}b${ch}${ch}c`;
      if (countWords(s) !== bySplit(s)) expect([c.toString(16), countWords(s)]).toEqual([c.toString(16), bySplit(s)]);
    }
  });

  it('stops counting at max', () => {
    expect(countWords('một hai ba bốn năm', 3)).toBe(3);
    expect(countWords('một hai', 3)).toBe(2);
  });

  it.each(['', ' ', 'Hà Nội', '  Hà\u00A0Nội \n', 'một\u2028hai\u3000ba\uFEFFbốn', 'a\tb\vc\fd\re'])('%j', (s) => {
    expect(countWords(s)).toBe(bySplit(s));
  });
});

describe('isCaption', () => {
  // The caption pattern alone, without the quick tests before it.
  const CAPTION = /(?:^|[\s.(])(?:ảnh|nguồn ảnh|ảnh minh họa)\s*:|\((?:ảnh|nguồn)\s*[:\s][^)]*\)\s*\.?$/iu;
  const piece = fc.constantFrom('Ảnh', 'ảnh', 'nguồn', 'NGUỒN', 'minh họa', 'TTXVN', ':', '(', ')', '.', ' ', '\u00a0', '\u2028', 'x');

  it('is what the caption pattern says', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(isCaption(text)).toBe(CAPTION.test(text));
      }),
      { seed: 20261127, numRuns: 5000 },
    );
  });
});
