import type { IsoDate } from '../../domain/common.schema.js';
import { builtinUsdPerUnit, QUOTE_CURRENCY } from '../../domain/currency.js';
import type { QuotedPrice } from '../../domain/provenance.schema.js';
import { isSourceError, SourceError } from '../sources/source-error.js';

/** One exchange rate into the quote currency, with where it came from (shown with every price). */
export interface FxRate {
  /** Quote-currency units per one unit of the asked currency. */
  rate: number;
  /** E.g. "ECB reference rate (Frankfurter)" or "built-in table (offline fallback)". */
  source: string;
  /** The day the rate was published; null when the source has no date (the built-in table). */
  date: IsoDate | null;
}

/** Rates into the quote currency (USD). */
export interface FxRates {
  readonly name: string;
  /** The rate for `currency` (ISO 4217); a SourceError when there is none. */
  rateToQuote(currency: string): Promise<FxRate>;
}

export const BUILTIN_RATE_SOURCE = 'built-in table (offline fallback)';

/** The fixed, undated table of tools/domain/currency.ts: works offline, knows few currencies. */
export function createBuiltinRates(): FxRates {
  return {
    name: 'builtin',
    async rateToQuote(currency) {
      const rate = currency === QUOTE_CURRENCY ? 1 : builtinUsdPerUnit(currency);
      if (rate === undefined)
        throw new SourceError(
          'bad-request',
          'fx-builtin',
          `rate ${currency}→${QUOTE_CURRENCY}`,
          `no built-in rate for ${currency}`,
        );
      return { rate, source: BUILTIN_RATE_SOURCE, date: null };
    },
  };
}

/**
 * `primary`, and the built-in table when it fails (unreachable, rate-limited, no rate for that
 * currency). The fallback is never silent: the rate's source then says which table it came from
 * and why. After a failure to reach the primary the table is used for `holdMs` (default 5
 * minutes) without asking again, so one plan's hundred conversions do not each wait out retries.
 */
export function withBuiltinFallback(
  primary: FxRates,
  fallback: FxRates = createBuiltinRates(),
  options: { holdMs?: number; now?: () => number } = {},
): FxRates {
  const holdMs = options.holdMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let down: { until: number; code: string } | undefined;
  const fallBack = async (currency: string, code: string): Promise<FxRate> => {
    const rate = await fallback.rateToQuote(currency);
    return { ...rate, source: `${rate.source}; ${primary.name} failed: ${code}` };
  };
  return {
    name: `${primary.name}+${fallback.name}`,
    async rateToQuote(currency) {
      if (down && down.until > now()) return fallBack(currency, down.code);
      try {
        return await primary.rateToQuote(currency);
      } catch (error) {
        if (!isSourceError(error)) throw error;
        // A currency the primary lacks says nothing about the others: only outages are held.
        if (error.code !== 'bad-request') down = { until: now() + holdMs, code: error.code };
        return fallBack(currency, error.code);
      }
    },
  };
}

/**
 * `amount` of `currency` in the quote currency, rounded to cents, with the quote as the source
 * gave it and the rate used — so a plan can show "£121.90 at 1.2706 USD/GBP (ECB, 2026-12-04)".
 */
export async function toQuoteCurrency(
  money: { amount: number; currency: string },
  fx: FxRates,
): Promise<{ amount: number; quoted: QuotedPrice }> {
  const rate =
    money.currency === QUOTE_CURRENCY
      ? { rate: 1, source: 'no conversion', date: null }
      : await fx.rateToQuote(money.currency);
  return {
    amount: Math.round(money.amount * rate.rate * 100) / 100,
    quoted: {
      amount: money.amount,
      currency: money.currency,
      rate: rate.rate,
      rateSource: rate.source,
      rateDate: rate.date,
    },
  };
}
