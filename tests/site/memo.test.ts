import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/lib/memo.ts';

describe('remembered', () => {
  it('answers as the function does, working each key out once', () => {
    const asked: string[] = [];
    const length = remembered((s) => (asked.push(s), s.length));
    expect([length('ab'), length('abc'), length('ab')]).toEqual([2, 3, 2]);
    expect(asked).toEqual(['ab', 'abc']);
  });

  it('remembers a null answer too', () => {
    let calls = 0;
    const nothing = remembered(() => (calls++, null));
    expect([nothing('x'), nothing('x')]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it('forgets everything once it holds `max` answers, and learns again', () => {
    const asked: string[] = [];
    const upper = remembered((s) => (asked.push(s), s.toUpperCase()), 2);
    for (const s of ['a', 'b', 'c', 'a']) expect(upper(s)).toBe(s.toUpperCase());
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
