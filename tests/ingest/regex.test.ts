// regex.ts helpers: wordStartMatches finds what a regex led by WORD_START finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atWordStart, escapeRegExp, isSpace, literalAlternation, WORD_END, WORD_START, wordStartMatches } from '../../src/lib/ingest/regex.ts';

const sources = ['(?:Hà Nội|Nội|Hà)', `(?:ab|b|a\\.)${WORD_END}`, '\\d{1,2}/\\d{1,2}', '(?:x|𝐱)y?', '(?:cùng\\s+ngày|ngày)'];
const flags = ['gu', 'giu'];

describe('wordStartMatches', () => {
  it.each(sources.flatMap((s) => flags.map((f) => [s, f] as const)))('%s /%s matches as with WORD_START in front', (source, flag) => {
    const led = new RegExp(WORD_START + source, flag);
    const bare = new RegExp(source, flag);
    const text = fc.stringMatching(/^[abxy. \-/0-9ÀàNộiHàcùngày𝐱𝐀\u0301\uD835]{0,30}$/u);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 30 })), (s) => {
        const want = [...s.matchAll(led)].map((m) => [m.index, m[0]]);
        expect(wordStartMatches(s, bare).map((m) => [m.index, m[0]])).toEqual(want);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('keeps groups and skips matches inside a word', () => {
    const ms = wordStartMatches('xHà Nội, Hà Nội2 Hà', /(?<place>Hà(?: Nội)?)(?!\p{N})/gu);
    expect(ms.map((m) => [m.index, m.groups!.place])).toEqual([[9, 'Hà'], [17, 'Hà']]);
  });

  it('refuses a regex without the g flag', () => {
    expect(() => wordStartMatches('a', /a/u)).toThrow(TypeError);
  });
});

describe('atWordStart', () => {
  it.each([
    ['Hà Nội', 0, true],
    ['Hà Nội', 3, true],
    ['Hà Nội', 1, false],
    ['2023', 2, false],
    ['(15/4)', 1, true],
    ['𝐀b', 2, false],
  ] as const)('%s at %i: %s', (text, index, want) => {
    expect(atWordStart(text, index)).toBe(want);
  });
});

describe('literalAlternation', () => {
  const letters = ['a', 'b', 'A', 'à', 'Đ', 'đ', '𝐱', '.', ' ', '|', '('];
  const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));

  it('matches what the words joined by | match, at every position', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (words, chars) => {
        const text = chars.join('');
        for (const flags of ['gu', 'g']) {
          const joined = new RegExp(`(?:${words.map(escapeRegExp).join('|')})(?![a-z])`, flags);
          const grouped = new RegExp(`(?:${literalAlternation(words)})(?![a-z])`, flags);
          const all = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
          expect(all(grouped)).toEqual(all(joined));
        }
      }),
      { seed: 20261128, numRuns: 3000 },
    );
  });
});

describe('isSpace', () => {
  it('is \\s for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
