import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.js';

// A day trip is out and back the same day: one day, no night, never a question about the length.
describe('parseTripRequest: day trips', () => {
  it.each([
    'From Chicago to Milwaukee for the day on March 6 2027, 2 people',
    'Heading up to Milwaukee from Chicago just for the day on March 6 2027, 2 of us',
    'A day in Milwaukee from Chicago on March 6 2027, 2 people',
    'Spend a day in Milwaukee from Chicago, March 6 2027, 2 people',
    'Day trip from Chicago to Milwaukee on March 6 2027, 2 people',
    'Chicago to Milwaukee there and back in a day, March 6 2027, 2 people',
  ])('%s → 1 day, a round trip', (text) => {
    const { draft, warnings } = parse(text);
    expect(draft).toMatchObject({ days: 1, startDate: '2027-03-06', tripType: 'round-trip', travellers: 2 });
    expect(warnings).not.toContain('The trip length was not found.');
  });

  it.each([
    ['From Chicago to Milwaukee on March 6 2027 for 3 days, eating out for the day on Sunday', 3],
    ['From Chicago to Milwaukee on March 6 2027, 4 days, renting a car for the day', 4],
  ])('keeps the length a longer trip states: %s', (text, days) => {
    expect(parse(text).draft.days).toBe(days);
  });

  it('does not read a pass or a rental for the day as the trip length', () => {
    expect(
      parse('From Chicago to Detroit on March 6 2027, we want a museum pass for the day').draft.days,
    ).toBeNull();
    expect(
      parse('From Chicago to Detroit on March 6 2027, we will rent a car for the day').draft.days,
    ).toBeNull();
  });
});
