// bodyMarkdown(): the body as remark-stringify writes it; its shortcut for plain text changes no output.
import fc from 'fast-check';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodyMarkdown, bodyTree } from '../../src/lib/ingest/entry.ts';
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
