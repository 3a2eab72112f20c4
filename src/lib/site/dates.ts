import type { Article } from '../../content.config.ts';

/** How precisely a date is known. */
export type DatePrecision = Article['datePrecision'];

/** A `YYYY[-MM[-DD]]` date split into numbers; month and day are absent when unknown. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a trailing ` HH:mm` is ignored) into numbers. */
export function parsePartialDate(date: string): DateParts {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) throw new Error(`not a partial date: ${JSON.stringify(date)}`);
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2]) parts.month = Number(m[2]);
  if (m[3]) parts.day = Number(m[3]);
  return parts;
}

/** The precision a date string can actually carry, capped by the stated precision. */
export function effectivePrecision(date: string, precision: DatePrecision = 'day'): DatePrecision {
  const { month, day } = parsePartialDate(date);
  const carried: DatePrecision = day ? 'day' : month ? 'month' : 'year';
  const rank = { year: 0, month: 1, day: 2 } as const;
  return rank[carried] < rank[precision] ? carried : precision;
}

/** The short numeric form: "24/1/2025", "1/2025" or "2025". */
export function formatShortDate(date: string, precision: DatePrecision = 'day'): string {
  const { year, month, day } = parsePartialDate(date);
  switch (effectivePrecision(date, precision)) {
    case 'day':
      return `${day}/${month}/${year}`;
    case 'month':
      return `${month}/${year}`;
    default:
      return String(year);
  }
}

/** Days of a range as the press writes them: "10–11/9/2023", "30/6–2/7/2024", "30/12/2023–2/1/2024". */
export function formatShortRange(date: string, end: string): string {
  const a = parsePartialDate(date);
  const b = parsePartialDate(end);
  const from = a.year !== b.year ? formatShortDate(date) : a.month !== b.month ? `${a.day}/${a.month}` : String(a.day);
  return `${from}–${formatShortDate(end)}`;
}

/**
 * An event date as a reader says it: "ngày 24/1/2025", "tháng 1/2025" or "năm 2025"; with the last day of
 * an event of several days, "ngày 10–11/9/2023".
 */
export function formatEventDate(date: string, precision: DatePrecision = 'day', end: string | null = null): string {
  const p = effectivePrecision(date, precision);
  if (p === 'day' && end && effectivePrecision(end) === 'day') return `ngày ${formatShortRange(date, end)}`;
  const label = p === 'day' ? 'ngày' : p === 'month' ? 'tháng' : 'năm';
  return `${label} ${formatShortDate(date, p)}`;
}

/** A publication stamp (`YYYY-MM-DD HH:mm` or a partial date): "11:55, 20/2/2026", "1/2025". */
export function formatPublished(stamp: string): string {
  const time = /\s(\d{2}:\d{2})$/.exec(stamp)?.[1];
  const date = formatShortDate(stamp.replace(/\s.*$/, ''));
  return time ? `${time}, ${date}` : date;
}

/** A valid HTML `datetime` value for a partial date or a publication stamp. */
export function toDatetimeAttr(stamp: string): string {
  return stamp.replace(' ', 'T');
}

/** "tháng 2/2026"-style label of a year and month, or "năm 2026" when the month is unknown. */
export function formatMonth(year: number, month?: number): string {
  return month ? `tháng ${month}/${year}` : `năm ${year}`;
}

/** The most days of a range whose every day is indexed (a longer one is a tour, and its ends are indexed). */
export const MAX_INDEXED_RANGE_DAYS = 31;

/**
 * Every way a reader may type an event date, space-separated, for the search index:
 * for 2026-02-20 (day) "20/2/2026 20/02/2026 20-2-2026 ngày 20 tháng 2 năm 2026 tháng 2 năm 2026
 * 2/2026 02/2026 2026-02-20 2026-02"; month and year precisions give the shorter forms only. With the last
 * day of a range (`end`), the forms of every day of it, so a search for any day of a visit finds it.
 */
export function dateSearchForms(date: string, precision: DatePrecision = 'day', end: string | null = null): string {
  const p = effectivePrecision(date, precision);
  const first = dayNumber(date);
  const last = end && p === 'day' ? dayNumber(end) : null;
  const days = first !== null && last !== null && last > first ? rangeDays(first, last) : [date];
  const forms = days.flatMap((d) => oneDateForms(d, p));
  return [...new Set(forms)].join(' ');
}

/** The `YYYY-MM-DD` days from one day number to another, or only the two ends when that is too many. */
function rangeDays(first: number, last: number): string[] {
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  if (last - first >= MAX_INDEXED_RANGE_DAYS) return [iso(first), iso(last)];
  return Array.from({ length: last - first + 1 }, (_, i) => iso(first + i));
}

function oneDateForms(date: string, p: DatePrecision): string[] {
  const { year, month, day } = parsePartialDate(date);
  const mm = String(month).padStart(2, '0');
  const forms: string[] = [];
  if (p === 'day') {
    const dd = String(day).padStart(2, '0');
    forms.push(`${day}/${month}/${year}`, `${dd}/${mm}/${year}`, `${day}-${month}-${year}`);
    forms.push(`ngày ${day} tháng ${month} năm ${year}`, `${year}-${mm}-${dd}`);
  }
  if (p !== 'year') forms.push(`tháng ${month} năm ${year}`, `${month}/${year}`, `${mm}/${year}`, `${year}-${mm}`);
  forms.push(`năm ${year}`);
  return forms;
}

/** Days since 1970-01-01 of a day-precise date, or null when the day is unknown. */
export function dayNumber(date: string): number | null {
  const { year, month, day } = parsePartialDate(date);
  if (!month || !day) return null;
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Orders partial dates chronologically; a less precise date sorts before the more precise ones it contains. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Offset of the stamps in the articles: Vietnamese outlets publish in Indochina Time. */
export const VIETNAM_OFFSET = '+07:00';

/** The instant of a stamp read as Vietnam time; a partial date means its first day at midnight. */
export function toInstant(stamp: string, offset = VIETNAM_OFFSET): Date {
  const { year, month = 1, day = 1 } = parsePartialDate(stamp);
  const time = /\s(\d{2}:\d{2})$/.exec(stamp)?.[1] ?? '00:00';
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date(`${year}-${pad(month)}-${pad(day)}T${time}:00${offset}`);
}

/**
 * The instant a feed gives an article: its publication, but never before the event it reports (a publication
 * known to the month only, "2025-01", would otherwise put a report of 24/1 on the 1st); the event date when
 * the publication is unknown.
 */
export function feedInstant(published: string | null, date: string): Date {
  const event = toInstant(date);
  if (!published) return event;
  const stamp = toInstant(published);
  return stamp < event ? event : stamp;
}

/** ISO 8601 of a stamp for structured data: with Vietnam's offset when the time is known, else the partial date. */
export function toIsoStamp(stamp: string, offset = VIETNAM_OFFSET): string {
  return /\s\d{2}:\d{2}$/.test(stamp) ? `${stamp.replace(' ', 'T')}:00${offset}` : stamp;
}
