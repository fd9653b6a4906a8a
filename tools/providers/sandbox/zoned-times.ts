import type { IsoDate } from '../../domain/common.schema.js';
import { isoWithOffset, localToUtc, utcToLocal } from '../../domain/time-zone.js';

/** The local-time fields of a timetabled journey (flight or train), measured through UTC. */
export interface ZonedTimes {
  departureTime: string;
  arrivalTime: string;
  departureZone: string;
  arrivalZone: string;
  departureAt: string;
  arrivalAt: string;
  arrivalDate: IsoDate;
}

/**
 * Leaves at `departure` minutes after local midnight of `date` in `fromZone` and travels
 * `durationMinutes` of real (UTC) time; the arrival is read on the destination's clock and
 * calendar, so London 08:50 + 13 h lands in Tokyo at 06:50 the next day (in summer).
 */
export function zonedTimes(
  date: IsoDate,
  departure: number,
  durationMinutes: number,
  fromZone: string,
  toZone: string,
): ZonedTimes {
  const leaves = localToUtc(date, departure, fromZone);
  const start = utcToLocal(leaves, fromZone);
  const end = utcToLocal(leaves + durationMinutes * 60_000, toZone);
  return {
    departureTime: clock(start.minutes),
    arrivalTime: clock(end.minutes),
    departureZone: fromZone,
    arrivalZone: toZone,
    departureAt: isoWithOffset(start.date, start.minutes, start.offset),
    arrivalAt: isoWithOffset(end.date, end.minutes, end.offset),
    arrivalDate: end.date,
  };
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
