import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.js';

const TRIP = 'from Boston to Miami, March 3-7 2027, 2 of us';

describe('parseTripRequest: a hedged budget is approximate, a stated cap is firm', () => {
  it.each([
    [`${TRIP}, around $1,500`, 1500],
    [`${TRIP}, budget about 2k`, 2000],
    [`${TRIP}, roughly 3000 dollars`, 3000],
    [`${TRIP}, budget ~$2500`, 2500],
    [`${TRIP}, 2k or so`, 2000],
    [`${TRIP}, $3,000 give or take`, 3000],
    [`${TRIP}, budget is 4000 but flexible`, 4000],
    [`${TRIP}, somewhere around 1800 total`, 1800],
    [`${TRIP}, ballpark $2,200`, 2200],
  ])('%s', (text, amount) => {
    const { draft } = parse(text);
    expect(draft.budget).toEqual({ amount, currency: 'USD' });
    expect(draft.budgetApproximate).toBe(true);
    expect(draft.notes.join(' ')).toMatch(/Took the budget as approximate/);
  });

  it.each([
    `${TRIP}, budget $1,500`,
    `${TRIP}, under $1,500`,
    `${TRIP}, max 1500`,
    `${TRIP}, no more than $1,500`,
    `${TRIP}, about 5 days, $1,500`,
  ])('%s', (text) => {
    const { draft } = parse(text);
    expect(draft.budget?.amount).toBe(1500);
    expect(draft.budgetApproximate).toBeUndefined();
  });
});
