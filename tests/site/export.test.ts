import { describe, expect, it } from 'vitest';
import { EXPORT_FIELDS, csvField, formatMeetingCell, toCsv, toExportRecord } from '../../src/lib/site/export.ts';
import { seeds } from './fixtures.ts';

describe('csvField', () => {
  it.each([
    ['Hà Nội', 'Hà Nội'],
    ['Washington, D.C.', '"Washington, D.C."'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(csvField(input)).toBe(expected));
});

describe('formatMeetingCell', () => {
  it('names date, type, place and people', () => {
    expect(formatMeetingCell(seeds[1].meetings[0])).toBe('2026-02-13 tiếp @ Hà Nội: Tô Lâm, Michael DeSombre');
    expect(formatMeetingCell({ date: null, dateEnd: null, type: 'khác', place: null, people: [] })).toBe('? khác: ');
    expect(formatMeetingCell({ date: '2023-09-10', dateEnd: '2023-09-11', type: 'thăm', place: 'Hà Nội', people: ['Joe Biden'] }))
      .toBe('2023-09-10/2023-09-11 thăm @ Hà Nội: Joe Biden');
  });
});

describe('toExportRecord', () => {
  it('keeps every front-matter field in order and adds the URL', () => {
    const r = toExportRecord(seeds[0], 'https://x.example/bai-viet/trung-rubio/');
    expect(Object.keys(r)).toEqual([...EXPORT_FIELDS]);
    expect(r.people).toEqual(['Lê Hoài Trung', 'Marco Rubio']);
    expect(r.url).toBe('https://x.example/bai-viet/trung-rubio/');
  });
});

describe('toCsv', () => {
  const csv = toCsv(seeds.slice(0, 2).map((a) => toExportRecord(a, `/bai-viet/${a.slug}/`)));
  const lines = csv.split('\r\n');

  it('starts with the header and ends with CRLF', () => {
    expect(lines[0]).toBe(EXPORT_FIELDS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('joins arrays with "; " and quotes fields with commas', () => {
    expect(lines[1]).toContain(',Lê Hoài Trung; Marco Rubio,');
    expect(lines[1]).toContain(',"Washington, D.C.",US,');
    expect(lines[2]).toContain('2026-02-13 tiếp @ Hà Nội: Tô Lâm, Michael DeSombre; 2026-02-13 tiếp @ Hà Nội: Phan Văn Giang');
  });

  it('writes null as an empty field', () => {
    // published and outlet are null in the fixture
    expect(lines[1]).toMatch(/,header,,hội đàm,|,body,,hội đàm,/);
  });
});
