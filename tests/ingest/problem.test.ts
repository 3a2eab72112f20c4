// problem.ts: how problems are printed, and how many of them a console shows.
import { describe, expect, it } from 'vitest';
import { formatProblem, lineAt, problemKind, shownProblems, type Problem } from '../../src/lib/ingest/problem.ts';

const slugTaken = (n: number): Problem => ({ file: `${n}_x.txt`, line: 1, message: `slug "bai-${n}" is taken by another article: using "bai-${n}-2"` });
const impossible = (n: number): Problem => ({ file: `${n}_y.txt`, line: 7, message: `impossible date "31/2" in ${2000 + n} ignored` });

describe('formatProblem', () => {
  it('writes file:line: message — hint', () => {
    expect(formatProblem({ file: 'a.txt', line: 3, message: 'no event date found', hint: 'add a date' })).toBe('a.txt:3: no event date found — add a date');
    expect(formatProblem({ file: 'a.txt', line: 3, message: 'empty article' })).toBe('a.txt:3: empty article');
  });
});

describe('problemKind', () => {
  it.each([
    [slugTaken(1), 'slug "…" is taken by another article: using "…"'],
    [impossible(3), 'impossible date "…" in N ignored'],
    [{ file: '002_b.txt', line: 1, message: 'same article as 001_66a2be22f014ea4f.txt: skipped' }, 'same article as …: skipped'],
    [{ file: 'b.txt', line: 1, message: 'event date 2027-03-01 is in the future' }, 'event date N is in the future'],
  ])('%o → %s', (p, kind) => {
    expect(problemKind(p)).toBe(kind);
  });
});

describe('shownProblems', () => {
  it('shows the first ones in order and counts the rest by kind, most frequent first', () => {
    const problems = [impossible(0), ...Array.from({ length: 5 }, (_, i) => slugTaken(i)), impossible(1), impossible(2)];
    const { shown, more } = shownProblems(problems, 3);
    expect(shown).toEqual(problems.slice(0, 3));
    expect(more).toEqual([
      { kind: problemKind(slugTaken(0)), count: 3 },
      { kind: problemKind(impossible(0)), count: 2 },
    ]);
  });

  it('shows everything when there are no more than the limit', () => {
    const problems = [slugTaken(1), impossible(1)];
    expect(shownProblems(problems, 2)).toEqual({ shown: problems, more: [] });
  });
});

describe('lineAt', () => {
  it.each([
    [0, 1],
    [2, 1],
    [3, 2],
    [7, 3],
  ])('offset %i is on line %i of "ab\\ncde\\nf"', (offset, line) => {
    expect(lineAt('ab\ncde\nf', offset)).toBe(line);
  });
});
