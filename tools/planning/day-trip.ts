import type { TripSpec } from '../domain/trip-spec.schema.js';
import { formatClock } from './leg-times.js';
import { sameName } from './names.js';
import type { Hop } from './planning.types.js';

/**
 * A day trip goes out in the morning and comes back the same evening. The two legs are chosen
 * on either side of one split so that any pair leaves at least five hours on the ground: the way
 * out lands by 12:30, the way back leaves from 17:30 (and gets home before midnight).
 */
export const DAY_TRIP_ARRIVE_BY = 12 * 60 + 30;
export const DAY_TRIP_LEAVE_FROM = 17 * 60 + 30;
/**
 * A drive home leaves as late as still gets the party home by 21:30, after an early dinner when
 * the road is short, but never after 20:00: a drive keeps no timetable, so the plan fixes it.
 */
const DRIVE_HOME_BY = 21 * 60 + 30;
const LATEST_DRIVE_BACK = 20 * 60;

/** Whether the trip is a day trip: one day, no night booked. */
export function isDayTrip(spec: TripSpec): boolean {
  return spec.days === 1;
}

/** Whether `hop` is a day trip's way back home (the second journey of the one day). */
export function isDayTripReturn(spec: TripSpec, hop: Hop): boolean {
  return isDayTrip(spec) && sameName(hop.to, spec.origin) && !sameName(hop.from, spec.origin);
}

/** "HH:MM" a drive of `minutes` leaves on a day trip's way back. */
export function driveBackDeparture(minutes: number): string {
  return formatClock(Math.min(LATEST_DRIVE_BACK, Math.max(DAY_TRIP_LEAVE_FROM, DRIVE_HOME_BY - minutes)));
}
