import { z } from 'zod';
import { IsoDate } from '../../domain/common.schema.js';
import { QUOTE_CURRENCY } from '../../domain/currency.js';
import type { SourceHttp } from '../sources/http/source-http.js';
import { SourceError } from '../sources/source-error.js';
import type { FxRate, FxRates } from './fx-rates.js';

/**
 * Frankfurter's `/latest` answer (https://frankfurter.dev/v1/): `{ amount, base, date, rates:
 * { "EUR": 0.9254, … } }` — units of each currency per `amount` of `base`, from the European
 * Central Bank's reference rates (published on working days around 16:00 CET).
 */
export const FrankfurterLatest = z.object({
  amount: z.number().positive(),
  base: z.string().regex(/^[A-Z]{3}$/),
  date: IsoDate,
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
});
export type FrankfurterLatest = z.infer<typeof FrankfurterLatest>;

export const ECB_RATE_SOURCE = 'ECB reference rate (Frankfurter)';

/** ECB publishes once a working day: six hours keeps us at most one publication behind. */
export const FX_TTL_SECONDS = 6 * 3600;

export interface FrankfurterRatesOptions {
  /** https://api.frankfurter.dev/v1 (FX_URL), or your own instance; built with its cache. */
  http: SourceHttp;
  now?: () => number;
}

/**
 * Rates into the quote currency from Frankfurter: one `/latest?base=USD` call answers every
 * currency, kept six hours (in Redis through the source layer's cache, and in this process).
 */
export function createFrankfurterRates(options: FrankfurterRatesOptions): FxRates {
  const now = options.now ?? Date.now;
  let memo: { until: number; table: Promise<FrankfurterLatest> } | undefined;

  const table = (): Promise<FrankfurterLatest> => {
    if (memo && memo.until > now()) return memo.table;
    const pending = options.http.json({
      path: '/latest',
      query: { base: QUOTE_CURRENCY },
      schema: FrankfurterLatest,
      cacheTtlSeconds: FX_TTL_SECONDS,
    });
    memo = { until: now() + FX_TTL_SECONDS * 1000, table: pending };
    // A failure is not remembered: the next conversion asks again.
    pending.catch(() => {
      if (memo?.table === pending) memo = undefined;
    });
    return pending;
  };

  return {
    name: 'ecb',
    async rateToQuote(currency): Promise<FxRate> {
      if (currency === QUOTE_CURRENCY) return { rate: 1, source: ECB_RATE_SOURCE, date: null };
      const latest = await table();
      const perBase = latest.rates[currency];
      if (latest.base !== QUOTE_CURRENCY || perBase === undefined)
        throw new SourceError(
          'bad-request',
          'frankfurter',
          `GET /latest?base=${QUOTE_CURRENCY}`,
          `no ECB reference rate for ${currency}`,
        );
      // The answer says how many units of `currency` one USD buys; we want USD per unit.
      return { rate: latest.amount / perBase, source: ECB_RATE_SOURCE, date: latest.date };
    },
  };
}
