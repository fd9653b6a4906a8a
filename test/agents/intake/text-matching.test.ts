import { describe, expect, it } from 'vitest';
import { matchAll } from '../../../agents/intake/parse/text.js';

describe('matchAll', () => {
  it('reads a shared global pattern from the start every time and leaves no lastIndex behind', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(matchAll('12 and 34', pattern).map((m) => [m[0], m.index])).toEqual([
      ['12', 0],
      ['34', 7],
    ]);
    expect(pattern.lastIndex).toBe(0);
    expect(matchAll('5 or 6', pattern).map((m) => m[0])).toEqual(['5', '6']);
  });

  it('reads a non-global pattern as if it were global', () => {
    expect(matchAll('a1 b2', /[a-z](\d)/).map((m) => m[1])).toEqual(['1', '2']);
  });

  it('steps past empty matches as String.matchAll does, whole code points under /u', () => {
    expect(matchAll('ab', /x*/g).map((m) => m.index)).toEqual([0, 1, 2]);
    expect(matchAll('😀a', /x*/gu).map((m) => m.index)).toEqual(
      [...'😀a'.matchAll(/x*/gu)].map((m) => m.index),
    );
  });
});
