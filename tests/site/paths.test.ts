import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePath, personMentionsPath, personPath, SEARCHABLE_PAGES, searchPath, typePath, yearPath } from '../../src/lib/site/paths.ts';

describe('paths', () => {
  it.each([
    [personPath('to-lam'), '/nhan-vat/to-lam/'],
    [personMentionsPath('to-lam'), '/nhan-vat/to-lam/nhac-den/'],
    [articlePath('x'), '/bai-viet/x/'],
    [typePath('hội đàm'), '/loai/hoi-dam/'],
    [yearPath(2026), '/dong-thoi-gian/2026/'],
    [searchPath(), '/tim-kiem/'],
    [searchPath({ person: 'Tô Lâm' }), '/tim-kiem/?person=T%C3%B4+L%C3%A2m'],
  ])('%s', (path, expected) => expect(path).toBe(expected));

  it('gives Pagefind the article pages to read, and no other page', () => {
    const built = (path: string) => `${path.slice(1)}index.html`;
    expect(matchesGlob(built(articlePath('x')), SEARCHABLE_PAGES)).toBe(true);
    for (const other of [personPath('to-lam'), personMentionsPath('to-lam'), typePath('hội đàm'), yearPath(2026), searchPath(), '/']) {
      expect(matchesGlob(built(other), SEARCHABLE_PAGES), other).toBe(false);
    }
  });
});
