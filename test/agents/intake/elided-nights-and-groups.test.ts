import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

const read = (text: string) => readInSandbox(text);

describe("a later stop's bare count before the start is its nights, not a party", () => {
  it('"Tokyo for 5 nights then Seoul for 4 from San Francisco"', () => {
    const { draft, warnings } = read(
      'Tokyo for 5 nights then Seoul for 4 from San Francisco, April 2027 from the 8th, 2 people, $9000',
    );
    expect(draft.destination).toEqual({
      kind: 'cities',
      stops: [
        { city: 'Tokyo', nights: 5 },
        { city: 'Seoul', nights: 4 },
      ],
    });
    expect(draft.travellers).toBe(2);
    expect(warnings.join(' ')).not.toMatch(/group sizes/);
  });
});

describe('a group counted with a word before its noun', () => {
  it.each([
    ['spring break road trip from Austin to New Orleans, March 13-17 2027, 3 college guys, $900', 3],
    ['Vegas from LA, Feb 19-21 2027, 6 old buddies', 6],
    ['Vegas from LA, Feb 19-21 2027, me with 4 college buddies', 5],
  ])('%s', (text, travellers) => {
    expect(read(text).draft.travellers).toBe(travellers);
  });
});
