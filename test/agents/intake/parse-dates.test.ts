import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../agents/intake/parse/numbers.js';
import { parse } from './fixtures.js';

// Every row is a whole request, so dates are read among the other numbers a request holds.
const TRIP = 'From Chicago to Detroit';

describe('parseTripRequest: date ranges and single dates (today is 2026-11-24)', () => {
  it.each([
    ['March 3-7 2027', '2027-03-03', 5],
    ['March 3\u20137, 2027', '2027-03-03', 5],
    ['from March 16th to March 18th, 2022', '2022-03-16', 3],
    ['between March 9th and 13th, 2022', '2022-03-09', 5],
    ['Mar 3 - Mar 7', '2027-03-03', 5],
    ['3/3/2027 to 3/7/2027', '2027-03-03', 5],
    ['2027-03-03 to 2027-03-07', '2027-03-03', 5],
    ['3 March to 7 March 2027', '2027-03-03', 5],
    ['3-7 March 2027', '2027-03-03', 5],
    ['between the 3rd and 7th of March', '2027-03-03', 5],
    ['from December 28 to January 3', '2026-12-28', 7],
    ['leaving March 3, returning March 7', '2027-03-03', 5],
    ['March 30 - April 2, 2027', '2027-03-30', 4],
    ['starting June 10 for 5 days', '2027-06-10', 5],
    ['on 2027-05-01 for a week', '2027-05-01', 7],
    ['on the 1st of December, 3 days', '2026-12-01', 3],
    ['on November 24, 3 days', '2026-11-24', 3],
    ['on November 20, 3 days', '2027-11-20', 3],
    ['starting March 16th, 2022; the trip will last 3 days', '2022-03-16', 3],
    ['it starts on March 8th and concludes on March 14th, 2022', '2022-03-08', 7],
    ['from Friday, March 11th, 2022 to Thursday, March 17th, 2022', '2022-03-11', 7],
    ['leaving on March 11th, 2022 to see the sights, returning on March 17th, 2022', '2022-03-11', 7],
  ])('%s → starts %s, %i days', (dates, startDate, days) => {
    const { draft } = parse(`${TRIP}, ${dates}, 2 people, $2,000.`);
    expect(draft).toMatchObject({ startDate, days, travellers: 2, budget: { amount: 2000 } });
  });

  it('reads a single date as the start and asks for the length', () => {
    const { draft, warnings } = parse(`${TRIP} on 2027-05-01.`);
    expect(draft).toMatchObject({ startDate: '2027-05-01', days: null });
    expect(warnings).toContain('The trip length was not found.');
  });

  it('rejects days that do not exist and ends before starts', () => {
    expect(parse(`${TRIP}, February 30 2027, 3 days`).draft.startDate).toBeNull();
    const backwards = parse(`${TRIP}, 2027-03-07 to 2027-03-03`);
    expect(backwards.draft).toMatchObject({ startDate: null, days: null });
    expect(backwards.draft.problems).toEqual([
      {
        field: 'days',
        message: 'The trip ends (2027-03-03) before it starts (2027-03-07); please check the dates.',
      },
    ]);
  });
});

describe('parseTripRequest: trip lengths', () => {
  it.each([
    ['for 5 days', 5],
    ['a 5-day trip', 5],
    ['a week', 7],
    ['a week-long itinerary', 7],
    ['a weekend', 3],
    ['a long weekend', 4],
    ['10 nights', 11],
    ['two weeks', 14],
    ['a fortnight', 14],
    ['5 days and 4 nights', 5],
    ['spanning three days', 3],
  ])('%s → %i days', (length, days) => {
    const { draft, warnings } = parse(`${TRIP}, ${length}.`);
    expect(draft.days).toBe(days);
    expect(draft.startDate).toBeNull();
    expect(warnings).toContain('No start date was found.');
  });

  it.each([
    ['three meals a day', 'a rate'],
    ['the first 2 days should be quiet', 'part of the trip'],
    ['book 3 days in advance', 'a deadline'],
  ])('"%s" is %s, not the trip length', (phrase) => {
    expect(parse(`${TRIP}, ${phrase}.`).draft.days).toBeNull();
  });

  it('lets the date range win over a disagreeing duration, with a warning', () => {
    const { draft, warnings } = parse(`A 4-day trip ${TRIP.toLowerCase()}, March 3-7 2027.`);
    expect(draft).toMatchObject({ startDate: '2027-03-03', days: 5 });
    expect(warnings.join(' ')).toMatch(/span 5 days but the request also says 4 days; using the dates/);
  });

  it('refuses trips longer than the 60 days that can be planned, naming the problem', () => {
    const { draft, warnings } = parse(`${TRIP}, 10 weeks.`);
    expect(draft.days).toBeNull();
    expect(warnings.join(' ')).toMatch(/longer than the 60 days/);
    expect(draft.problems).toEqual([expect.objectContaining({ field: 'days' })]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['5', 5],
    ['five', 5],
    ['seventeen', 17],
    ['twenty-one', 21],
    ['thirty', 30],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['a couple of', 2],
    ['many', undefined],
  ])('%s → %s', (word, value) => {
    expect(parseNumber(word)).toBe(value);
  });
});
