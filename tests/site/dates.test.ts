import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dateSearchForms,
  dayNumber,
  effectivePrecision,
  feedInstant,
  formatEventDate,
  formatMonth,
  MAX_INDEXED_RANGE_DAYS,
  formatPublished,
  parsePartialDate,
  toDatetimeAttr,
  toInstant,
  toIsoStamp,
} from '../../src/lib/site/dates.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2025-01-24', { year: 2025, month: 1, day: 24 }],
    ['2025-01', { year: 2025, month: 1 }],
    ['2025', { year: 2025 }],
    ['2026-02-20 11:55', { year: 2026, month: 2, day: 20 }],
  ])('%s', (input, expected) => expect(parsePartialDate(input)).toEqual(expected));

  it('rejects other text', () => expect(() => parsePartialDate('20/2/2026')).toThrow(/not a partial date/));
});

describe('formatEventDate', () => {
  it.each([
    ['2025-01-24', 'day', 'ngày 24/1/2025'],
    ['2025-01-24', 'month', 'tháng 1/2025'],
    ['2025-01-24', 'year', 'năm 2025'],
    ['2025-01', 'month', 'tháng 1/2025'],
    ['2025-01', 'day', 'tháng 1/2025'],
    ['2023', 'day', 'năm 2023'],
    ['2026-12-05', 'day', 'ngày 5/12/2026'],
  ] as const)('%s (%s) → %s', (date, precision, expected) => {
    expect(formatEventDate(date, precision)).toBe(expected);
  });

  it.each([
    ['2023-09-10', '2023-09-11', 'ngày 10–11/9/2023'],
    ['2024-06-30', '2024-07-02', 'ngày 30/6–2/7/2024'],
    ['2023-12-30', '2024-01-02', 'ngày 30/12/2023–2/1/2024'],
  ])('a range %s to %s → %s', (date, end, expected) => {
    expect(formatEventDate(date, 'day', end)).toBe(expected);
  });

  it('shows no range for a date not known to the day', () => {
    expect(formatEventDate('2023-09-10', 'month', '2023-09-11')).toBe('tháng 9/2023');
  });

  it('caps the precision at what the string carries', () => {
    expect(effectivePrecision('2025-01', 'day')).toBe('month');
    expect(effectivePrecision('2025-01-24', 'month')).toBe('month');
  });
});

describe('formatPublished', () => {
  it.each([
    ['2026-02-20 11:55', '11:55, 20/2/2026'],
    ['2026-02-21', '21/2/2026'],
    ['2025-01', '1/2025'],
    ['2025', '2025'],
  ])('%s → %s', (stamp, expected) => expect(formatPublished(stamp)).toBe(expected));
});

describe('toDatetimeAttr', () => {
  it.each([
    ['2026-02-20 11:55', '2026-02-20T11:55'],
    ['2025-01', '2025-01'],
  ])('%s → %s', (stamp, expected) => expect(toDatetimeAttr(stamp)).toBe(expected));
});

describe('formatMonth', () => {
  it('names a month or a whole year', () => {
    expect(formatMonth(2026, 2)).toBe('tháng 2/2026');
    expect(formatMonth(2026)).toBe('năm 2026');
  });
});

describe('dateSearchForms', () => {
  it('lists every form a reader types for a day', () => {
    const forms = dateSearchForms('2026-02-20', 'day');
    for (const f of ['20/2/2026', '20/02/2026', 'ngày 20 tháng 2 năm 2026', 'tháng 2 năm 2026', '2026-02-20', '2/2026']) {
      expect(forms).toContain(f);
    }
  });

  it('gives only month and year forms when the day is unknown', () => {
    const forms = dateSearchForms('2025-01', 'month');
    expect(forms).toContain('tháng 1 năm 2025');
    expect(forms).toContain('2025-01');
    expect(forms).not.toMatch(/ngày/);
  });

  it('gives only the year for a year', () => expect(dateSearchForms('2023', 'year')).toBe('năm 2023'));

  it('lists the forms of every day of a range, across a month end', () => {
    const forms = dateSearchForms('2024-06-30', 'day', '2024-07-02').split(' ');
    for (const f of ['30/6/2024', '1/7/2024', '01/07/2024', '2024-07-02', '6/2024', '7/2024']) expect(forms).toContain(f);
    expect(forms).not.toContain('3/7/2024');
    expect(forms).not.toContain('29/6/2024');
  });

  it('lists only the two ends of a range longer than MAX_INDEXED_RANGE_DAYS', () => {
    expect(MAX_INDEXED_RANGE_DAYS).toBeLessThan(74); // the days from 1/1 to 15/3/2024
    const forms = dateSearchForms('2024-01-01', 'day', '2024-03-15').split(' ');
    expect(forms).toContain('1/1/2024');
    expect(forms).toContain('15/3/2024');
    expect(forms).not.toContain('2/1/2024');
  });
});

describe('dayNumber and compareDates', () => {
  it('counts days across a month end', () => {
    expect(dayNumber('2026-03-01')! - dayNumber('2026-02-27')!).toBe(2);
    expect(dayNumber('2026-02')).toBeNull();
  });

  it('orders chronologically, less precise first', () => {
    expect(['2026-02-20', '2025', '2025-01-24', '2025-01'].sort(compareDates)).toEqual([
      '2025',
      '2025-01',
      '2025-01-24',
      '2026-02-20',
    ]);
  });
});

describe('toInstant and toIsoStamp', () => {
  it.each([
    ['2026-02-20 11:55', '2026-02-20T04:55:00.000Z', '2026-02-20T11:55:00+07:00'],
    ['2026-02-21', '2026-02-20T17:00:00.000Z', '2026-02-21'],
    ['2025-01', '2024-12-31T17:00:00.000Z', '2025-01'],
    ['2025', '2024-12-31T17:00:00.000Z', '2025'],
  ])('%s', (stamp, instant, iso) => {
    expect(toInstant(stamp).toISOString()).toBe(instant);
    expect(toIsoStamp(stamp)).toBe(iso);
  });
});

describe('feedInstant', () => {
  it.each([
    ['2026-02-20 11:55', '2026-02-19', '2026-02-20T04:55:00.000Z'],
    ['2025-01', '2025-01-24', '2025-01-23T17:00:00.000Z'],
    [null, '2023-04-15', '2023-04-14T17:00:00.000Z'],
  ])('published %s, event %s → %s', (published, date, iso) => expect(feedInstant(published, date).toISOString()).toBe(iso));
});
