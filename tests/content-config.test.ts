// The entry schema's date fields accept only days that exist.
import { describe, expect, it } from 'vitest';
import { partialDate, publishedStamp } from '../src/content.config.ts';

describe('partialDate and publishedStamp', () => {
  it.each([
    ['2024', true],
    ['2024-02', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2024-04-31', false],
    ['2024-13', false],
    ['24-02-01', false],
  ])('partialDate %s → %s', (value, ok) => expect(partialDate.safeParse(value).success).toBe(ok));

  it.each([
    ['2026-02-20 11:55', true],
    ['2026-02-21', true],
    ['2025-01', true],
    ['2025-02-29 10:00', false],
    ['2026-02-20 24:00', false],
  ])('publishedStamp %s → %s', (value, ok) => expect(publishedStamp.safeParse(value).success).toBe(ok));
});
