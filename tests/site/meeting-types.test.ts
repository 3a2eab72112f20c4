import { describe, expect, it } from 'vitest';
import { typeCounts } from '../../src/lib/site/meeting-types.ts';
import { seeds } from './fixtures.ts';

describe('typeCounts', () => {
  it('counts the articles of each type, in the schema\'s order, leaving out types no article has', () => {
    expect(typeCounts(seeds)).toEqual([
      { type: 'hội đàm', count: 2 },
      { type: 'điện đàm', count: 1 },
      { type: 'tiếp', count: 1 },
      { type: 'gặp', count: 1 },
    ]);
    expect(typeCounts([])).toEqual([]);
  });
});
