/**
 * The bounds of a plannable request, and the sentences that refuse one outside them. One module for
 * every entrance: the API refuses structured fields at submit (400 naming the field), the trip
 * graph turns a text request's out-of-bounds value into a question, and the CLI exits 2 with the
 * same sentence. Nothing here clamps a value: a stated party size or budget is asked about, never
 * silently changed or dropped.
 *
 * This file imports nothing of the trip model (the model's schemas take their messages from here).
 */

/** The largest budget taken as an amount: above it (1e308, a 400-digit number) it is a typo, not money. */
export const MAX_BUDGET_AMOUNT = 1_000_000_000;

/** How far ahead a trip may start, by default: two years (prices and schedules do not reach further). */
export const DEFAULT_HORIZON_DAYS = 730;

/** A field of the request the problem is about (the names of TripFields / RequestProblem). */
export type BoundedField = 'startDate' | 'days' | 'travellers' | 'budget' | 'returnTo';

export interface BoundsProblem {
  field: BoundedField;
  message: string;
}

export interface RequestBoundsOptions {
  /** The date the request is read on (YYYY-MM-DD): the CLI's --today, the API's server clock. */
  today: string;
  /** How many days ahead of `today` a trip may start. Default DEFAULT_HORIZON_DAYS. */
  horizonDays?: number;
}

/** What a request states about the bounded fields (a TripSpec, a draft or structured fields). */
export interface BoundedValues {
  startDate?: string | null;
  days?: number | null;
  travellers?: number | null;
  budget?: { amount: number } | null;
  tripType?: 'round-trip' | 'one-way' | 'open-jaw';
  returnTo?: string | null;
}

function shown(value: unknown): string {
  if (typeof value !== 'number') return JSON.stringify(value) ?? String(value);
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'not a number' : 'a number too large to read';
  // Grouped digits read well up to trillions; beyond that the exponent is the honest form.
  return Math.abs(value) < 1e15 ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value);
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

/** Why a party size cannot be planned ("a party of 10,000 is more than we can plan (1–20)"). */
export function travellersMessage(value: unknown, max: number): string {
  if (!isWhole(value))
    return `the number of travellers must be a whole number (1–${max}), not ${shown(value)}`;
  if (value < 1) return `a trip needs at least 1 traveller, not ${shown(value)} (1–${max})`;
  return `a party of ${shown(value)} is more than we can plan (1–${max})`;
}

/** Why a trip length cannot be planned. */
export function daysMessage(value: unknown, max: number): string {
  if (!isWhole(value))
    return `the trip length must be a whole number of days (1–${max}), not ${shown(value)}`;
  if (value < 1) return `a trip lasts at least 1 day, not ${shown(value)} (1–${max})`;
  return `a trip of ${shown(value)} days is longer than we can plan (1–${max})`;
}

/** Why a budget is no amount (0, negative, 1e308, a 400-digit number read as Infinity). */
export function budgetMessage(value: unknown): string {
  return `the budget must be a positive amount up to ${shown(MAX_BUDGET_AMOUNT)}, not ${shown(value)}`;
}

export function isBudgetAmount(amount: number): boolean {
  return Number.isFinite(amount) && amount > 0 && amount <= MAX_BUDGET_AMOUNT;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function describeHorizon(days: number): string {
  if (days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  return `${days} days`;
}

/** Why a start date cannot be planned from `today`, or null when it can. */
export function startDateMessage(startDate: string, options: RequestBoundsOptions): string | null {
  if (startDate < options.today)
    return `the trip starts on ${startDate}, which is in the past (today is ${options.today})`;
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const latest = addDays(options.today, horizon);
  if (startDate > latest)
    return `the trip starts on ${startDate}, more than ${describeHorizon(horizon)} ahead (the latest start is ${latest})`;
  return null;
}

/**
 * Every bound the stated values break, in field order. Values that are not stated (undefined or
 * null) break nothing: a missing essential is a question of its own.
 */
export function requestBoundsProblems(
  values: BoundedValues,
  options: RequestBoundsOptions & { maxTravellers: number; maxDays: number },
): BoundsProblem[] {
  const problems: BoundsProblem[] = [];
  if (values.startDate) {
    const message = startDateMessage(values.startDate, options);
    if (message) problems.push({ field: 'startDate', message });
  }
  if (
    values.days !== undefined &&
    values.days !== null &&
    !(isWhole(values.days) && values.days >= 1 && values.days <= options.maxDays)
  )
    problems.push({ field: 'days', message: daysMessage(values.days, options.maxDays) });
  if (
    values.travellers !== undefined &&
    values.travellers !== null &&
    !(isWhole(values.travellers) && values.travellers >= 1 && values.travellers <= options.maxTravellers)
  )
    problems.push({
      field: 'travellers',
      message: travellersMessage(values.travellers, options.maxTravellers),
    });
  if (values.budget && !isBudgetAmount(values.budget.amount))
    problems.push({ field: 'budget', message: budgetMessage(values.budget.amount) });
  if (values.tripType === 'open-jaw' && values.returnTo === null)
    problems.push({ field: 'returnTo', message: 'an open-jaw trip needs the city it ends in (returnTo)' });
  if (values.returnTo && values.tripType !== undefined && values.tripType !== 'open-jaw')
    problems.push({
      field: 'returnTo',
      message: `a ${values.tripType} trip does not end in ${values.returnTo}: returnTo is for open-jaw trips`,
    });
  return problems;
}
