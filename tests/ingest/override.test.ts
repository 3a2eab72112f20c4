// splitOverride() and its effect through ingestSeed: an editor's YAML block at the top of a seed.
import { describe, expect, it } from 'vitest';
import { indexRegister, ingestSeed } from '../../src/lib/ingest/index.ts';
import { splitOverride } from '../../src/lib/ingest/override.ts';

const BODY = ['Chiều 10/7, Bộ trưởng Ngoại giao Lê Văn Bảo đã hội đàm với Ngoại trưởng Hoa Kỳ Richard Poe.', 'Hai bên trao đổi về hợp tác.'];
const register = indexRegister([]);
const ingest = (lines: string[]) => ingestSeed('sua.txt', new TextEncoder().encode(lines.join('\n')), register);

describe('splitOverride', () => {
  it('returns the text unchanged without a block', () => {
    const text = BODY.join('\n');
    expect(splitOverride(text, 'a.txt')).toEqual({ override: null, body: text, bodyLine: 1, problems: [] });
  });

  it('parses the block and keeps the body\'s line numbers', () => {
    const r = splitOverride(['---', 'date: "2019-07-10"', 'title: Hội đàm Việt – Mỹ', '---', ...BODY].join('\n'), 'a.txt');
    expect(r.problems).toEqual([]);
    expect(r.override).toEqual({ date: '2019-07-10', title: 'Hội đàm Việt – Mỹ' });
    expect(r.bodyLine).toBe(5);
    expect(r.body).toBe(BODY.join('\n'));
  });

  it.each([
    ['a YAML syntax error', ['---', 'title: Hội đàm', 'date: [2019', '---'], 3, /override block:/],
    ['an unknown field', ['---', 'title: Hội đàm', 'ngay: 2019-07-10', '---'], 3, /override block: .*ngay/],
    ['a bad date', ['---', 'title: Hội đàm', 'date: "10/07/2019"', '---'], 3, /override block: date: expected YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a bad meeting type', ['---', 'meetingType: họp', '---'], 2, /override block: meetingType: /],
    ['a duplicated key', ['---', 'date: "2019"', 'date: "2020"', '---'], 3, /override block: /],
    ['a field the ingest owns', ['---', 'dateBasis: body', '---'], 2, /override block: .*dateBasis/],
    ['a block never closed', ['---', 'date: "2019"', ...BODY], 1, /never closed/],
  ])('names the YAML line of %s', (_name, block, line, message) => {
    const r = splitOverride([...block, ...BODY].join('\n'), 'a.txt');
    expect(r.override).toBeNull();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatchObject({ file: 'a.txt', line });
    expect(r.problems[0]!.message).toMatch(message);
    expect(r.problems[0]!.hint).toBeTruthy();
  });

  it('names the YAML line of an unknown field in a bigger block', () => {
    const r = splitOverride(['---', 'title: Hội đàm', 'location: Hà Nội', 'ngay: 2019', '---', ...BODY].join('\n'), 'a.txt');
    expect(r.problems[0]).toMatchObject({ line: 4 });
  });
});

describe('ingestSeed with an override block', () => {
  it.each([
    ['date', ['date: "2019-07-10"'], { date: '2019-07-10', datePrecision: 'day', dateBasis: 'override' }],
    ['a month-only date', ['date: "2019-07"'], { date: '2019-07', datePrecision: 'month', dateBasis: 'override' }],
    ['title (and with it the slug)', ['title: Hội đàm Việt – Mỹ về hợp tác'], { title: 'Hội đàm Việt – Mỹ về hợp tác', slug: 'hoi-dam-viet-my-ve-hop-tac', dateBasis: 'body', date: '2019-07-10' }],
    ['title and slug', ['title: Hội đàm', 'slug: hoi-dam-2019'], { title: 'Hội đàm', slug: 'hoi-dam-2019' }],
    ['location and country', ['location: Washington, D.C.', 'country: US'], { location: 'Washington, D.C.', country: 'US' }],
    ['people', ['people: [Lê Văn Bảo, Richard Poe, Mary Major]'], { people: ['Lê Văn Bảo', 'Richard Poe', 'Mary Major'] }],
  ])('replaces %s', (_name, fields, want) => {
    const r = ingest(['---', ...fields, '---', 'date 2019-07-11 Tiêu đề gốc của bài viết', ...BODY]);
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject(want);
  });

  it('keeps inferred fields it does not name', () => {
    const r = ingest(['---', 'date: "2019-07-10"', '---', 'date 2019-07-11 Tiêu đề gốc của bài viết', ...BODY]);
    expect(r.entry).toMatchObject({ title: 'Tiêu đề gốc của bài viết', meetingType: 'hội đàm', people: ['Lê Văn Bảo', 'Richard Poe'], published: '2019-07-11' });
  });

  it('rescues a seed whose date cannot be inferred', () => {
    const lines = ['Sáng 9/8, Bộ trưởng Lê Văn Bảo tiếp Ngoại trưởng Hoa Kỳ Richard Poe.'];
    expect(ingest(lines).entry).toBeNull();
    const r = ingest(['---', 'date: "2019-08-09"', '---', ...lines]);
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({ date: '2019-08-09', dateBasis: 'override', people: ['Lê Văn Bảo', 'Richard Poe'], meetingType: 'tiếp' });
    expect(r.entry!.meetings).toEqual([{ date: '2019-08-09', dateEnd: null, type: 'tiếp', place: null, people: ['Lê Văn Bảo', 'Richard Poe'] }]);
  });

  it('keeps an entry the text cannot date right (a year typo) under the override date, with the article\'s lede', () => {
    // A headline too long to be the title (over 40 words) is no lede either: the lede is the paragraph after it.
    const headline = Array.from({ length: 45 }, (_, i) => (i % 2 ? 'hợp tác' : 'Việt Nam')).join(' ');
    const lede = 'Ngày 15/4/2099, Bộ trưởng Lê Văn Bảo tiếp Ngoại trưởng Hoa Kỳ Richard Poe.';
    const run = (lines: string[]) => ingestSeed('sua.txt', new TextEncoder().encode(lines.join('\n')), register, { today: '2026-11-23' });
    expect(run([headline, lede]).errors).toMatchObject([{ message: 'event date 2099-04-15 is in the future' }]);
    const r = run(['---', 'date: "2019-04-15"', '---', headline, lede]);
    expect(r.errors).toEqual([]);
    expect(r.entry).toMatchObject({ date: '2019-04-15', dateBasis: 'override', lede });
  });

  it('reports problems of the body with the seed\'s own line numbers', () => {
    const r = ingest(['---', 'title: Hội đàm', '---', 'Bộ trưởng Lê Văn Bảo đã hội đàm với Ngoại trưởng Richard Poe vào ngày 31/6.', 'date: x']);
    expect(r.entry).toBeNull();
    expect(r.warnings).toMatchObject([{ line: 4, message: 'impossible date "ngày 31/6" ignored' }]);
  });

  it('fails the seed on a malformed block, naming the YAML line', () => {
    const r = ingest(['---', 'title: Hội đàm', 'date: "2019-13-01"', '---', 'date 2019-07-11 Tiêu đề', ...BODY]);
    expect(r.entry).toBeNull();
    expect(r.errors).toMatchObject([{ file: 'sua.txt', line: 3 }]);
    expect(r.errors[0]!.message).toMatch(/^override block: date:/);
  });
});
