// plainMarkdownFile(): the Markdown file as gray-matter writes it, or undefined (then gray-matter writes it).
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { plainMarkdownFile } from '../../src/lib/ingest/front-matter.ts';

const reference = (data: Record<string, unknown>, body: string) => matter.stringify({ content: body }, data);

/** Pieces of text: words, and every character js-yaml treats apart (indicators, quotes, white space, line breaks). */
const piece = fc.oneof(
  { arbitrary: fc.constantFrom('Hà', 'Nội', 'Joe', 'Biden', 'dai-su', '2015', '01', '-', ' ', ' ', ' ', 'x', 'e', '.', '_'), weight: 20 },
  { arbitrary: fc.constantFrom(...'?:,[]{}#&*!|=>\'"%@`~<+'.split(''), '\t', '\n', '\u0085', '\u00a0', '\u2028', '\ufeff', '\u007f', '😀', '\ue000'), weight: 1 },
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 8 }).map((w) => w.join('')),
  // long enough to be folded at every level, with spaces (or not) to fold at
  fc.array(piece, { minLength: 20, maxLength: 60 }).map((w) => w.join('')),
  fc.constantFrom('', 'null', '~', 'true', 'False', 'yes', 'On', 'n', '<<', '123', '-1_000', '0x1F', '0b101', '017', '1:20', '12e3', '.5', '.inf', '-.Inf', '.NaN', '2015-01-15', '2015-1-5 1:02:03', '2015-01-15 13:29', '2015-01-15T13:29:00Z'),
  fc.string({ maxLength: 90 }),
  fc.string({ maxLength: 90, unit: 'grapheme' }),
);
const scalar = fc.oneof({ arbitrary: text, weight: 30 }, { arbitrary: fc.constant(null), weight: 5 }, { arbitrary: fc.constantFrom(1, true, undefined), weight: 1 });
const key = fc.oneof({ arbitrary: fc.constantFrom('title', 'slug', 'date', 'people', 'meetings', 'lede', 'type'), weight: 6 }, { arbitrary: text, weight: 1 });
const meeting = fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { minKeys: 1, maxKeys: 4 });
const value = fc.oneof(
  { arbitrary: scalar, weight: 6 },
  { arbitrary: fc.array(scalar, { maxLength: 4 }), weight: 2 },
  { arbitrary: fc.array(meeting, { maxLength: 3 }), weight: 2 },
  { arbitrary: fc.array(fc.array(text, { maxLength: 2 }), { maxLength: 2 }), weight: 1 },
  { arbitrary: meeting, weight: 1 },
);
const data = fc.dictionary(key, value, { minKeys: 1, maxKeys: 8 });
const body = fc.constantFrom('', 'Hai bên.\n', 'Hai bên.');

describe('plainMarkdownFile', () => {
  it('writes what gray-matter writes, or leaves it to gray-matter', () => {
    let written = 0;
    fc.assert(
      fc.property(data, body, (d, b) => {
        const plain = plainMarkdownFile(d, b);
        if (plain !== undefined) {
          written++;
          expect(plain).toBe(reference(d, b));
        }
      }),
      { seed: 20261125, numRuns: 30000 },
    );
    expect(written).toBeGreaterThan(4000);
  });

  it('writes entries like the ingest makes', () => {
    const long = 'Chiều 15-1, tại TP Hồ Chí Minh, Đại sứ Việt Nam tại Hoa Kỳ Phạm Quang Vinh đã có cuộc gặp với Thượng nghị sĩ Hoa Kỳ Steve Daines.';
    const entry = {
      title: long.slice(0, 90),
      slug: 'dai-su-viet-nam-tai-hoa-ky-pham-quang-vinh-co-cuoc-gap-voi-thuong-nghi-si-hoa-ky-steve',
      date: '2015-01-15',
      published: '2015-01-15 13:29',
      people: ['Phạm Quang Vinh', 'Steve Daines'],
      mentioned: [],
      meetings: [{ date: '2015-01-15', type: 'gặp', place: null, people: ['Phạm Quang Vinh', 'Steve Daines'] }],
      outlet: null,
      source: '00000_cbf944431cbd3ac2.txt',
      lede: long,
    };
    for (const lede of [long, `${long} #1`, ` ${long}`, `${long} `, 'a'.repeat(100), `${'a'.repeat(70)} ${'b'.repeat(70)}`]) {
      const d = { ...entry, lede };
      expect(plainMarkdownFile(d, 'x\n')).toBe(reference(d, 'x\n'));
    }
  });

  it('leaves values it does not write to gray-matter', () => {
    const shared = ['A B'];
    const sharedMeeting = { type: 'gặp' };
    for (const d of [{ a: 1 }, { a: new Date(0) }, { a: {} }, { a: 'x\ny' }, { a: 'tab\there' }, { a: shared, b: shared }, { a: [sharedMeeting, sharedMeeting] }, {}]) {
      expect(plainMarkdownFile(d, '')).toBeUndefined();
    }
  });
});
