import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { frontMatterYaml, type YamlValue } from '../../src/lib/ingest/front-matter.ts';
import { toMarkdownFile } from '../../src/lib/ingest/entry.ts';
import type { Article } from '../../src/content.config.ts';

/** What the two readers of our Markdown (gray-matter in scripts and tests, Astro's loader in the build) make of it. */
function readBack(yaml: string) {
  const text = `---\n${yaml}---\nbody\n`;
  return { grayMatter: matter(text).data, astro: parseFrontmatter(text).frontmatter };
}

const TRICKY_STRINGS = [
  '', ' leading space', 'trailing space ', 'a: b', 'a #b', '#x', '- item', '? key', '*alias', '&anchor', '!tag', '%directive',
  '@at', '`tick`', '|', '>', '[x]', '{x}', 'x, y', "it's", '"quoted"', 'back\\slash', 'null', 'Null', '~', 'true', 'no', 'yes',
  'off', '0', '0x1F', '1e3', '.inf', '-.5', '2023-09-10', '2026-02-20 11:55', '12:30', '---', '...', '--- x', 'line\nbreak',
  'cr\rlf', 'tab\there', 'nul\u0000', 'bell\u0007', 'del\u007f', 'c1\u0085\u0086\u009f', 'bom\ufeff', 'nonchar\ufffe\uffff',
  'ls\u2028ps\u2029', 'nbsp\u00a0', 'Hòa Bình', 'Hoà Bình', 'Ho\u0300a Bi\u0300nh', 'emoji 🇻🇳', 'Washington, D.C.',
  'Nguyễn Phú Trọng', 'Đặng', 'x'.repeat(500),
];

/** YAML 1.2's printable characters (c-printable), without those a YAML 1.1 reader or a BOM check takes as something else. */
const YAML_RAW_SAFE = /^[\t\n\x20-\x7E\xA0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const LINE_BREAKS_OF_YAML_1_1 = /[\u0085\u2028\u2029]/;

describe('frontMatterYaml', () => {
  it.each(TRICKY_STRINGS.map((s) => [JSON.stringify(s), s]))('keeps the string %s as it is', (_, s) => {
    const data = { title: s, people: [s, 'B'], meetings: [{ place: s, people: [s] }] };
    const yaml = frontMatterYaml(data);
    // js-yaml would read DEL, C1 controls or a BOM raw inside double quotes; YAML 1.2 itself, and YAML 1.1
    // readers (which break lines at U+0085, U+2028, U+2029), need them escaped.
    expect(yaml).toMatch(YAML_RAW_SAFE);
    expect(yaml).not.toMatch(LINE_BREAKS_OF_YAML_1_1);
    const { grayMatter, astro } = readBack(yaml);
    expect(grayMatter).toEqual(data);
    expect(astro).toEqual(data);
  });

  it('lays out mappings and lists as js-yaml does, with JSON scalars', () => {
    const yaml = frontMatterYaml({
      title: 'Hội đàm',
      dateEnd: null,
      skipped: undefined,
      people: ['A', 'B'],
      mentioned: [],
      meetings: [{ date: '2023-09-10', people: ['A'] }, {}],
      extra: { count: 2, ok: true, empty: {}, unset: { a: undefined } },
    });
    expect(yaml).toBe(
      [
        'title: "Hội đàm"',
        'dateEnd: null',
        'people:',
        '  - "A"',
        '  - "B"',
        'mentioned: []',
        'meetings:',
        '  - date: "2023-09-10"',
        '    people:',
        '      - "A"',
        '  - {}',
        'extra:',
        '  count: 2',
        '  ok: true',
        '  empty: {}',
        '  unset: {}',
        '',
      ].join('\n'),
    );
  });

  it('quotes keys that are not plain words', () => {
    const data = { 'a b': 1, 'x:': 'y', '#': [['nested', 'list'], { k: null }] };
    const yaml = frontMatterYaml(data);
    expect(yaml).toContain('"a b": 1');
    expect(readBack(yaml).grayMatter).toEqual(data);
  });

  it.each([
    ['a number that is not finite', { n: Number.NaN }],
    ['undefined in a list', { xs: ['a', undefined] }],
    ['a Date', { d: new Date(0) as unknown as YamlValue }],
  ])('refuses %s', (_, data) => {
    expect(() => frontMatterYaml(data)).toThrow(TypeError);
  });

  it('round-trips any JSON-like data through gray-matter and Astro', () => {
    const key = fc.oneof(fc.constantFrom('title', 'people', 'date', 'a b', '1', '- x'), fc.string({ minLength: 1, maxLength: 8 }));
    const scalar = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.boolean(), fc.constant(null), fc.integer());
    const { value } = fc.letrec<{ value: YamlValue }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), (data) => {
        const { grayMatter, astro } = readBack(frontMatterYaml(data));
        expect(grayMatter).toEqual(data);
        expect(astro).toEqual(data);
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });
});

describe('toMarkdownFile', () => {
  it('writes front matter gray-matter reads back as the entry, and the body after it', () => {
    const entry: Article = {
      title: 'Thủ tướng tiếp Đại sứ "Hoa Kỳ": Marc Knapper',
      slug: 'thu-tuong-tiep-dai-su-hoa-ky-marc-knapper',
      date: '2023-09-10',
      dateEnd: '2023-09-11',
      datePrecision: 'day',
      dateBasis: 'body',
      published: '2023-09-10 11:55',
      meetingType: 'tiếp',
      people: ['Phạm Minh Chính', 'Marc Knapper'],
      mentioned: [],
      meetings: [{ date: '2023-09-10', dateEnd: null, type: 'tiếp', place: 'Hà Nội', people: ['Phạm Minh Chính', 'Marc Knapper'] }],
      location: 'Hà Nội',
      country: 'VN',
      outlet: null,
      source: '001_x.txt',
      lede: 'Sáng 10/9, Thủ tướng: tiếp # Đại sứ.',
    };
    const file = toMarkdownFile(entry, 'Đoạn một.\n\nĐoạn hai.');
    expect(file.startsWith('---\ntitle: "Thủ tướng tiếp Đại sứ \\"Hoa Kỳ\\": Marc Knapper"\n')).toBe(true);
    const parsed = matter(file);
    expect(parsed.data).toEqual(entry);
    expect(parsed.content).toBe('Đoạn một.\n\nĐoạn hai.\n');
  });
});
