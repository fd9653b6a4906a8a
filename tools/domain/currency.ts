import type { Budget } from './trip-spec.schema.js';

/**
 * Reference rates into USD, the quote currency of the shipped providers: a fixed, undated table.
 * It is the offline fallback only — real sources convert with the day's ECB reference rates
 * (tools/providers/fx, `FX=ecb`) and fall back to this table, saying so with the price, when
 * those cannot be fetched or `FX=builtin` is chosen.
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CAD: 0.73,
  AUD: 0.66,
  JPY: 0.0067,
  MXN: 0.058,
  CHF: 1.13,
  // Every other currency the request reader knows, and those travellers commonly budget in.
  NZD: 0.6,
  SGD: 0.74,
  HKD: 0.128,
  INR: 0.012,
  CNY: 0.138,
  KRW: 0.00073,
  TWD: 0.031,
  THB: 0.028,
  MYR: 0.22,
  IDR: 0.000062,
  PHP: 0.0175,
  VND: 0.000039,
  AED: 0.2723,
  SAR: 0.2667,
  QAR: 0.2747,
  ILS: 0.27,
  TRY: 0.026,
  EGP: 0.02,
  MAD: 0.1,
  ZAR: 0.054,
  BRL: 0.18,
  CLP: 0.00105,
  COP: 0.00024,
  PEN: 0.27,
  SEK: 0.094,
  NOK: 0.093,
  DKK: 0.145,
  ISK: 0.0072,
  PLN: 0.25,
  CZK: 0.043,
  HUF: 0.0027,
  RON: 0.22,
};

export const QUOTE_CURRENCY = 'USD';

/** The budget in the quote currency, or undefined for a currency we have no rate for. */
export function budgetInQuoteCurrency(budget: Budget): Budget | undefined {
  const rate = USD_PER_UNIT[budget.currency];
  if (rate === undefined) return undefined;
  return { amount: Math.floor(budget.amount * rate), currency: QUOTE_CURRENCY };
}

/**
 * A price cap ("under €180 a night") in the quote currency: whole units, as budgets are, and at
 * least one (a cap under a dollar finds what one dollar does). Undefined without a rate.
 */
export function capInQuoteCurrency(cap: Budget): number | undefined {
  const converted = budgetInQuoteCurrency(cap);
  return converted && Math.max(converted.amount, 1);
}

/** USD per one unit of `currency` from the built-in table; undefined when it has no rate. */
export function builtinUsdPerUnit(currency: string): number | undefined {
  return USD_PER_UNIT[currency];
}

export function supportedCurrencies(): string[] {
  return Object.keys(USD_PER_UNIT);
}
