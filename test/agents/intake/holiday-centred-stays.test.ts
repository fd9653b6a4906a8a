import { describe, expect, it } from 'vitest';
import { readInSandbox } from './fixtures.js';

const parse = readInSandbox;

// A stay "around" a day people celebrate starts before it: almost nobody sets off on Christmas Day.
describe('parseTripRequest: a stay of a stated length around a holiday', () => {
  it.each([
    ['Paris from New York around Christmas, 5 days, 2 people', '2026-12-23', 5],
    ['Chicago to Orlando over Christmas, a week, family of 4', '2026-12-22', 7],
    ['Denver over Thanksgiving for a week from Austin, 2 people', '2027-11-22', 7],
    ['Boston from New York for the 4th of July, 4 days, 2 people', '2027-07-02', 4],
    ['Mexico City to Oaxaca 5 days around Day of the Dead, 2 adults', '2027-10-30', 5],
  ])('%s → the holiday in the middle', (text, startDate, days) => {
    const { draft } = parse(text);
    expect(draft).toMatchObject({ startDate, days });
    expect(draft.notes.some((n) => n.includes('as the days around'))).toBe(true);
  });

  it.each([
    // A holiday kept for its long weekend, and New Year, whose night is the point, read as before.
    ['3 days over Memorial Day weekend in Nashville from Atlanta, 2 people', '2027-05-29'],
    ['Vegas over Memorial Day, 5 days, from LA, 2 people', '2027-05-28'],
    ['NYC to Miami for New Year\u2019s Eve, 4 days, 2 people', '2026-12-31'],
    // Without a length, or starting on the day, nothing to centre.
    ['From Chicago to New York from Christmas Day for 5 days, 2 people', '2026-12-25'],
  ])('leaves other holidays as they were: %s', (text, startDate) => {
    expect(parse(text).draft.startDate).toBe(startDate);
  });

  it.each([
    ["New Year's in NYC from Boston, 4 days, 2 people", '2026-12-30'],
    ['New Year in Edinburgh from London, 3 nights, 2 people', '2026-12-30'],
  ])('reads New Year as the occasion for its night: %s', (text, startDate) => {
    // Before: from January 1, the morning after the night the trip was for.
    expect(parse(text).draft.startDate).toBe(startDate);
  });

  it('keeps New Year as the day a trip leaves on when the writer says so', () => {
    expect(parse("leaving New Year's Day to Paris from Chicago, 5 days, 2 people").draft.startDate).toBe(
      '2027-01-01',
    );
  });

  it('never starts before today', () => {
    // Read on the 22nd, nine days around Christmas would start on the 21st: they start today.
    expect(
      parse('Paris from New York around Christmas, 9 days, 2 people', '2026-12-22').draft.startDate,
    ).toBe('2026-12-22');
  });
});
