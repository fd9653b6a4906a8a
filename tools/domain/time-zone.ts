import { isoDayNumber } from './calendar-days.js';
import type { IsoDate } from './common.schema.js';

/**
 * Wall-clock times in IANA zones, on the engine's own tz database (Intl), so daylight saving is
 * right for every date without shipping a zone table.
 */

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const shortFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(cache: Map<string, Intl.DateTimeFormat>, zone: string, name: 'longOffset' | 'short') {
  let format = cache.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat(abbreviationLocale(zone), { timeZone: zone, timeZoneName: name });
    cache.set(zone, format);
  }
  return format;
}

/** British English names European zones (BST, CEST, WEST); American English the Americas (EDT, PST). */
function abbreviationLocale(zone: string): string {
  return zone.startsWith('Europe/') || zone.startsWith('Atlantic/') ? 'en-GB' : 'en-US';
}

/** True when the engine knows the zone (an unknown one would throw on first use instead). */
export function isTimeZone(zone: string): boolean {
  try {
    formatFor(offsetFormats, zone, 'longOffset');
    return true;
  } catch {
    return false;
  }
}

/**
 * A zone's offset over each UTC day, when it holds all day (null: the day has a daylight-saving
 * change, so each instant is read exactly). Intl formatting is the cost of synthesizing
 * timetables; zones change offset at most once a day, so equal offsets at both ends of the day
 * mean one offset throughout. Kept per zone by day number: a key built as text for every
 * conversion cost more than the lookup it saved (a 3-city plan converts a few thousand times).
 */
const DAY_MS = DAY_MINUTES * MINUTE_MS;
/** Bounds each zone's cache in a long-lived process (~137 years of days); refilling it is cheap. */
const MAX_CACHED_DAYS = 50_000;
const steadyOffsets = new Map<string, Map<number, number | null>>();

function steadyOffset(zone: string, day: number): number | null {
  let days = steadyOffsets.get(zone);
  if (!days) {
    days = new Map();
    steadyOffsets.set(zone, days);
  }
  const known = days.get(day);
  if (known !== undefined) return known;
  const start = readOffset(zone, day * DAY_MS);
  const steady = readOffset(zone, (day + 1) * DAY_MS - 1) === start ? start : null;
  if (days.size >= MAX_CACHED_DAYS) days.clear();
  days.set(day, steady);
  return steady;
}

/** The zone's offset from UTC at an instant, in minutes (+540 for Tokyo). */
export function offsetMinutes(zone: string, utcMs: number): number {
  return steadyOffset(zone, Math.floor(utcMs / DAY_MS)) ?? readOffset(zone, utcMs);
}

function readOffset(zone: string, utcMs: number): number {
  const part = formatFor(offsetFormats, zone, 'longOffset')
    .formatToParts(utcMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" at zero offset, else "GMT+09:00" / "GMT-04:00".
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}

/** The UTC instant of a local wall-clock time (minutes after local midnight) on a date in a zone. */
export function localToUtc(date: IsoDate, minutes: number, zone: string): number {
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  // Two passes settle the offset around a daylight-saving change.
  const first = naive - offsetMinutes(zone, naive) * MINUTE_MS;
  return naive - offsetMinutes(zone, first) * MINUTE_MS;
}

/** The local date and minutes after midnight of a UTC instant in a zone, with the offset used. */
export function utcToLocal(utcMs: number, zone: string): { date: IsoDate; minutes: number; offset: number } {
  const offset = offsetMinutes(zone, utcMs);
  const local = new Date(utcMs + offset * MINUTE_MS);
  const date = local.toISOString().slice(0, 10);
  return { date, minutes: local.getUTCHours() * 60 + local.getUTCMinutes(), offset };
}

/** `2027-04-09T08:50+01:00`: a local time with its offset (ISO 8601), readable and unambiguous. */
export function isoWithOffset(date: IsoDate, minutes: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${clockText(minutes)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A zone's short name at an instant ("BST", "CEST", "EDT", or "GMT+9" where English has none). */
export function zoneAbbreviation(zone: string, utcMs: number): string {
  return (
    formatFor(shortFormats, zone, 'short')
      .formatToParts(utcMs)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone
  );
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const start = isoDayNumber(from);
  const end = isoDayNumber(to);
  if (start !== null && end !== null) return end - start;
  return Math.round(
    (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (DAY_MINUTES * MINUTE_MS),
  );
}

function clockText(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
