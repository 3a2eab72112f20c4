// The five real seeds and the entries they must give (issue #3's table), plus the decoding variants
// every seed must survive unchanged: BOM, CRLF, NFD, and the other tone placement.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus, ingestSeed, indexRegister, parseRegister } from '../../src/lib/ingest/index.ts';
import type { Person } from '../../src/content.config.ts';

const SEEDS = join(import.meta.dirname, '../../seeds');
const people: Person[] = parseRegister(readFileSync(join(import.meta.dirname, '../../src/data/people.yaml'), 'utf8'));
const register = indexRegister(people);
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const bytesOf = (f: string) => new Uint8Array(readFileSync(join(SEEDS, f)));
const entryOf = (f: string) => {
  const r = ingestSeed(f, bytesOf(f), register);
  expect(r.errors, `${f} should parse`).toEqual([]);
  return r.entry!;
};

/**
 * The other tone placement in open syllables oa/oe/uy at a word's end ("hòa" ↔ "hoà", "thủy" ↔ "thuỷ");
 * closed syllables (toàn, hoàng) are the same in both styles and stay as they are.
 */
function swapTones(text: string, to: 'new' | 'old'): string {
  const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
  const nfd = text.normalize('NFD');
  const re =
    to === 'new'
      ? new RegExp(`([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}])|(?<![qQ])([uU])(${TONE})([yY])(?![\\p{L}\\p{M}])`, 'gu')
      : new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
  return nfd.replace(re, (_m, a, b, c, d, e, f) => (a ? a + c + b : d + f + e)).normalize('NFC');
}

describe.each([
  { prefix: '000', date: '2026-02-20', basis: 'header', published: '2026-02-20 11:55', type: 'hội đàm', people: ['Lê Hoài Trung', 'Marco Rubio'], location: 'Washington, D.C.', country: 'US', trumpMentioned: true },
  { prefix: '001', date: '2026-02-13', basis: 'body', published: '2026-02-14 07:22', type: 'tiếp', people: ['Tô Lâm', 'Michael DeSombre', 'Phan Văn Giang', 'Lương Tam Quang'], location: 'Hà Nội', country: 'VN', trumpMentioned: true },
  { prefix: '002', date: '2026-02-20', basis: 'body', published: '2026-02-21', type: 'gặp', people: ['Tô Lâm', 'Donald Trump'], location: 'Washington, D.C.', country: 'US', trumpMentioned: false },
  { prefix: '003', date: '2025-01-24', basis: 'body', published: '2025-01', type: 'điện đàm', people: ['Bùi Thanh Sơn', 'Marco Rubio'], location: null, country: null, trumpMentioned: true },
  { prefix: '004', date: '2023-04-15', basis: 'body', published: null, type: 'hội đàm', people: ['Bùi Thanh Sơn', 'Antony Blinken'], location: 'Hà Nội', country: 'VN', trumpMentioned: false },
])('seed $prefix', (want) => {
  const file = seedFiles.find((f) => f.startsWith(`${want.prefix}_`))!;
  const parsed = ingestSeed(file, bytesOf(file), register);
  const entry = parsed.entry!;

  it('parses without errors', () => {
    expect(parsed.errors, `${file} should parse`).toEqual([]);
    expect(parsed.entry).not.toBeNull();
  });
  it('has the event date, its precision and basis', () => {
    expect(entry.date).toBe(want.date);
    expect(entry.datePrecision).toBe('day');
    expect(entry.dateBasis).toBe(want.basis);
  });
  it('has the publication stamp', () => expect(entry.published).toBe(want.published));
  it('has the meeting type', () => expect(entry.meetingType).toBe(want.type));
  it('lists exactly the participants', () => expect([...entry.people].sort()).toEqual([...want.people].sort()));
  it('has the place and country', () => {
    expect(entry.location).toBe(want.location);
    expect(entry.country).toBe(want.country);
  });
  it(`${want.trumpMentioned ? 'mentions' : 'does not only mention'} Donald Trump`, () => {
    expect(entry.mentioned.includes('Donald Trump')).toBe(want.trumpMentioned);
    expect(entry.mentioned.some((m) => entry.people.includes(m))).toBe(false);
  });
  it('has a title that is not the date line, and a clean lede', () => {
    expect(entry.title).not.toMatch(/^date\b|\d{1,2}\/\d{1,2}\/\d{4}/);
    expect(entry.title.length).toBeGreaterThan(10);
    expect(entry.lede).not.toMatch(/^\(|^date\b|Trang chủ/);
    expect(entry.slug).toMatch(/^[a-z0-9-]+$/);
  });
  it('survives BOM, CRLF, NFD and the other tone placement unchanged', () => {
    const text = new TextDecoder().decode(bytesOf(file));
    const variants = {
      bom: '\uFEFF' + text,
      crlf: text.replace(/\n/g, '\r\n'),
      nfd: text.normalize('NFD'),
      newTones: swapTones(text, 'new'),
      oldTones: swapTones(swapTones(text, 'new'), 'old'),
    };
    expect(variants.newTones, 'the tone variant really differs').not.toBe(text);
    for (const [name, variant] of Object.entries(variants)) {
      const r = ingestSeed(file, new TextEncoder().encode(variant), register);
      expect(r.entry, `${name} variant of ${file}`).toEqual(entry);
      expect(r.body, `${name} variant body of ${file}`).toBe(ingestSeed(file, bytesOf(file), register).body);
    }
  });
});

describe('seed-specific shapes, checked generally', () => {
  it('001 reports three receptions on the same day, all with Michael DeSombre', () => {
    const e = entryOf(seedFiles.find((f) => f.startsWith('001_'))!);
    expect(e.meetings).toHaveLength(3);
    for (const m of e.meetings) {
      expect(m.type).toBe('tiếp');
      expect(m.date).toBe('2026-02-13');
      expect(m.people).toContain('Michael DeSombre');
    }
  });
  it('003 resolves the alias Marco Antonio Rubio and has no title on the date line', () => {
    const e = entryOf(seedFiles.find((f) => f.startsWith('003_'))!);
    expect(e.people).toContain('Marco Rubio');
    expect(e.people).not.toContain('Marco Antonio Rubio');
    expect(e.title).toMatch(/Bùi Thanh Sơn điện đàm/);
  });
  it('004 drops the related-articles tail: no tail people or tail text in the body', () => {
    const f = seedFiles.find((x) => x.startsWith('004_'))!;
    const r = ingestSeed(f, bytesOf(f), register);
    expect(r.body).not.toMatch(/Xem nhiều|Đọc thêm|Phiên bản di động|Bournemouth|Tiểu sử Ngoại trưởng/);
    expect(r.entry!.mentioned).not.toContain('Đặng Hoàng Giang');
    expect(r.body).toContain('Biển Đông');
    expect(r.entry!.outlet).toBe('Thế giới & Việt Nam');
  });
  it('keeps each photo caption once, as an italic line', () => {
    const f = seedFiles.find((x) => x.startsWith('000_'))!;
    const body = ingestSeed(f, bytesOf(f), register).body;
    expect(body.match(/Ảnh: Bộ Ngoại giao/g)).toHaveLength(1);
    expect(body).toMatch(/^\*Bộ trưởng Ngoại giao Lê Hoài Trung hội đàm.*Ảnh: Bộ Ngoại giao\*$/m);
    expect(body).not.toMatch(/Trang chủ|Hà Lê|11:55/);
  });
  it('gives every seed a distinct slug across the corpus', () => {
    const { files, results } = ingestCorpus(seedFiles.map((source) => ({ source, bytes: bytesOf(source) })), people);
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    expect(new Set(files.map((f) => f.slug)).size).toBe(seedFiles.length);
  });
});
