// bodyMarkdown(): the body as remark-stringify writes it; its shortcut for plain text changes no output.
import fc from 'fast-check';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyMarkdown, bodyTree, plainBodyMarkdown } from '../../src/lib/ingest/entry.ts';
import type { Block } from '../../src/lib/ingest/segment.ts';

/** The body as remark-stringify writes it with its own handlers only. */
function reference(blocks: readonly Block[]): string {
  return unified().use(remarkStringify, { emphasis: '*' }).stringify(bodyTree(blocks));
}

const marky = fc
  .array(fc.constantFrom(...'ab Hà 1. 2) # - + * _ ` ~ [ ] ( ) ! < > = & &amp; \\ | : \n \r \t  ảnh: TTXVN "'.split(' '), ' ', '-', '*', '#', '1.', '\\*'), { maxLength: 12 })
  .map((w) => w.join(''));
const block = fc.record({ kind: fc.constantFrom('paragraph', 'heading', 'caption') as fc.Arbitrary<Block['kind']>, text: fc.oneof(marky, fc.string({ maxLength: 40 })), line: fc.constant(1) });

describe('bodyMarkdown', () => {
  it('writes what remark-stringify writes with its own text handler', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        expect(bodyMarkdown(blocks)).toBe(reference(blocks));
      }),
      { seed: 20261123, numRuns: 3000 },
    );
  });

  it.each([
    ['plain Vietnamese', 'Bộ trưởng Lê Hoài Trung hội đàm với Ngoại trưởng Marco Rubio.'],
    ['a list marker at the start', '- Hai bên nhất trí'],
    ['a number and a dot at the start', '2023. Hai bên'],
    ['emphasis characters', 'Hai *bên* _nhất_ trí'],
    ['a heading marker', '# Hai bên'],
    ['a backslash', 'a \\ b \\* c'],
    ['a caption in parentheses', '(Ảnh: TTXVN)'],
  ])('%s', (_name, text) => {
    for (const kind of ['paragraph', 'heading', 'caption'] as const) {
      const blocks = [{ kind, text, line: 1 }];
      expect(bodyMarkdown(blocks)).toBe(reference(blocks));
    }
  });
});

describe('plainBodyMarkdown', () => {
  // Texts of the characters PLAIN_BLOCK_TEXT allows and of their neighbours, at every place in the text.
  const allowed = fc.constantFrom(...'a Hà ệ 1 12 2023 . , : ; ? ! " \' “ ” ‘ ’ ( ) % / – — … - ̀ ²'.split(' '), ' ', '  ');
  const other = fc.constantFrom(...'* _ # & [ ] < > = + ~ ` \\ | \t × ° ж 中 😀'.split(' '), '\u00a0');
  const piece = fc.oneof({ arbitrary: allowed, weight: 30 }, { arbitrary: other, weight: 1 });
  const text = fc.tuple(fc.constantFrom('', '', 'Hà', '(', '20'), fc.array(piece, { minLength: 1, maxLength: 10 })).map(([a, w]) => a + w.join(''));
  const plainBlock = fc.record({ kind: fc.constantFrom('paragraph', 'heading', 'caption') as fc.Arbitrary<Block['kind']>, text, line: fc.constant(1) });

  it('writes what remark-stringify writes, or leaves it to remark-stringify', () => {
    let written = 0;
    fc.assert(
      fc.property(fc.array(plainBlock, { minLength: 1, maxLength: 3 }), (blocks) => {
        const plain = plainBodyMarkdown(blocks);
        if (plain !== undefined) {
          written++;
          expect(plain).toBe(reference(blocks));
        }
      }),
      { seed: 20261124, numRuns: 20000 },
    );
    expect(written).toBeGreaterThan(5000);
  });

  it.each([
    ['plain Vietnamese', 'Bộ trưởng Lê Hoài Trung hội đàm với Ngoại trưởng Marco Rubio.', true],
    ['a caption in parentheses', '(Ảnh: TTXVN)', true],
    ['a date first', '20/2, Thủ tướng tiếp Đại sứ.', true],
    ['an ordered list marker', '2023. Hai bên', false],
    ['another ordered list marker', '1) Hai bên', false],
    ['a list marker', '- Hai bên', false],
    ['a double space', 'Hai  bên', true],
    ['a space at the end', 'Hai bên ', false],
    ['emphasis characters', 'Hai *bên*', false],
  ])('%s', (_name, text, plain) => {
    for (const kind of ['paragraph', 'heading', 'caption'] as const) {
      const blocks = [{ kind, text, line: 1 }];
      const out = plainBodyMarkdown(blocks);
      expect(out !== undefined).toBe(plain);
      if (out !== undefined) expect(out).toBe(reference(blocks));
    }
  });
});
