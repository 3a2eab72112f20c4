import type { Article, Meeting } from '../../content.config.ts';

/** The open-data columns, in order: every front-matter field, then the page URL. */
export const EXPORT_FIELDS = [
  'slug', 'title', 'date', 'dateEnd', 'datePrecision', 'dateBasis', 'published', 'meetingType', 'people', 'mentioned',
  'meetings', 'location', 'country', 'outlet', 'source', 'lede', 'url',
] as const;

/** One exported record: an article's front matter plus its absolute URL. */
export type ExportRecord = Article & { url: string };

/** The record of an article, its fields in `EXPORT_FIELDS` order. */
export function toExportRecord(article: Article, url: string): ExportRecord {
  const record = {} as Record<string, unknown>;
  const source = { ...article, url } as Record<string, unknown>;
  for (const f of EXPORT_FIELDS) record[f] = source[f];
  return record as ExportRecord;
}

/**
 * A meeting as one CSV-friendly phrase: "2026-02-13 tiếp @ Hà Nội: Tô Lâm, Michael DeSombre"; a meeting of
 * several days as an ISO 8601 interval, "2023-09-10/2023-09-11 thăm …".
 */
export function formatMeetingCell(m: Meeting): string {
  const when = m.date ? (m.dateEnd ? `${m.date}/${m.dateEnd}` : m.date) : '?';
  const where = m.place ? ` @ ${m.place}` : '';
  return `${when} ${m.type}${where}: ${m.people.join(', ')}`;
}

/** Quotes a CSV field when it holds a comma, quote, line break or edge space (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'string' ? v : formatMeetingCell(v as Meeting))).join('; ');
  }
  return String(value);
}

/** RFC 4180 CSV (CRLF line ends, header row) of the records; arrays joined with "; ". */
export function toCsv(records: readonly ExportRecord[]): string {
  const rows = [EXPORT_FIELDS.join(',')];
  for (const r of records) {
    rows.push(EXPORT_FIELDS.map((f) => csvField(cell((r as Record<string, unknown>)[f]))).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
