import { describe, expect, it } from 'vitest';
import { parse, worldGazetteer } from './fixtures.js';

// Dates, spellings and wishes as people type them (today is 2026-11-24, a Tuesday); whole
// requests are in test/fixtures/understanding/*-6.jsonl.
const read = (text: string) => parse(text, worldGazetteer).draft;

describe('days said apart from the week or the return', () => {
  it('"wed-sun … next week" falls in next week', () => {
    const draft = read('wed-sun in seattle from denver next week');
    expect([draft.startDate, draft.days]).toEqual(['2026-12-02', 5]);
  });

  it('a week after a return cue says when the trip ends, not where the days fall', () => {
    expect(read('Denver to Seattle leaving Thursday, back sometime next week').startDate).toBe('2026-11-26');
  });

  it('the end day with its weekday, or after the place flown home to', () => {
    expect(read('Denver to Seattle leaving Friday Jan 8, home Monday the 11th').days).toBe(4);
    expect(read('New York to Denver Jan 5, then fly home to Seattle from there on the 9th').days).toBe(5);
  });

  it('"for the 28th" is the day of travel; "for the 3rd time" is not', () => {
    expect(read('one way ticket from denver to seattle for the 28th').startDate).toBe('2026-11-28');
    expect(read('Denver to Seattle for the 3rd time, 3 nights').startDate).toBeNull();
  });
});

describe('day-first writers and texting', () => {
  it('one writer, one convention: "31/12/2026 to 02/01/2027" ends on 2 January', () => {
    const draft = read('Denver to New York 31/12/2026 to 02/01/2027, 2 of us');
    expect([draft.startDate, draft.days]).toEqual(['2026-12-31', 3]);
    expect(read('Denver to Seattle 03/04/2027 for 5 days').startDate).toBe('2027-03-04');
  });

  it('"flying outta denver" names the origin', () => {
    expect(read('gonna b in seattle from the 3rd to the 6th, flying outta denver').origin).toBe('Denver');
  });
});

describe('lower-case places beside capitals and typos opening a request', () => {
  it('a lower-case name where only a place can stand stays a place beside capitals', () => {
    expect(read('tokyo from LA, 7 nights').destination).toEqual({ kind: 'city', city: 'Tokyo' });
    expect(read('LA to NYC march 3-7, want to see nice museums').destination).toEqual({
      kind: 'city',
      city: 'New York',
    });
  });

  it('a misspelt place opening an all lower-case request before "to"/"from"', () => {
    const draft = read('san fransisco to los angelas, feb 2-5');
    expect([draft.origin, draft.destination]).toEqual([
      'San Francisco',
      { kind: 'city', city: 'Los Angeles' },
    ]);
    expect(read('seatle from denver 3 days').destination).toEqual({ kind: 'city', city: 'Seattle' });
  });
});

describe('amounts and ages as people write them', () => {
  it('thousands set apart by a space beside a currency: "1 500 €"', () => {
    expect(read('Paris to Nice 4 nights from 3 May, 1 500 € for both of us').budget).toEqual({
      amount: 1500,
      currency: 'EUR',
    });
  });

  it('a hedged number right after the budget\'s clause: "budget is tight, maybe 600?"', () => {
    expect(read('Denver to Seattle Jan 15-18, our budget is tight, maybe 600?').budget).toEqual({
      amount: 600,
      currency: 'USD',
    });
  });

  it('"2 kids, 1 dog" names no child aged 1', () => {
    expect(read('husband, me, 2 kids, 1 dog. Portland to Seattle Jan 8-10').constraints.houseRules).toEqual([
      'pets',
    ]);
  });
});

describe('wishes in everyday words', () => {
  it("what someone can't eat names the need", () => {
    expect(read("Denver to Seattle Feb 3-6, my daughter can't have gluten").constraints.dietary).toEqual([
      'gluten-free',
    ]);
    expect(read("Denver to Seattle Feb 3-6, he doesn't eat meat").constraints.dietary).toEqual([
      'vegetarian',
    ]);
  });

  it('"nothing too packed" is relaxed', () => {
    expect(read('Denver to Seattle Jan 20-25, laid back trip, nothing too packed').preferences.pace).toBe(
      'relaxed',
    );
  });

  it('a dog named by its breed is a pet', () => {
    expect(read('bringing our golden retriever, Portland to Seattle Feb 5-7').constraints.houseRules).toEqual(
      ['pets'],
    );
  });

  it('"nothing with a layover" is nonstop', () => {
    expect(read('Denver to Seattle Mar 3-6, nothing with a layover').constraints.flightTimes.maxStops).toBe(
      0,
    );
  });

  it('"happy to drive" prefers the car', () => {
    const draft = read('Portland to Seattle Jan 9-10, rather not fly, happy to drive');
    expect(draft.preferences.preferredModes).toEqual(['self-driving']);
    expect(draft.constraints.excludedModes).toEqual(['flight']);
  });
});
