import { describe, expect, it } from 'vitest';
import { parse } from './fixtures.js';

const TRIP = 'from Seoul to Tokyo, May 3-7 2027, 2 of us';

describe('parseTripRequest: budgets in the money of Asia, the Middle East and Europe beyond the euro', () => {
  it.each([
    [`${TRIP}, budget \u20a94,000,000`, 4_000_000, 'KRW'],
    [`${TRIP}, 3,000,000 won all in`, 3_000_000, 'KRW'],
    [`${TRIP}, \u0e3f60,000 total`, 60_000, 'THB'],
    [`${TRIP}, RM 5000`, 5000, 'MYR'],
    [`${TRIP}, budget Rp 15,000,000`, 15_000_000, 'IDR'],
    [`${TRIP}, NT$50,000`, 50_000, 'TWD'],
    [`${TRIP}, \u20b180,000`, 80_000, 'PHP'],
    [`${TRIP}, 20000 yuan`, 20_000, 'CNY'],
    [`${TRIP}, RMB 20000`, 20_000, 'CNY'],
    [`${TRIP}, \u20aa9,000`, 9000, 'ILS'],
    [`${TRIP}, 60,000 lira`, 60_000, 'TRY'],
    [`${TRIP}, 8000 z\u0142`, 8000, 'PLN'],
    [`${TRIP}, 50000 rand`, 50_000, 'ZAR'],
  ])('%s', (text, amount, currency) => {
    expect(parse(text).draft.budget).toEqual({ amount, currency });
  });

  it('keeps "won" a verb away from an amount', () => {
    expect(parse(`${TRIP}, we won the lottery, budget $2,000`).draft.budget).toEqual({
      amount: 2000,
      currency: 'USD',
    });
  });
});
