import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

// Misreads found by blind round 15 (the whole requests are in test/fixtures/understanding/*-15.jsonl).
const read = (text: string) => readInSandbox(text).draft;

describe('a head count right after a month is no day of it', () => {
  it('"feb 2 ppl" is February and two people, not the 2nd and one person', () => {
    const draft = read('chicago to denver 5 nights feb 2 ppl $3000');
    expect(draft.startDate).toBe('2027-02-01');
    expect(draft.travellers).toBe(2);
    expect(read('nyc to paris 6 nights in may 2 ppl 6000 usd').travellers).toBe(2);
    expect(read('vancouver to montreal 1 week mid-May 4 guys C$3,500').startDate).toBe('2027-05-15');
  });

  it('a month texted after the length is the month of the trip', () => {
    expect(read('LA to cabo 5 nights feb, fam of 4, 6k').startDate).toBe('2027-02-01');
    expect(read('boston to rome 8 days sept, 2 ppl, 7k').startDate).toBe('2027-09-01');
    expect(read('seattle to honolulu 1 wk in jan 2 adults max 4000').startDate).toBe('2027-01-01');
  });

  it('a day after a month is still a day', () => {
    expect(read('chicago to denver feb 2, 3 nights, 2 ppl').startDate).toBe('2027-02-02');
    expect(read('chicago to denver may 2 to may 5, 2 adults').startDate).toBe('2027-05-02');
  });
});
