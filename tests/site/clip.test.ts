import { describe, expect, it } from 'vitest';
import { clip } from '../../src/lib/site/clip.ts';

describe('clip', () => {
  it.each([
    ['ngắn', 10, 'ngắn'],
    ['Tô Lâm   gặp\nDonald Trump', 40, 'Tô Lâm gặp Donald Trump'],
    ['Tổng Bí thư Tô Lâm gặp Tổng thống Hoa Kỳ Donald Trump', 30, 'Tổng Bí thư Tô Lâm gặp Tổng…'],
    ['Hai bên trao đổi, thảo luận: kinh tế', 25, 'Hai bên trao đổi, thảo…'],
    ['Hai bên trao đổi, thảo luận', 19, 'Hai bên trao đổi…'],
    ['x'.repeat(20), 10, `${'x'.repeat(9)}…`],
  ])('%j (%i) → %j', (text, max, expected) => {
    const out = clip(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});
