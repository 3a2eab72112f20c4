import { describe, expect, it } from 'vitest';
import { foldedExtraWords } from '../../src/lib/search/index-text.ts';

describe('foldedExtraWords', () => {
  it.each([
    ['Đại hội Đảng toàn quốc', ['dai', 'dang']],
    ['hội đàm, điện đàm và đối thoại', ['dam', 'dien', 'doi']],
    ['Tô Lâm gặp Donald Trump', []],
    ['Đảng, đảng, ĐẢNG', ['dang']],
    ['Đà Nẵng'.normalize('NFD'), ['da']],
  ])('%j → %j', (text, expected) => expect(foldedExtraWords(text)).toEqual(expected));
});
