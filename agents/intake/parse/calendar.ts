import type { IsoDate } from '../../../tools/domain/common.schema.js';

/** Calendar arithmetic on ISO dates, in UTC so no time zone or DST shifts a day. */

const pad = (n: number) => String(n).padStart(2, '0');

export const isoOf = (y: number, m: number, d: number): IsoDate => `${y}-${pad(m)}-${pad(d)}`;

/** The date when it exists on the calendar ("February 30" does not). */
export function validIso(y: number, m: number, d: number): IsoDate | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? isoOf(y, m, d)
    : undefined;
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

/** The first `weekday` on or after `date`. */
export function onOrAfter(date: IsoDate, weekday: number): IsoDate {
  return plusDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The last `weekday` on or before `date`. */
export function onOrBefore(date: IsoDate, weekday: number): IsoDate {
  return plusDays(date, -((weekdayOf(date) - weekday + 7) % 7));
}

/** The nth (1-based) `weekday` of a month; n = -1 for the last one. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  if (n > 0) return plusDays(onOrAfter(isoOf(year, month, 1), weekday), 7 * (n - 1));
  const last = plusDays(month === 12 ? isoOf(year + 1, 1, 1) : isoOf(year, month + 1, 1), -1);
  return onOrBefore(last, weekday);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Easter Sunday of the Gregorian calendar (the anonymous computus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** The first `day` of a month on or after `from`, looking `months` months ahead. */
export function nextDayOfMonth(from: IsoDate, day: number, months: number): IsoDate | undefined {
  for (let k = 0; k < months; k++) {
    const d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + k);
    const candidate = validIso(d.getUTCFullYear(), d.getUTCMonth() + 1, day);
    if (candidate !== undefined && candidate >= from) return candidate;
  }
  return undefined;
}
