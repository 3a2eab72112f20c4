// The entry schema's date fields accept only days that exist, and a range's last day only after its first.
import { describe, expect, it } from 'vitest';
import { articleEntrySchema, partialDate, publishedStamp, type Meeting } from '../src/content.config.ts';
import { article } from './site/fixtures.ts';

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

describe('articleEntrySchema: dateEnd', () => {
  const meeting: Meeting = { date: '2023-09-10', dateEnd: null, type: 'thăm', place: null, people: [] };
  it.each([
    ['2023-09-10', null, true],
    ['2023-09-10', '2023-09-11', true],
    ['2023-09-10', '2023-09-10', false],
    ['2023-09-10', '2023-09-09', false],
    ['2023-09', '2023-09-11', false],
    ['2023-09-10', '2023-09', false],
  ] as const)('date %s, dateEnd %s → %s', (date, dateEnd, ok) => {
    expect(articleEntrySchema.safeParse(article({ slug: 'a', date, dateEnd })).success).toBe(ok);
    const withMeeting = article({ slug: 'a', meetings: [{ ...meeting, date, dateEnd }] });
    expect(articleEntrySchema.safeParse(withMeeting).success).toBe(ok);
  });

  it('says which field is wrong', () => {
    const r = articleEntrySchema.safeParse(article({ slug: 'a', meetings: [{ ...meeting, dateEnd: '2023-09-01' }] }));
    expect(r.error?.issues[0]?.path).toEqual(['meetings', 0, 'dateEnd']);
  });
});
