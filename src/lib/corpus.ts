// A synthetic corpus for the benchmark and for tests: seeds shaped like the real ones (every header
// shape, crumbs, bylines, stamps, follow lines, stray tags, duplicated captions, related-article tails),
// with register people in office on the event date, so the ingest does the work real seeds make it do.
import type { Country, Person } from '../content.config.ts';

/** One generated seed: its file name (`NNNNN_<hash>.txt`) and its text. */
export interface CorpusSeed {
  name: string;
  text: string;
}

/** What to generate: how many seeds, from which PRNG seed, with which register people. */
export interface CorpusOptions {
  count: number;
  seed?: number;
  /** register people; their offices give titles and terms (built-in office-holders fill in when few) */
  people?: readonly Person[];
}

/** A person holding an office over a span of years, as the press titles them. */
interface Holder {
  name: string;
  country: Country;
  title: string;
  from: number;
  to: number;
}

/** Office-holders used when the register is small: real names, real titles, approximate terms. */
const BUILT_IN: readonly Holder[] = [
  ['Đỗ Mười', 'Tổng Bí thư', 1991, 1997],
  ['Lê Khả Phiêu', 'Tổng Bí thư', 1997, 2001],
  ['Nông Đức Mạnh', 'Tổng Bí thư', 2001, 2011],
  ['Nguyễn Phú Trọng', 'Tổng Bí thư', 2011, 2024],
  ['Tô Lâm', 'Tổng Bí thư', 2024, 2026],
  ['Trần Đức Lương', 'Chủ tịch nước', 1997, 2006],
  ['Nguyễn Minh Triết', 'Chủ tịch nước', 2006, 2011],
  ['Trương Tấn Sang', 'Chủ tịch nước', 2011, 2016],
  ['Trần Đại Quang', 'Chủ tịch nước', 2016, 2018],
  ['Võ Văn Thưởng', 'Chủ tịch nước', 2023, 2024],
  ['Lương Cường', 'Chủ tịch nước', 2024, 2026],
  ['Võ Văn Kiệt', 'Thủ tướng', 1991, 1997],
  ['Phan Văn Khải', 'Thủ tướng', 1997, 2006],
  ['Nguyễn Tấn Dũng', 'Thủ tướng', 2006, 2016],
  ['Nguyễn Xuân Phúc', 'Thủ tướng', 2016, 2021],
  ['Phạm Minh Chính', 'Thủ tướng', 2021, 2026],
  ['Nguyễn Mạnh Cầm', 'Bộ trưởng Ngoại giao', 1991, 2000],
  ['Nguyễn Dy Niên', 'Bộ trưởng Ngoại giao', 2000, 2006],
  ['Phạm Gia Khiêm', 'Bộ trưởng Ngoại giao', 2006, 2011],
  ['Phạm Bình Minh', 'Bộ trưởng Ngoại giao', 2011, 2021],
  ['Bùi Thanh Sơn', 'Bộ trưởng Ngoại giao', 2021, 2025],
  ['Lê Hoài Trung', 'Bộ trưởng Ngoại giao', 2025, 2026],
  ['Phùng Quang Thanh', 'Bộ trưởng Bộ Quốc phòng', 2006, 2016],
  ['Phan Văn Giang', 'Bộ trưởng Bộ Quốc phòng', 2021, 2026],
  ['Lương Tam Quang', 'Bộ trưởng Bộ Công an', 2024, 2026],
  ['Vương Đình Huệ', 'Chủ tịch Quốc hội', 2021, 2024],
].map(([name, title, from, to]) => ({ name, title, from, to, country: 'VN' }) as Holder).concat(
  [
    ['Bill Clinton', 'Tổng thống', 1995, 2001],
    ['George W. Bush', 'Tổng thống', 2001, 2009],
    ['Barack Obama', 'Tổng thống', 2009, 2017],
    ['Donald Trump', 'Tổng thống', 2017, 2021],
    ['Joe Biden', 'Tổng thống', 2021, 2025],
    ['Donald Trump', 'Tổng thống', 2025, 2026],
    ['Kamala Harris', 'Phó Tổng thống', 2021, 2025],
    ['Warren Christopher', 'Ngoại trưởng', 1995, 1997],
    ['Madeleine Albright', 'Ngoại trưởng', 1997, 2001],
    ['Colin Powell', 'Ngoại trưởng', 2001, 2005],
    ['Condoleezza Rice', 'Ngoại trưởng', 2005, 2009],
    ['Hillary Clinton', 'Ngoại trưởng', 2009, 2013],
    ['John Kerry', 'Ngoại trưởng', 2013, 2017],
    ['Mike Pompeo', 'Ngoại trưởng', 2018, 2021],
    ['Antony Blinken', 'Ngoại trưởng', 2021, 2025],
    ['Marco Rubio', 'Ngoại trưởng', 2025, 2026],
    ['Ashton Carter', 'Bộ trưởng Quốc phòng', 2015, 2017],
    ['Lloyd Austin', 'Bộ trưởng Quốc phòng', 2021, 2025],
    ['Pete Hegseth', 'Bộ trưởng Quốc phòng', 2025, 2026],
    ['Pete Peterson', 'Đại sứ', 1997, 2001],
    ['Ted Osius', 'Đại sứ', 2014, 2017],
    ['Daniel Kritenbrink', 'Đại sứ', 2017, 2021],
    ['Marc Knapper', 'Đại sứ', 2022, 2025],
    ['Michael DeSombre', 'Trợ lý Ngoại trưởng', 2025, 2026],
  ].map(([name, title, from, to]) => ({ name, title, from, to, country: 'US' }) as Holder),
);

const VERBS = [
  { verb: 'hội đàm với', noun: 'cuộc hội đàm', tag: 'hội đàm' },
  { verb: 'điện đàm với', noun: 'cuộc điện đàm', tag: 'điện đàm' },
  { verb: 'tiếp', noun: 'buổi tiếp', tag: 'tiếp' },
  { verb: 'có cuộc gặp với', noun: 'cuộc gặp', tag: 'gặp' },
  { verb: 'gặp', noun: 'cuộc gặp', tag: 'gặp' },
] as const;
const VN_PLACES = ['Hà Nội', 'trụ sở Trung ương Đảng', 'Phủ Chủ tịch', 'Nhà khách Chính phủ', 'trụ sở Bộ Ngoại giao', 'TP Hồ Chí Minh', 'Đà Nẵng'];
const US_PLACES = ['Nhà Trắng', 'thủ đô Washington', 'Bộ Ngoại giao Hoa Kỳ', 'New York', 'San Francisco', 'Honolulu'];
const DAY_PARTS = ['Sáng', 'Chiều', 'Tối', 'Trưa'];
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const CRUMBS = ['Trang chủ Tiêu điểm', 'Trang chủ Thời sự', 'Trang chủ > Chính trị > Đối ngoại', 'Trang chủ Thế giới'];
const BYLINES = ['Hà Lê', 'Nguyễn Hồng', 'Minh Anh', 'Thu Trang', 'Việt Anh', 'Quang Hòa'];
const OUTLETS = ['PLO', 'Ngày Nay', 'TTXVN', 'VOV', 'Chinhphu.vn', 'QĐND'];
const PHOTO = ['TTXVN', 'Bộ Ngoại giao', 'Nguyễn Hồng', 'Báo QĐND', 'VGP'];
const TOPICS = [
  'kinh tế – thương mại', 'quốc phòng – an ninh', 'khắc phục hậu quả chiến tranh', 'khoa học – công nghệ',
  'giáo dục – đào tạo', 'y tế', 'năng lượng sạch', 'chuyển đổi số', 'biến đổi khí hậu', 'giao lưu nhân dân',
];
const FILLER = [
  'Hai bên nhất trí đánh giá quan hệ Việt Nam – Hoa Kỳ có nền tảng vững chắc, dựa trên nhiều lợi ích chung.',
  'Việt Nam coi trọng quan hệ ổn định, lâu dài với Hoa Kỳ và mong muốn tiếp tục làm sâu sắc hơn quan hệ song phương.',
  'Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm, trong đó có tình hình Biển Đông.',
  'Phía Hoa Kỳ khẳng định ủng hộ một Việt Nam mạnh, độc lập, tự cường và thịnh vượng.',
  'Hai bên nhấn mạnh tầm quan trọng của việc giải quyết tranh chấp bằng biện pháp hòa bình, phù hợp với luật pháp quốc tế.',
  'Hai bên nhất trí tăng cường trao đổi đoàn các cấp, nhất là cấp cao, và phát huy hiệu quả các cơ chế đối thoại.',
  'Kim ngạch thương mại hai chiều tiếp tục tăng trưởng, trở thành động lực quan trọng của quan hệ hai nước.',
  'Hai bên đánh giá cao kết quả hợp tác trong tìm kiếm, quy tập hài cốt và xử lý bom mìn sau chiến tranh.',
  'Phía Việt Nam đề nghị Hoa Kỳ sớm công nhận quy chế kinh tế thị trường của Việt Nam.',
  'Hai bên khẳng định sẽ tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương như ASEAN, APEC và Liên hợp quốc.',
];
const HEADINGS = ['Thúc đẩy hợp tác thực chất, hiệu quả', 'Tăng cường tin cậy chính trị', 'Hợp tác khắc phục hậu quả chiến tranh', 'Mở rộng hợp tác kinh tế – thương mại'];
const CARDS = [
  ['Lịch thi đấu của đội tuyển Việt Nam tại chuyến tập huấn Hàn Quốc', 'Thầy trò đội tuyển Việt Nam sẽ có đợt tập huấn 10 ngày tại Hàn Quốc với 3 trận đá tập ...'],
  ['Việt Nam-Bulgaria trước ngưỡng cửa 75 năm thiết lập quan hệ ngoại giao', 'Đôi dòng chia sẻ về quan hệ hữu nghị Việt Nam-Bulgaria nhân dịp chuyến thăm sắp tới.'],
  ['Tuần lễ cấp cao APEC: Thúc đẩy nguyên tắc đa phương', 'Không chỉ thúc đẩy hợp tác khu vực, Tuần lễ cấp cao APEC còn là cơ hội để thúc đẩy các nguyên tắc đa phương.'],
  ['Kiến tạo lòng tin, thúc đẩy đối thoại', 'ADMM+ ngày càng thể hiện vai trò là nền tảng cho hợp tác trên thực tế giữa ASEAN với các nước bên ngoài khu vực.'],
  ['Phần Lan-Trung Quốc: Van giảm áp', 'Chuyến thăm Trung Quốc của Tổng thống Phần Lan góp phần ổn định quan hệ Trung Quốc - EU...'],
];

/** Mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 16 hex digits of a text's two FNV-1a hashes: stable file-name suffixes without node:crypto. */
export function hash16(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Holders from register offices (title and years), topped up with the built-in ones. */
function holdersOf(people: readonly Person[]): Holder[] {
  const fromRegister = people.flatMap((p) =>
    p.offices.map((o) => ({
      name: p.name,
      country: p.country,
      title: o.title,
      from: Number(o.from.slice(0, 4)),
      to: o.to ? Number(o.to.slice(0, 4)) : 2026,
    })),
  );
  const known = new Set(fromRegister.map((h) => h.name));
  return [...fromRegister, ...BUILT_IN.filter((h) => !known.has(h.name))];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Generate `count` seeds deterministically from `seed` (same options, same corpus, byte for byte). */
export function makeCorpus({ count, seed = 1, people = [] }: CorpusOptions): CorpusSeed[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const holders = holdersOf(people);
  const inOffice = (country: Country, year: number) => {
    const now = holders.filter((h) => h.country === country && h.from <= year && h.to >= year);
    return now.length ? now : holders.filter((h) => h.country === country);
  };
  // A US title gets "Hoa Kỳ" or "Mỹ" after it, as the press writes it, unless it already names the country.
  const press = (h: Holder) =>
    h.country === 'US' && !/Hoa Kỳ|Mỹ/.test(h.title) && rand() < 0.6 ? `${h.title} ${pick(['Hoa Kỳ', 'Mỹ'])} ${h.name}` : `${h.title} ${h.name}`;
  const short = (h: Holder) => `${h.title.split(' ')[0] === 'Bộ' ? 'Bộ trưởng' : h.title} ${h.name}`;

  const out: CorpusSeed[] = [];
  for (let i = 0; i < count; i++) {
    const year = int(1995, 2026);
    const month = year === 2026 ? int(1, 10) : int(1, 12);
    const day = int(1, 28);
    const at = new Date(Date.UTC(year, month - 1, day));
    const vn = pick(inOffice('VN', year));
    const us = pick(inOffice('US', year));
    const [host, guest] = rand() < 0.7 ? [vn, us] : [us, vn];
    const v = pick(VERBS);
    const place = v.tag === 'điện đàm' ? null : pick(host.country === 'VN' ? VN_PLACES : US_PLACES);
    const dayPart = pick(DAY_PARTS);
    const dm = rand() < 0.5 ? `${day}/${month}` : `${day}-${month}`;
    const ymd = `${year}-${pad(month)}-${pad(day)}`;
    const dmy = `${pad(day)}/${pad(month)}/${year}`;
    const time = `${pad(int(6, 22))}:${pad(int(0, 59))}`;

    const title = `${press(host)} ${v.verb} ${press(guest)}` + (rand() < 0.4 ? `: thúc đẩy hợp tác ${pick(TOPICS)}` : '');
    // one visit in ten spans two days ("Từ ngày 10-11/9"), dated by its first
    const when = day < 28 && rand() < 0.1 ? `Từ ngày ${day}-${day + 1}/${month}` : `${dayPart} ${dm}`;
    const lede =
      `${when}${place ? `, tại ${place}` : ''}, ${press(host)} đã ${v.verb} ${press(guest)}` +
      (rand() < 0.5 ? ` nhân dịp chuyến thăm chính thức ${guest.country === 'VN' ? 'Hoa Kỳ' : 'Việt Nam'}.` : '.');
    const caption = `${short(host)} ${v.verb} ${short(guest)}. Ảnh: ${pick(PHOTO)}`;

    // Others named without meeting anyone (the archive's "mentioned"): who invited the guest, whose greetings were passed on.
    const other = (country: Country) => {
      const h = pick(inOffice(country, year));
      return h.name === host.name || h.name === guest.name ? null : h;
    };
    const inviter = rand() < 0.35 ? other(host.country) : null;
    const sender = rand() < 0.2 ? other(guest.country) : null;
    const receiver = sender && other(host.country);

    const body: string[] = [];
    const paragraphs = int(4, 14);
    // paragraph 2 names the year: seeds without a dated header get theirs from the body, as real ones do
    for (let p = 0; p < paragraphs; p++) {
      const who = rand() < 0.5 ? host : guest;
      const sentences = [`Tại ${v.noun}, ${short(who)} khẳng định hai bên cần tiếp tục hợp tác trong lĩnh vực ${pick(TOPICS)} và ${pick(TOPICS)}.`];
      for (let s = int(1, 4); s > 0; s--) sentences.push(pick(FILLER));
      body.push(sentences.join(' '));
      if (p === 0 && inviter) body.push(`Chuyến thăm diễn ra theo lời mời của ${press(inviter)}.`);
      if (p === 1) body.push(caption, caption);
      if (p === 3 && sender && receiver) body.push(`Nhân dịp này, ${short(guest)} chuyển lời thăm hỏi của ${press(sender)} tới ${press(receiver)}.`);
      if (p === 3 && rand() < 0.4) body.push(pick(HEADINGS));
      if (p === 2) body.push(`${pick(FILLER).slice(0, -1)}, đặc biệt trong năm ${year}.`);
      if (p === 5 && rand() < 0.3) body.push(`Cùng ngày, ${short(guest)} cũng ${pick(['gặp', 'tiếp'])} ${press(pick(inOffice(host.country, year)))}.`);
    }

    const lines: string[] = [];
    const shape = i % 5;
    if (shape === 0) {
      lines.push(` date ${ymd} ${WEEKDAYS[at.getUTCDay()]}, ${dmy}`, '', pick(CRUMBS), '', title, '', pick(BYLINES), '', `${dmy}, ${time}`, '', lede, '');
    } else if (shape === 1) {
      lines.push(` date ${ymd} ${title} ${dmy} ${time}`, '', `(${pick(OUTLETS)})- ${lede}`, '');
    } else if (shape === 2) {
      lines.push(` date ${ymd} ${title}`, '', `(${pick(OUTLETS)}) - ${lede}`, '');
    } else if (shape === 3) {
      lines.push(` date ${year}-${pad(month)} ${lede}`, '');
    } else {
      lines.push(title, '', lede, 'Theo dõi Baoquocte.vn trên', v.tag, '');
    }
    lines.push(...body.flatMap((b) => [b, '']));
    if (shape === 4 || rand() < 0.2) {
      for (let c = int(2, 5); c > 0; c--) {
        const [h, s] = pick(CARDS);
        lines.push(h, '', h, '', s, '');
      }
      lines.push('Xem nhiều', '', 'Đọc thêm', '');
      for (let c = int(1, 4); c > 0; c--) {
        const [h, s] = pick(CARDS);
        lines.push(h, '', h, '', s);
      }
      lines.push('Phiên bản di động');
    }
    const text = lines.join('\n') + '\n';
    out.push({ name: `${pad(i, 5)}_${hash16(text)}.txt`, text });
  }
  return out;
}
