import { describe, expect, it } from 'vitest';
import { articlePath, personMentionsPath, personPath, searchPath, typePath, yearPath } from '../../src/lib/site/paths.ts';

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
});
