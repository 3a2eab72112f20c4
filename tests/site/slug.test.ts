import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedSlug, toSlug } from '../../src/lib/slug.ts';

describe('toSlug', () => {
  it.each([
    ['Bùi Thanh Sơn', 'bui-thanh-son'],
    ['Tô Lâm', 'to-lam'],
    ['Lê Hoài Trung', 'le-hoai-trung'],
    ['Đỗ Đức Duy', 'do-duc-duy'],
    ['hội đàm', 'hoi-dam'],
    ['điện đàm', 'dien-dam'],
    ['tiếp', 'tiep'],
    ['đối thoại', 'doi-thoai'],
    ['JD Vance', 'jd-vance'],
    ['Michael DeSombre', 'michael-desombre'],
    ['Washington, D.C.', 'washington-d-c'],
    ["O'Brien", 'obrien'],
    ['  Phó thủ tướng —  Bộ trưởng  ', 'pho-thu-tuong-bo-truong'],
    ['Năm 2026: 20/2', 'nam-2026-20-2'],
    ['!!!', ''],
  ])('%j → %j', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  it('gives the same slug for NFC and NFD spellings', () => {
    const name = 'Nguyễn Phú Trọng';
    expect(toSlug(name.normalize('NFD'))).toBe(toSlug(name.normalize('NFC')));
  });

  it('always yields lowercase ASCII words joined by single hyphens', () => {
    for (const s of ['Hòa bình về Gaza', 'Ngoại trưởng Mỹ -- Marco  Rubio', 'Øresund 2026', 'ĐẢNG']) {
      expect(toSlug(s)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });
});

describe('toSlug piece by piece', () => {
  it('gives what folding the whole text gives, for any text', () => {
    const chars = [...' \u00a0\t-–\'’ʼaAzZ09đĐàÀẫỹỸıİßøæΣσςΑ\u0300\u0301\u0323\u0308\u1100\u1161\u11a8가\u212a\u2000\u{1d400}'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 24 }), (cs) => {
        const text = cs.join('');
        expect(toSlug(text)).toBe(foldedSlug(text));
      }),
      { numRuns: 5000 },
    );
  });
});
