import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.js';

const TRIP = 'from Boston to Miami, March 3-7 2027';

describe('parseTripRequest: travellers', () => {
  it.each([
    ['We are 2 people going', 2],
    ['Plan it for five of us, going', 5],
    ['A group of 6 going', 6],
    ['A trip for a party of 5, going', 5],
    ['A trip for a single person, going', 1],
    ['A solo trip', 1],
    ['Just me, going', 1],
    ['Me and my wife are going', 2],
    ['My partner and I are going', 2],
    ['My wife, my mom and I are going', 3],
    ['A family of 4 going', 4],
    ['2 adults and 2 kids going', 4],
    ['2 adults and a toddler going', 3],
    ['A trip for a couple going', 2],
    ['A 3-day trip for two leaving', 2],
    ['We need an itinerary for 2 individuals going', 2],
    ['The two of us are going', 2],
    ['3 couples going', 6],
    ['Me and 3 friends going', 4],
    ['My two friends and I are going', 3],
    ['Just me, but the place must suit under-10 children', 1],
    ['I am going with 2 other people', 3],
    ['Our group consists of 4. Going', 4],
    ['Group size 6, going', 6],
    ['Travelers: 3. Going', 3],
    ['A trip for a pair, going', 2],
    ['We are a trio, going', 3],
    ['I am going, accompanied by my sister', 2],
    ['I am going with my husband and our two kids', 4],
    ['8 guys going', 8],
    ['Our family (2 parents, 3 kids) is going', 5],
    ['We are a group of twenty', 20],
  ])('%s → %i', (who, travellers) => {
    expect(parse(`${who} ${TRIP}.`).draft.travellers).toBe(travellers);
  });

  it('defaults to one traveller without a warning when nothing suggests a group', () => {
    const { draft, warnings } = parse(`Please plan a trip ${TRIP}.`);
    expect(draft.travellers).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('warns when the text speaks of a group without counting it', () => {
    const { draft, warnings } = parse(`We would like a trip ${TRIP}.`);
    expect(draft.travellers).toBe(1);
    expect(warnings).toContain('The number of travellers is not stated; assuming 1.');
  });

  it('does not count "a couple of days" as two travellers', () => {
    const { draft } = parse('I want a couple of days from Boston to Miami.');
    expect(draft).toMatchObject({ travellers: 1, days: 2 });
  });

  it.each([
    ['A group of 25 people', /party of 25 is more than the 20 travellers/],
    ['We are a group of twenty-one going', /party of 21/],
    ['For 10,000 people', /party of 10000/],
    ['For 0 people', /counts no travellers/],
  ])('asks instead of clamping a party that cannot be planned: %s', (who, message) => {
    const { draft } = parse(`${who} ${TRIP}.`);
    expect(draft.travellers).toBe(1);
    expect(draft.problems).toEqual([{ field: 'travellers', message: expect.stringMatching(message) }]);
  });
});

describe('parseTripRequest: budget', () => {
  it.each([
    ['$3,600', 3600, 'USD'],
    ['a budget of $15,100', 15100, 'USD'],
    ['our budget is approximately $15,100', 15100, 'USD'],
    ['3600 dollars', 3600, 'USD'],
    ['USD 3,600', 3600, 'USD'],
    ['$4k', 4000, 'USD'],
    ['\u20ac2,000', 2000, 'EUR'],
    ['2.000 \u20ac in total', 2000, 'EUR'],
    ['\u00a3900', 900, 'GBP'],
    ['\u00a5200,000', 200000, 'JPY'],
    ['C$1,500', 1500, 'CAD'],
    ['500 euros', 500, 'EUR'],
    ['a budget between $3,000 and $4,000', 4000, 'USD'],
  ])('%s → %d %s', (money, amount, currency) => {
    expect(parse(`${TRIP}, 2 people, ${money}.`).draft.budget).toEqual({ amount, currency });
  });

  it('reads a bare amount after a budget cue, assuming US dollars with a warning', () => {
    const { draft, warnings } = parse(`${TRIP}, budget 15.1k.`);
    expect(draft.budget).toEqual({ amount: 15100, currency: 'USD' });
    expect(warnings).toContain('The budget names no currency; assuming US dollars.');
  });

  it('multiplies a per-person budget by the travellers', () => {
    const { draft, warnings } = parse(`${TRIP}, 3 of us, $500 per person.`);
    expect(draft.budget).toEqual({ amount: 1500, currency: 'USD' });
    expect(warnings.join(' ')).toMatch(/per person/);
  });

  it('does not take a nightly price for the budget', () => {
    const { draft, warnings } = parse(`${TRIP}, hotels under $150 a night.`);
    expect(draft.budget).toBeNull();
    expect(warnings.join(' ')).toMatch(/nightly price/);
  });

  it('leaves the budget null when none is given, and ignores years and counts', () => {
    expect(parse(`${TRIP}, 2 people, 5 days.`).draft.budget).toBeNull();
    expect(parse('From Boston to Miami from March 16th to March 18th, 2022, for 4.').draft.budget).toBeNull();
  });
});
