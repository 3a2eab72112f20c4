// Language knowledge the ingest needs, as data: day parts, weekdays, meeting verbs, titles, places.
import type { Country, MeetingType } from '../content.config.ts';

/** Parts of the day that precede a date: "sáng 15/4", "chiều 13-2", "tối 24/1". */
export const DAY_PARTS = ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng'] as const;

/** Weekday names as headers write them ("Thứ Sáu, 20/02/2026"). */
export const WEEKDAYS = ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7'] as const;

/**
 * Words after which a bare day/month ("vào 20/2", "từ 10 đến 16/11", "hôm nay 23/11") is a date; without
 * one of these, a day part, "ngày" or parentheses, "2/3" is as likely a fraction ("hơn 2/3 số phiếu").
 */
export const DATE_LEAD_WORDS = ['vào', 'từ', 'đến', 'tới', 'sang', 'trước', 'sau', 'nay', 'qua'] as const;

/**
 * Words naming a day by its distance from the article's publication, after a day part or "hôm" ("tối qua",
 * "sáng hôm qua", "hôm nay"): alone they are a verb or another time ("đi qua", "tuần qua", "hiện nay", "năm nay").
 */
export const RELATIVE_DAYS: ReadonlyArray<{ word: string; days: number }> = [
  { word: 'qua', days: -1 },
  { word: 'nay', days: 0 },
];

/**
 * Units a number is followed by ("8.7 tỷ USD", "2.5%"): a dotted day.month without a year ("8.7") followed by
 * one is a decimal number.
 */
export const NUMBER_UNITS = ['%', 'phần trăm', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'lần', 'USD', 'đô la', 'đồng', 'điểm', 'km', 'tấn', 'ha'] as const;

/** Phrases meaning "the same day as the previous meeting". */
export const SAME_DAY = ['cùng ngày', 'trong ngày'] as const;

/**
 * Verbs that report a meeting between two people, longest first, with the meeting type they give.
 * `notBefore` lists the next syllables that turn the verb into another word ("tiếp tục" = continue).
 */
export const MEETING_VERBS: ReadonlyArray<{ verb: string; type: MeetingType; notBefore?: readonly string[] }> = [
  { verb: 'điện đàm', type: 'điện đàm' },
  { verb: 'hội đàm trực tuyến', type: 'hội đàm' },
  { verb: 'hội đàm', type: 'hội đàm' },
  { verb: 'hội kiến', type: 'gặp' },
  { verb: 'có cuộc gặp', type: 'gặp' },
  { verb: 'gặp gỡ', type: 'gặp' },
  { verb: 'gặp mặt', type: 'gặp' },
  { verb: 'gặp', type: 'gặp', notBefore: ['phải', 'khó', 'nhau', 'gỡ', 'mặt', 'nạn', 'sự', 'trở', 'rủi'] },
  { verb: 'tiếp xã giao', type: 'tiếp' },
  { verb: 'tiếp kiến', type: 'tiếp' },
  { verb: 'tiếp đón', type: 'tiếp' },
  { verb: 'đón tiếp', type: 'tiếp' },
  {
    verb: 'tiếp',
    type: 'tiếp',
    notBefore: ['tục', 'nhận', 'cận', 'xúc', 'theo', 'thu', 'tế', 'nối', 'giáp', 'sức', 'diễn', 'đó', 'viện', 'tuyến', 'quản', 'thị', 'xã', 'kiến', 'đón'],
  },
  { verb: 'đối thoại với', type: 'đối thoại' },
  { verb: 'làm việc với', type: 'khác' },
];

/** Verbs reporting a visit (used when an article reports no person-to-person meeting). */
export const VISIT_VERBS = ['thăm chính thức', 'thăm cấp nhà nước', 'thăm làm việc', 'thăm'] as const;

/**
 * Words that may stand between a meeting verb and its object's name ("tiếp Đoàn Phái đoàn …", "hội đàm với
 * Bộ trưởng …"): connectives and the syllables of title words, lowercase (a capitalised word is always allowed).
 */
export const VERB_GAP_WORDS = [
  'với', 'cùng', 'và', 'đoàn', 'phái', 'ông', 'bà', 'ngài', 'phụ', 'trách', 'khu', 'vực', 'trưởng', 'thống', 'lý',
  'sứ', 'tướng', 'nghị', 'sĩ', 'tịch', 'bí', 'thư', 'ngoại', 'giao', 'quốc', 'phòng', 'nước', 'hội', 'an', 'tại',
  'việt', 'nam', 'cựu',
] as const;

/** Words that join a second meeting verb to the first's objects, sharing its subject ("… hội kiến B và gặp C"). */
export const SUBJECT_SHARING_WORDS = ['và', 'rồi', 'sau đó'] as const;

/** Words of tense and aspect that may stand between a subject and its verb ("Thủ tướng đã tiếp …"). */
export const TENSE_WORDS = ['đã', 'cũng', 'vừa', 'sẽ', 'đang'] as const;

/** Titles that may stand apart, before a comma, in a subject's title chain ("Phó thủ tướng, Bộ trưởng Ngoại giao X"). */
export const APPOSITIVE_TITLES = ['Thủ tướng', 'thủ tướng', 'Bộ trưởng', 'Chủ tịch', 'Tổng Bí thư', 'Đại tướng', 'Ủy viên', 'Phó'] as const;

/** Abbreviations ending in '.' that do not end a sentence ("TP. Hồ Chí Minh", "Washington D.C."), besides initials. */
export const ABBREVIATIONS = ['TP.', 'D.C.', 'TS.', 'ThS.', 'GS.', 'PGS.', 'St.', 'Mr.', 'Mrs.', 'Dr.'] as const;

/** Office titles that stand before a name ("Ngoại trưởng Hoa Kỳ Marco Rubio", "Đại sứ X", "ông X"). */
export const TITLES: ReadonlyArray<{ title: string; country?: Country }> = [
  { title: 'Tổng Bí thư', country: 'VN' },
  { title: 'Chủ tịch nước', country: 'VN' },
  { title: 'Chủ tịch Quốc hội', country: 'VN' },
  { title: 'Thủ tướng', country: 'VN' },
  { title: 'Phó Thủ tướng', country: 'VN' },
  { title: 'Phó thủ tướng', country: 'VN' },
  { title: 'Bộ trưởng' },
  { title: 'Thứ trưởng' },
  { title: 'Đại tướng', country: 'VN' },
  { title: 'Thượng tướng', country: 'VN' },
  { title: 'Trung tướng', country: 'VN' },
  { title: 'Chủ tịch' },
  { title: 'Phó Chủ tịch' },
  { title: 'Tổng thống', country: 'US' },
  { title: 'Phó Tổng thống', country: 'US' },
  { title: 'Ngoại trưởng' },
  { title: 'Trợ lý Ngoại trưởng', country: 'US' },
  { title: 'Thứ trưởng Ngoại giao' },
  { title: 'Đại sứ' },
  { title: 'Thượng nghị sĩ', country: 'US' },
  { title: 'Hạ nghị sĩ', country: 'US' },
  { title: 'Nghị sĩ' },
  { title: 'Đô đốc' },
  { title: 'Tướng' },
  { title: 'Ông' },
  { title: 'ông' },
  { title: 'Bà' },
  { title: 'bà' },
  { title: 'Ngài' },
  { title: 'ngài' },
];

/** Titles of TITLES that are pronouns of address ("ông", "bà"): alone they name nobody in particular. */
export const PRONOUN_TITLES = ['Ông', 'ông', 'Bà', 'bà', 'Ngài', 'ngài'] as const;

/** Words naming a country inside a title ("Ngoại trưởng Hoa Kỳ"); "Mỹ" and "Hoa Kỳ" mean the same. */
export const COUNTRY_WORDS: ReadonlyArray<{ word: string; country: Country }> = [
  { word: 'Hoa Kỳ', country: 'US' },
  { word: 'Mỹ', country: 'US' },
  { word: 'Việt Nam', country: 'VN' },
];

/**
 * Other countries as the Vietnamese press names them (and their usual English names): in parentheses before a dash
 * they say where a report is from ("Jakarta (Indonesia) - "), never which outlet it is.
 */
export const OTHER_COUNTRIES = [
  'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Lào', 'Campuchia', 'Thái Lan', 'Malaysia', 'Singapore',
  'Indonesia', 'Philippines', 'Myanmar', 'Brunei', 'Đông Timor', 'Ấn Độ', 'Australia', 'Úc', 'New Zealand',
  'Nga', 'Pháp', 'Anh', 'Đức', 'Italy', 'Tây Ban Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ', 'Thụy Điển', 'Canada', 'Mexico',
  'Brazil', 'Argentina', 'Chile', 'Peru', 'Cuba', 'Israel', 'Ai Cập', 'Nam Phi', 'Thổ Nhĩ Kỳ', 'Saudi Arabia', 'Qatar',
  'UAE', 'Iran', 'Ukraine', 'Ba Lan', 'Hungary', 'China', 'Japan', 'Korea', 'Laos', 'Cambodia', 'Thailand', 'India',
  'Russia', 'France', 'Germany', 'UK', 'USA', 'US',
] as const;

/** Common Vietnamese family names: a capitalised run starting with one is a Vietnamese person's name. */
export const VN_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Tô', 'Lương', 'Trịnh', 'Đinh', 'Mai', 'Đào', 'Cao', 'Hà', 'Lưu', 'Chu', 'Đoàn', 'Vương',
  'Trương', 'Tạ', 'Quách', 'Lâm', 'Thái', 'Kiều', 'Nông', 'Triệu', 'Tống', 'Văn', 'La', 'Từ', 'Thân', 'Hầu',
  'Phùng', 'Khuất', 'Âu', 'Ông', 'Giáp', 'Doãn', 'Lã', 'Mạc', 'Nghiêm', 'Hứa', 'Châu', 'Tăng', 'Bạch', 'Diệp',
  'Lục', 'Khổng', 'Vi', 'Lò', 'Ninh', 'Lạc', 'Hàn', 'Tôn', 'Quản', 'Trình', 'Đàm', 'Lại', 'Ứng', 'Viên',
] as const;

/** Places: what the text says (a city or a venue) → the canonical place and its country. */
export const PLACES: ReadonlyArray<{ names: readonly string[]; place: string; country: Country }> = [
  { names: ['Washington, D.C.', 'Washington D.C.', 'Washington, D.C', 'Washington DC', 'thủ đô Washington', 'Washington', 'Nhà Trắng', 'Lầu Năm Góc', 'Điện Capitol', 'Bộ Ngoại giao Hoa Kỳ', 'Bộ Ngoại giao Mỹ', 'Bộ Quốc phòng Hoa Kỳ', 'Bộ Quốc phòng Mỹ', 'trụ sở Bộ Ngoại giao Hoa Kỳ', 'trụ sở Bộ Ngoại giao Mỹ', 'trụ sở Bộ Quốc phòng Hoa Kỳ', 'trụ sở Bộ Quốc phòng Mỹ', 'Trụ sở Bộ Ngoại giao Hoa Kỳ', 'Trụ sở Bộ Ngoại giao Mỹ', 'Trụ sở Bộ Quốc phòng Hoa Kỳ', 'Trụ sở Bộ Quốc phòng Mỹ'], place: 'Washington, D.C.', country: 'US' },
  { names: ['New York', 'trụ sở Liên hợp quốc'], place: 'New York', country: 'US' },
  { names: ['San Francisco'], place: 'San Francisco', country: 'US' },
  { names: ['Honolulu', 'Hawaii'], place: 'Honolulu', country: 'US' },
  { names: ['Hà Nội', 'Thủ đô Hà Nội', 'trụ sở Trung ương Đảng', 'Trụ sở Trung ương Đảng', 'Phủ Chủ tịch', 'Nhà Quốc hội', 'Nhà khách Chính phủ', 'Trụ sở Chính phủ', 'trụ sở Chính phủ', 'Trụ sở Bộ Quốc phòng', 'trụ sở Bộ Quốc phòng', 'Trụ sở Bộ Công an', 'trụ sở Bộ Công an', 'Trụ sở Bộ Ngoại giao', 'trụ sở Bộ Ngoại giao'], place: 'Hà Nội', country: 'VN' },
  { names: ['Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP.HCM', 'TPHCM'], place: 'TP Hồ Chí Minh', country: 'VN' },
  { names: ['Đà Nẵng'], place: 'Đà Nẵng', country: 'VN' },
  { names: ['Hải Phòng'], place: 'Hải Phòng', country: 'VN' },
];

/** Words before a place name that make it a clock, not a venue: "rạng sáng 1/6 giờ Hà Nội" (Hanoi time). */
export const NOT_PLACE_BEFORE = ['giờ'] as const;

/** Capitalised runs that look like names after a title but are places or bodies ("Đại sứ tại Hà Nội"). */
export const NOT_NAMES = [
  'Hà Nội', 'Hồ Chí Minh', 'Thái Bình', 'Thái Lan', 'Việt Nam', 'Văn phòng', 'Cao cấp', 'Hoa Kỳ', 'Liên Hợp', 'Nhà Trắng', 'Quốc hội', 'Trung ương',
  'White House', 'United States', 'New York', 'San Francisco', 'Washington',
] as const;

/**
 * News outlets, each by the one name the archive shows for it (`shown`: the masthead's name without "Báo"/"Tạp chí"
 * before it or "Online"/"điện tử" after it — "Tuổi Trẻ", "Nhân Dân"; an agency or broadcaster by its full name,
 * "Thông tấn xã Việt Nam") and the other names articles write for it (`written`: its abbreviation, its web edition,
 * its web address). Every name here is an outlet in a lead-in even when it is not in capitals; it is recognised in any
 * case, after a kind of OUTLET_KINDS_DROPPED ("Theo báo Tuổi Trẻ") and before an OUTLET_EDITIONS word ("QĐND Online").
 * An abbreviation in capitals needs no entry and, without one, is kept as written: only outlets whose names are
 * certain are listed.
 */
export const OUTLETS: ReadonlyArray<{ shown: string; written?: readonly string[] }> = [
  { shown: 'Tuổi Trẻ', written: ['TTO', 'tuoitre.vn'] },
  { shown: 'Thanh Niên', written: ['thanhnien.vn'] },
  { shown: 'Nhân Dân', written: ['NDĐT', 'nhandan.vn'] },
  { shown: 'Thông tấn xã Việt Nam', written: ['TTXVN'] },
  { shown: 'Vietnam+', written: ['VietnamPlus', 'vietnamplus.vn'] },
  { shown: 'Đài Tiếng nói Việt Nam', written: ['VOV', 'VOV.VN'] },
  { shown: 'Đài Truyền hình Việt Nam', written: ['VTV', 'VTV.vn'] },
  { shown: 'Quân đội nhân dân', written: ['QĐND', 'qdnd.vn'] },
  { shown: 'Công an nhân dân', written: ['CAND', 'cand.com.vn'] },
  { shown: 'Sài Gòn Giải Phóng', written: ['SGGP', 'sggp.org.vn'] },
  { shown: 'Pháp Luật TP.HCM', written: ['PLO', 'plo.vn'] },
  { shown: 'Tiền Phong', written: ['tienphong.vn'] },
  { shown: 'VnExpress', written: ['vnexpress.net'] },
  { shown: 'Dân trí', written: ['dantri.com.vn'] },
  { shown: 'VietNamNet', written: ['vietnamnet.vn'] },
  { shown: 'Znews', written: ['znews.vn'] },
  { shown: 'Chinhphu.vn', written: ['Cổng Thông tin điện tử Chính phủ'] },
  // the Ministry of Foreign Affairs' paper: its site baoquocte.vn says "Báo Thế giới & Việt Nam", its lead-ins "(TG&VN) - "
  { shown: 'Thế giới & Việt Nam', written: ['TG&VN', 'Thế giới và Việt Nam', 'baoquocte.vn'] },
  { shown: 'Ngày Nay' },
];

/**
 * Words naming what kind of outlet the name after them is ("Báo Nhân Dân", "Theo báo Tuổi Trẻ", "Tạp chí Cộng sản"),
 * longest first, in lowercase: alone on an article's last lines, such a name is its outlet. Not "đài" ("Đài Loan").
 */
export const OUTLET_KINDS = ['báo điện tử', 'báo', 'tạp chí', 'thông tấn xã', 'cổng thông tin điện tử'] as const;

/** The kinds of OUTLET_KINDS that are no part of the name shown ("Báo Nhân Dân" → "Nhân Dân"; "Thông tấn xã Việt Nam" keeps its own). */
export const OUTLET_KINDS_DROPPED = ['báo điện tử', 'báo', 'tạp chí'] as const satisfies ReadonlyArray<(typeof OUTLET_KINDS)[number]>;

/** Words that may follow an outlet's abbreviation in its name ("QĐND Online", "VTC News"). */
export const OUTLET_NAME_WORDS = ['Online', 'News', 'Plus', 'điện tử'] as const;

/** The words of OUTLET_NAME_WORDS that name an outlet's edition, not the outlet: no part of the name shown ("QĐND Online" → "Quân đội nhân dân"). */
export const OUTLET_EDITIONS = ['Online', 'điện tử'] as const satisfies ReadonlyArray<(typeof OUTLET_NAME_WORDS)[number]>;

/** Abbreviations in capitals that may start a sentence or end one in parentheses but are not outlets ("ASEAN - Hoa Kỳ …"). */
export const NOT_OUTLETS = [
  'ASEAN', 'APEC', 'WTO', 'NATO', 'LHQ', 'EU', 'USD', 'VND', 'COVID', 'CPTPP', 'TPP', 'WHO', 'IMF', 'FBI', 'CIA', 'UAV',
  'VN', 'US', 'USA', 'UN', 'ODA', 'FDI', 'GDP', 'AI', 'CNTT', 'TP', 'HCM', 'IPEF', 'ARF', 'EAS', 'CSP', 'MOU', 'ADMM',
] as const;
