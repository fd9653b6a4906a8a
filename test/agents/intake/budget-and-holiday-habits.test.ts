import { describe, expect, it } from 'vitest';
import { parse, worldGazetteer } from './fixtures.js';

// Today is 2026-11-24 (fixtures.ts).
const read = (text: string) => parse(text, worldGazetteer).draft;

describe('a number written as a clause of its own', () => {
  it('is the budget: "4 of us from Los Angeles to Phoenix, long weekend in October, 2500"', () => {
    const draft = read('4 of us from Los Angeles to Phoenix, long weekend in October, 2500');
    expect(draft.budget).toEqual({ amount: 2500, currency: 'USD' });
  });

  it('is the budget at the start of a list too: "1500; Boston to Miami in March, 2 of us"', () => {
    expect(read('1500; Boston to Miami in March, 2 of us').budget).toEqual({ amount: 1500, currency: 'USD' });
  });

  it('is not a budget inside a clause, nor when it is a year', () => {
    expect(read('Chicago to Denver on flight 2500, 4 nights from Jan 8').budget).toBeNull();
    expect(read('Chicago to Denver, 2027, 4 nights from Jan 8').budget).toBeNull();
  });
});

describe('a stay shorter than a holiday weekend', () => {
  it("keeps the Monday off: 3 days over Presidents' Day weekend are Saturday to Monday", () => {
    const draft = read('Boston to Washington, 3 days over Presidents Day weekend, family of 4, $2000');
    expect([draft.startDate, draft.days]).toEqual(['2027-02-13', 3]);
    expect(draft.notes).toContain(
      "Read 'over presidents day weekend' as Presidents' Day weekend: from Saturday 2027-02-13 for 3 days.",
    );
  });

  it('starts on the holiday when it opens the weekend, and the note says the days planned', () => {
    const draft = read('3 days over Thanksgiving weekend in New York from Boston');
    expect([draft.startDate, draft.days]).toEqual(['2026-11-26', 3]);
    expect(draft.notes.join(' ')).toMatch(/from Thursday 2026-11-26 for 3 days/);
  });

  it('is the whole weekend when no length is given', () => {
    const draft = read('Labor Day weekend in Austin from Dallas');
    expect([draft.startDate, draft.days]).toEqual(['2027-09-03', 4]);
  });
});
