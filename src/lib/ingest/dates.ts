import { DATE_LEAD_WORDS, DAY_PARTS, NUMBER_UNITS, RELATIVE_DAYS, SAME_DAY, WEEKDAYS } from '../../data/vietnamese.ts';
import { isSpace, WORD_END, wordStartMatches } from './regex.ts';

/**
 * A date the text names; day and year may be missing ("tháng 4", "15/4"); `sameDay` = "cùng ngày". A range of
 * days ("14-16/4", "từ 10 đến 12/9/2023", "30/6-2/7") is its first day, with the last in `until` (`untilMonth`).
 * A day named by its distance from the publication ("tối qua", "sáng nay") has `relativeDays` and no day.
 */
export interface DateMention {
  day?: number;
  month?: number;
  year?: number;
  /** the last day of a range of days */
  until?: number;
  /** the month of that last day, when not the first day's ("30/6-2/7") */
  untilMonth?: number;
  sameDay?: boolean;
  /** days from the article's publication day: "tối qua" -1, "sáng nay" 0 (day, month and year are then unset) */
  relativeDays?: number;
  /** the date of a dateline heading the lede ("WASHINGTON, ngày 20/2 – "): when the report was filed, set by analyseSentences */
  dateline?: boolean;
  /** offset of the mention in the text it was found in */
  index: number;
  raw: string;
}

/** A date with the precision it is known to: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const alt = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const E = WORD_END;
const DAY_PART = `(?:(?:${alt(DAY_PARTS)})\\s+)?(?:(?:hôm|ngày)\\s+)?`;
/** A day that ends a range ("14-16/4", "7–8 tháng 9") is not a date of its own. */
const NOT_RANGE_END = '(?<!\\d\\s?[/.\\-–]\\s?)';

/** What ends a day/month: not a letter or digit, nor the separator and digit of a longer number. */
const DM_END = '(?![\\p{L}\\p{N}]|[/.-]\\d)';
/** "qua" or "nay" after a day part or "hôm" ("tối qua", "sáng hôm qua", "hôm nay"): a day relative to the publication. */
const RELATIVE_DAY = `(?:(?:${alt(DAY_PARTS)})(?:\\s+hôm)?|hôm)\\s+(?:${alt(RELATIVE_DAYS.map((r) => r.word))})${E}`;

/** A date mention; every branch starts a word (a match counts where a word starts). */
const MENTION = new RegExp(
  [
    // a range of days: ngày 14-16/4, từ 7 - 9/10/2023, 7–8 tháng 9, từ ngày 10 đến ngày 12/9/2023, 30/6-2/7
    `(?:từ\\s+(?:ngày\\s+)?|${DAY_PART})(?<r1>\\d{1,2})(?:(?<rsep0>[/.-])(?<rm0>\\d{1,2}))?(?:\\s?[-–]\\s?|\\s+(?:đến|tới)\\s+(?:ngày\\s+)?)(?<r2>\\d{1,2})` +
      `(?:(?<rsep>[/.-])(?<rm>\\d{1,2})(?:\\k<rsep>(?<ry>\\d{4}))?${DM_END}|\\s+tháng\\s+(?<rm2>\\d{1,2})(?:\\s*(?:năm|,)\\s*(?<ry2>\\d{4}))?${E})`,
    // ngày 15 tháng 4 năm 2023 / 15 tháng 4 (not the end of a range "14-16 tháng 4")
    `${DAY_PART}${NOT_RANGE_END}(?<d1>\\d{1,2})\\s+tháng\\s+(?<m1>\\d{1,2})(?:\\s*(?:năm|,)\\s*(?<y1>\\d{4}))?${E}`,
    // 20/2, 13-2, 20/02/2026, 15.4.2023
    `${DAY_PART}${NOT_RANGE_END}(?<d2>\\d{1,2})(?<sep>[/.-])(?<m2>\\d{1,2})(?:\\k<sep>(?<y2>\\d{4}))?${DM_END}`,
    // tháng 4/2023, tháng 9-2025, tháng 4 năm 2023
    `tháng\\s+(?<m3>\\d{1,2})(?:\\s*(?:[/-]|năm)\\s*(?<y3>\\d{4}))${E}`,
    // cùng ngày (not "trong ngày 15/4", which names its day)
    `(?<same>${alt(SAME_DAY)})${E}(?!\\s*\\d)`,
    // tối qua, sáng hôm qua, hôm nay (not "hôm qua (20/2)", "hôm nay 23/11": the day they name is the date)
    `(?<rel>${RELATIVE_DAY})(?!\\s*\\(?\\s*\\d{1,2}\\s?[/.-]\\s?\\d)`,
  ].join('|'),
  'giu',
);
/** What every MENTION match holds, a digit or a "same day" phrase: most blocks have neither and are skipped. */
const MENTION_HINT = new RegExp(`\\d|${alt(SAME_DAY)}`, 'iu');
/** What a relative day holds ("tối qua", "hôm nay"): a quick test, apart (one pattern with MENTION_HINT scans slower). */
const RELATIVE_HINT = new RegExp(`\\s(?:${alt(RELATIVE_DAYS.map((r) => r.word))})\\b`, 'i');
/** Ends with a word after which a bare day/month is a date (see DATE_LEAD_WORDS). */
const DATE_LEAD = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt(DATE_LEAD_WORDS)})\\s+$`, 'iu');
/**
 * Ends with a weekday named in words or a relative day, after which a bare day.month is a date: "thứ Hai (8.7)",
 * "sáng nay 8.7" ("thứ 2" is as often an ordinal: "lần thứ 2 (1.5 …)").
 */
const DOTTED_LEAD = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt(WEEKDAYS.filter((w) => !/\d/.test(w)))}|${RELATIVE_DAY})\\s*[,(]?\\s*$`, 'iu');
/** Starts with a unit: what stands before it is a number ("8.7 tỷ USD", "2.5%"), not a day.month. */
const NUMBER_UNIT = new RegExp(`^\\s*(?:${alt(NUMBER_UNITS)})(?![\\p{L}\\p{N}])`, 'u');
/** What may stand between a dateline's date and a relative day that counts from it: "ngày 17-11-2000 - Sáng nay", "(28/8) - Sáng nay". */
const DATELINE_GAP = /^\s*\)?\s*[-–—:]\s*$/u;

/** A day and month (maybe a range's first day, a year), with a prefix: "8.7", "10-11/9", "17-11-2000", "22 tháng 7 năm 2010", "(23/5)". */
const PREFIXED_DAY = `\\(?\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s*(?:[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?|tháng\\s+\\d{1,2}(?:\\s*(?:năm|,)\\s*\\d{4})?)\\)?`;
/**
 * A date phrase opening a text, with the spaces and commas after it: "13-2 ", "Chiều 11/2, ", "Sáng 8.7 ", "Sáng thứ
 * Hai (23/5), ", "Ngày 22 tháng 7 năm 2010, ", "Tối qua, ", "12/3" (before ":"). A bare "8.7" or "22 tháng 7" (no day part, weekday, "ngày" or "hôm") may
 * be a number; a bare "13-2" or "20/2" counts, as a lede opens with it.
 */
const LEADING_DATE = new RegExp(
  `^(?:\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{4})?` +
    `|(?=(?:${alt(DAY_PARTS)}|${alt(WEEKDAYS)}|ngày|hôm)${E})(?:(?:${alt(DAY_PARTS)})\\s+)?(?:(?:${alt(WEEKDAYS)})\\s*,?\\s*)?(?:(?:ngày|hôm)\\s+)?${PREFIXED_DAY}` +
    `|${RELATIVE_DAY})${E}[\\s,]*`,
  'iu',
);

/** How many characters a date phrase opening the text takes, with the spaces and commas after it (LEADING_DATE); 0 when it opens otherwise. */
export function leadingDatePhrase(text: string): number {
  return LEADING_DATE.exec(text)?.[0].length ?? 0;
}

/** False only when the text names no date: no digit, "same day" phrase or relative day word (a quick test before the date patterns). */
export function mayNameDate(text: string): boolean {
  return MENTION_HINT.test(text) || RELATIVE_HINT.test(text);
}

/**
 * Every date the text names, in order; impossible day-months (31/2, 13/13) are returned in `invalid`. The text's first
 * `datelineEnd` characters are a dateline ("Hà Nội (28.8) - ", "WASHINGTON, 20/2 – "): a day-month there is a date.
 */
export function findDateMentions(text: string, datelineEnd = 0): { mentions: DateMention[]; invalid: DateMention[] } {
  const mentions: DateMention[] = [];
  const invalid: DateMention[] = [];
  if (!mayNameDate(text)) return { mentions, invalid };
  for (const m of wordStartMatches(text, MENTION)) {
    const g = m.groups!;
    const raw = m[0];
    const index = m.index!;
    if (g.same) {
      mentions.push({ sameDay: true, index, raw });
      continue;
    }
    if (g.rel) {
      const relativeDays = RELATIVE_DAYS.find((r) => raw.toLowerCase().endsWith(r.word))!.days;
      const dateline = mentions.at(-1);
      // After a dateline ("Hà Nội, ngày 17-11-2000 - Sáng nay") the day counts from the dateline's date, which is
      // when the report was filed, not a date of its own: the two are one mention (none when it cannot be placed).
      if (dateline?.day !== undefined && dateline.until === undefined && DATELINE_GAP.test(text.slice(dateline.index + dateline.raw.length, index))) {
        mentions.pop();
        const day = shiftDay({ year: dateline.year, month: dateline.month!, day: dateline.day }, relativeDays);
        if (day) mentions.push({ ...day, index: dateline.index, raw: text.slice(dateline.index, index + raw.length) });
      } else mentions.push({ relativeDays, index, raw });
      continue;
    }
    const day = num(g.r1 ?? g.d1 ?? g.d2);
    const until = num(g.r2);
    const endMonth = num(g.rm ?? g.rm2);
    const month = num(g.rm0) ?? endMonth ?? num(g.m1 ?? g.m2 ?? g.m3);
    const untilMonth = g.rm0 !== undefined && endMonth !== month ? endMonth : undefined;
    const year = num(g.ry ?? g.ry2 ?? g.y1 ?? g.y2 ?? g.y3);
    // A range runs forward within its year: "30-2/7" or "30/12-2/1" is left unread rather than guessed.
    if (until !== undefined && !(untilMonth !== undefined ? untilMonth > month! : until > day!)) continue;
    if (g.rsep0 !== undefined && g.rsep !== undefined && g.rsep0 !== g.rsep) continue;
    // "1.5", "2-3" or "2/3" without a day part or year is too often a number, a range or a fraction:
    // require context ("chiều 13-2", "ngày 13-2", "(13-2)", "vào 20/2").
    const sep = g.sep ?? g.rsep;
    // A day-month in a dateline is a date: the dateline's shape leaves no number, range or fraction there.
    const bare = sep && !year && /^\d/.test(raw) && index + raw.length > datelineEnd;
    const inParentheses = text[index - 1] === '(' && text[index + raw.length] === ')';
    if (sep === '.' && !year) {
      // "8.7 tỷ USD", "tăng 2.5%", "phiên bản 1.2": a dotted day.month without a year is a date only where no
      // decimal stands: after a day part or "ngày" ("Sáng 8.7"), a weekday ("thứ Hai (8.7)"), or ending a range.
      if (NUMBER_UNIT.test(text.slice(index + raw.length, index + raw.length + 16))) continue;
      if (bare && until === undefined && !DOTTED_LEAD.test(text.slice(Math.max(0, index - 24), index))) continue;
    }
    if (bare && sep === '-' && !inParentheses) continue;
    // "hơn 2/3 số phiếu": a bare d/m (or range "8-9.7") is a date after a lead word ("vào 20/2") or in parentheses.
    const needsLead = sep === '/' || (sep === '.' && until !== undefined);
    if (bare && needsLead && !inParentheses && !DATE_LEAD.test(text.slice(Math.max(0, index - 12), index))) continue;
    const mention: DateMention = { day, month, year, index, raw };
    if (until !== undefined) mention.until = until;
    if (untilMonth !== undefined) mention.untilMonth = untilMonth;
    if (!isValidDate(year ?? 2000, month!, day) || (until !== undefined && !isValidDate(year ?? 2000, untilMonth ?? month!, until))) invalid.push(mention);
    else mentions.push(mention);
  }
  return { mentions, invalid };
}

/** A sentence's dates with a dateline's last ("WASHINGTON, ngày 20/2 – Chiều 19/2 …": the 19th, then the 20th): a day the text names itself goes before the day the report was filed. */
export function ownDatesFirst<T extends DateMention>(dates: readonly T[]): readonly T[] {
  return dates.some((d) => d.dateline) ? [...dates.filter((d) => !d.dateline), ...dates.filter((d) => d.dateline)] : dates;
}

/** True when year-month(-day) exists on the calendar (leap years included when the year is known). */
export function isValidDate(year: number, month: number, day?: number): boolean {
  if (!(month >= 1 && month <= 12) || year < 1000 || year > 9999) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day of a month, in a year when known. */
type DayMonth = { year?: number; month: number; day: number };

/** The day `days` days after a day (before it when negative); without a year, undefined when the month would change. */
export function shiftDay(d: { year: number; month: number; day: number }, days: number): Required<PartialDate>;
export function shiftDay(d: DayMonth, days: number): DayMonth | undefined;
export function shiftDay(d: DayMonth, days: number): DayMonth | undefined {
  const t = new Date(Date.UTC(d.year ?? 2001, d.month - 1, d.day + days));
  if (d.year === undefined && t.getUTCMonth() !== d.month - 1) return undefined;
  const shifted = { month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  return d.year === undefined ? shifted : { year: t.getUTCFullYear(), ...shifted };
}

/** Format as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatDate(d: PartialDate): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${p2(d.month)}`;
  return `${d.year}-${p2(d.month)}-${p2(d.day)}`;
}

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as written by formatDate); undefined when not one. */
export function parseDate(s: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
  if (!m) return undefined;
  const d: PartialDate = { year: +m[1]!, month: num(m[2]), day: num(m[3]) };
  return isValidDate(d.year, d.month ?? 1, d.day) ? d : undefined;
}

/** Precision of a partial date. */
export function precisionOf(d: PartialDate): 'day' | 'month' | 'year' {
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

/** Days between two partial dates, each the span of days it covers (a month, a year): 0 when the spans meet. */
export function daysApart(a: PartialDate, b: PartialDate): number {
  const [aStart, aEnd] = daySpan(a);
  const [bStart, bEnd] = daySpan(b);
  return Math.max(0, aStart - bEnd, bStart - aEnd);
}

const DAY_MS = 86_400_000;

/** The first and last day a partial date covers, as days since 1970-01-01 (a day past a month's end rolls over). */
function daySpan(d: PartialDate): [number, number] {
  if (d.month === undefined) return [Date.UTC(d.year, 0, 1) / DAY_MS, Date.UTC(d.year + 1, 0, 0) / DAY_MS];
  if (d.day === undefined) return [Date.UTC(d.year, d.month - 1, 1) / DAY_MS, Date.UTC(d.year, d.month, 0) / DAY_MS];
  const day = Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
  return [day, day];
}

/** Compare two partial dates by their common precision: negative when a is before b. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month !== undefined && b.month !== undefined ? a.month - b.month || (a.day !== undefined && b.day !== undefined ? a.day - b.day : 0) : 0);
}

/** A publication stamp from a header: a date and, when given, a time. */
export interface Stamp {
  date: PartialDate;
  time?: string;
}

const WEEKDAY = `(?:(?:${alt(WEEKDAYS)})\\s*,?\\s*)`;
const TIME = `(?<hh>\\d{1,2})\\s*[:hg]\\s*(?<mi>\\d{2})(?:\\s*\\(?\\s*GMT\\s*[+-]\\s*\\d{1,2}\\s*\\)?)?`;
const DMY = `(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4})`;
const ISO = `(?<iy>\\d{4})-(?<im>\\d{1,2})(?:-(?<id>\\d{1,2}))?`;
/** A whole line that is only a timestamp: "Thứ Sáu, 20/02/2026", "20/02/2026, 11:55", "14/02/2026 07:22 (GMT+7)". */
const STAMP_LINE = new RegExp(`^(?:(?:cập nhật|đăng|ngày đăng|xuất bản)(?:\\s+lúc)?\\s*:?\\s*)?${WEEKDAY}?(?:${DMY}|${ISO})(?:\\s*[,|-]?\\s*${TIME})?\\s*$`, 'iu');
/** A timestamp at the end of a line that holds something else: "<title> 14/02/2026 07:22". */
const TRAILING_STAMP = new RegExp(`\\s*[|,-]?\\s*${WEEKDAY}?${DMY}(?:\\s*[,|-]?\\s*${TIME})?\\s*$`, 'iu');
/** A timestamp at the start of a line: "Thứ Sáu, 20/02/2026 <rest>", or the whole rest ("Thứ Tư, 11/09/2024 14:05"). */
const LEADING_STAMP = new RegExp(`^${WEEKDAY}?${DMY}(?:\\s*[,|-]?\\s*${TIME})?(?:\\s*[|,-]\\s*|\\s+|$)`, 'iu');
/** A time alone at the start of a header's rest, before the title: "21:40 <title>", "lúc 21h40, <title>". */
const LEADING_TIME = new RegExp(`^(?:lúc\\s+)?${TIME}(?:\\s*[|,-]\\s*|\\s+|$)`, 'iu');
/** A stamp at the start of a line, then one at its end (looked for only when the line ends in a digit or ")"). */
const STAMP_FINDERS = [(s: string) => LEADING_STAMP.exec(s), (s: string) => (endsLikeStamp(s) ? TRAILING_STAMP.exec(s) : null)];

/** True when the last character before any trailing white space is a digit or ")", as a TRAILING_STAMP match ends. */
function endsLikeStamp(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text[i];
  return c === ')' || (c !== undefined && c >= '0' && c <= '9');
}

/** The header line of a scraped article: `date 2026-02-20 <rest>`; undefined when the line is not one. */
export function parseDateLine(line: string): { stamp: Stamp; rest: string } | undefined {
  const m = /^\s*date\s*:?\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?![\d-])\s*(.*)$/iu.exec(line);
  if (!m) return undefined;
  const date = parseDate(m[1]!);
  if (!date) return undefined;
  let rest = m[2]!.trim();
  let time: string | undefined;
  // The rest may start or end with the same date as a timestamp (weekday, time): take the time, drop the stamp.
  for (const find of STAMP_FINDERS) {
    const s = find(rest);
    if (s && sameDay(s.groups!, date)) {
      time ??= timeOf(s.groups!);
      rest = (rest.slice(0, s.index) + rest.slice(s.index + s[0].length)).trim();
    }
  }
  // Or the header's date is followed by the time alone, then the title.
  const t = time === undefined ? LEADING_TIME.exec(rest) : null;
  const leading = t ? timeOf(t.groups!) : undefined;
  if (t && leading) {
    time = leading;
    rest = rest.slice(t[0].length).trim();
  }
  return { stamp: { date, time }, rest };
}

/** A line that is nothing but a timestamp; undefined otherwise. */
export function parseStampLine(line: string): Stamp | undefined {
  const s = STAMP_LINE.exec(line.trim());
  if (!s) return undefined;
  const g = s.groups!;
  const date = g.y
    ? { year: +g.y, month: +g.m!, day: +g.d! }
    : { year: +g.iy!, month: +g.im!, day: num(g.id) };
  if (!isValidDate(date.year, date.month, date.day)) return undefined;
  return { date, time: timeOf(g) };
}

/** A timestamp at the start or end of a line that holds something else ("Quang Hưng | 21/06/2024 09:12"): the stamp and the rest. */
export function splitStampLine(line: string): { stamp: Stamp; rest: string } | undefined {
  const text = line.trim();
  for (const find of STAMP_FINDERS) {
    const s = find(text);
    if (!s) continue;
    const g = s.groups!;
    const date = { year: +g.y!, month: +g.m!, day: +g.d! };
    if (!isValidDate(date.year, date.month, date.day)) continue;
    const rest = (text.slice(0, s.index) + text.slice(s.index + s[0].length)).replace(/^[\s|,–-]+|[\s|,–-]+$/gu, '');
    return { stamp: { date, time: timeOf(g) }, rest };
  }
  return undefined;
}

/** Format a stamp as `YYYY-MM-DD HH:mm` (or the partial date alone). */
export function formatStamp(s: Stamp): string {
  return s.time && s.date.day !== undefined ? `${formatDate(s.date)} ${s.time}` : formatDate(s.date);
}

function sameDay(g: Record<string, string | undefined>, date: PartialDate): boolean {
  return +g.y! === date.year && (date.month === undefined || +g.m! === date.month) && (date.day === undefined || +g.d! === date.day);
}

function timeOf(g: Record<string, string | undefined>): string | undefined {
  if (g.hh === undefined) return undefined;
  const h = +g.hh;
  const mi = +g.mi!;
  if (h > 23 || mi > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
}

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** A year from 1940 to 2099, not followed by a digit. */
const YEAR = /(?:19[4-9]|20\d)\d(?!\p{N})/gu;
/** What may not stand just before a year: a letter, a digit or . , / - (tested at one position). */
const NOT_AFTER_YEAR_START = /(?<![\p{L}\p{N}.,/-])/uy;

/**
 * Four-digit years the text names ("năm 2023", "2022"), for placing a day-month without a year. The character
 * before is tested per match (a leading lookbehind would be tried at every position of the text).
 */
export function findYears(text: string): number[] {
  const years: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    NOT_AFTER_YEAR_START.lastIndex = m.index;
    if (NOT_AFTER_YEAR_START.test(text)) years.push(Number(m[0]));
    else YEAR.lastIndex = m.index + 1;
  }
  return years;
}
