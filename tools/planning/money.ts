import { boundedMemo } from '../domain/bounded-memo.js';
import { roundMoney } from './cost.js';

/**
 * Money helpers shared by the solver and the scheduler. Amounts are floats in the quote
 * currency; comparisons allow half a cent because `costBreakdown` rounds to cents.
 */

/** Half a cent: sums of float prices may drift by far less than this. */
const CENT_TOLERANCE = 0.005;

export function fitsBudget(total: number, budget: number | null): boolean {
  return budget === null || total <= budget + CENT_TOLERANCE;
}

/** The most that may still be spent; float noise below a millionth is dropped, never added. */
export function remainingBudget(budget: number, spent: number): number {
  return Math.max(0, Math.floor((budget - spent) * 1e6) / 1e6);
}

/** "$1,234" or "$18.50": whole amounts without cents, others with two decimals. */
export function formatMoney(amount: number, currency = 'USD'): string {
  const rounded = roundMoney(amount);
  return moneyFormat(currency, Number.isInteger(rounded) ? 0 : 2).format(rounded);
}

/**
 * Formatters by currency and decimals. Building an `Intl.NumberFormat` costs far more than
 * formatting with one, and every plan's summary and checks format a dozen amounts. Formatters
 * hold no data, so sharing them across plans and worlds is safe; bounded like the other caches.
 */
const MAX_CACHED_FORMATS = 64;
const formatFor = boundedMemo(MAX_CACHED_FORMATS, (key) => {
  const [currency, digits] = key.split('|');
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: Number(digits),
    maximumFractionDigits: Number(digits),
  });
});

function moneyFormat(currency: string, digits: number): Intl.NumberFormat {
  return formatFor(`${currency}|${digits}`);
}
