import type { FakeHandler } from '../../sources/fakes/fake-server.js';

/** The day the fake's rates were "published". */
export const FAKE_RATE_DATE = '2026-12-04';

/**
 * Units of each currency one US dollar buys, as Frankfurter's `/latest?base=USD` answers
 * (https://frankfurter.dev/v1/: `{ amount, base, date, rates }`). Chosen to differ from the
 * built-in table (GBP 1.27, EUR 1.08 USD) so a test can tell which rate was used.
 */
export const FAKE_RATES_PER_USD: Readonly<Record<string, number>> = {
  EUR: 0.8,
  GBP: 0.625,
  JPY: 150,
  CHF: 0.88,
  SEK: 10.5,
};

/** Frankfurter on loopback: `/latest?base=USD` (or `from=`); another base is 404 `{ message: "not found" }`. */
export function createFrankfurterFake(): FakeHandler {
  return (req) => {
    if (req.method !== 'GET' || req.path !== '/latest') return undefined;
    const base = req.query.get('base') ?? req.query.get('from') ?? 'EUR';
    if (base !== 'USD') return { status: 404, body: { message: 'not found' } };
    return { body: { amount: 1.0, base: 'USD', date: FAKE_RATE_DATE, rates: { ...FAKE_RATES_PER_USD } } };
  };
}
