import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/search/fold.ts';

describe('fold', () => {
  it.each([
    ['Tô Lâm', 'to lam'],
    ['Hòa bình', 'hoa binh'],
    ['hoà', 'hoa'],
    ['Đảng Cộng sản', 'dang cong san'],
    ['ĐỐI THOẠI', 'doi thoai'],
    ['thuỷ / thủy', 'thuy / thuy'],
    ['Marco Rubio', 'marco rubio'],
    ['20/2/2026', '20/2/2026'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfc = 'Bùi Thanh Sơn, Hội đàm, Đà Nẵng'.normalize('NFC');
    expect(fold(nfc.normalize('NFD'))).toBe(fold(nfc));
    expect(fold(nfc)).toBe('bui thanh son, hoi dam, da nang');
  });

  it('is idempotent and keeps the length of precomposed text', () => {
    const s = 'Trợ lý Ngoại trưởng Hoa Kỳ Michael DeSombre đã đến Hà Nội';
    expect(fold(fold(s))).toBe(fold(s));
    expect(fold(s)).toHaveLength(s.normalize('NFC').length);
  });
});
