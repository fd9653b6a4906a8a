import type { Flight, Train } from '../domain/inventory.schema.js';
import type { TransportLeg } from '../domain/plan.schema.js';
import { daysBetween } from '../domain/time-zone.js';

/** Ground legs have no timetable: TravelPlanner-style plans assume an 08:00 start. */
export const GROUND_DEPARTURE_MINUTES = 8 * 60;

const MINUTES_PER_DAY = 24 * 60;

/**
 * Minutes after midnight of an `HH:MM` clock time. Read digit by digit: every meal slot of every
 * candidate leg asks, and splitting the string was the solver's largest single cost.
 */
export function clockMinutes(time: string): number {
  if (time.length === 5 && time.charCodeAt(2) === 58) {
    const h1 = digit(time, 0);
    const h2 = digit(time, 1);
    const m1 = digit(time, 3);
    const m2 = digit(time, 4);
    if (h1 >= 0 && h2 >= 0 && m1 >= 0 && m2 >= 0) return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
  }
  // Anything else ("8:05", "08:05:00") is read the lenient way it always was.
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** The digit at `index`, or -1 when that character is not one. */
function digit(text: string, index: number): number {
  const d = text.charCodeAt(index) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

export function formatClock(minutes: number): string {
  const inDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/** The timetabled record of a leg (a flight or a train); null for road legs. */
export function timetable(leg: TransportLeg): Flight | Train | null {
  if (leg.mode === 'flight') return leg.flight;
  if (leg.mode === 'rail') return leg.train;
  return null;
}

/** A road leg: a drive or a taxi, with a route and no timetable. */
export function isRoadLeg(
  leg: TransportLeg,
): leg is Extract<TransportLeg, { mode: 'self-driving' | 'taxi' }> {
  return leg.mode === 'self-driving' || leg.mode === 'taxi';
}

/** Minutes the leg takes door to door as listed (UTC-measured for zoned flights and trains). */
export function legDuration(leg: TransportLeg): number {
  return timetable(leg)?.durationMinutes ?? (isRoadLeg(leg) ? leg.route.durationMinutes : 0);
}

/** "LH123", "TGV 6211", or null for a road leg. */
export function legNumber(leg: TransportLeg): string | null {
  if (leg.mode === 'flight') return leg.flight.flightNumber;
  if (leg.mode === 'rail') return leg.train.trainNumber;
  return null;
}

/** Days between departure and arrival on the local calendars (1 for an overnight flight). */
export function arrivalDayOffset(record: Flight | Train): number {
  return record.arrivalDate ? Math.max(0, daysBetween(record.date, record.arrivalDate)) : 0;
}

/**
 * Departure and arrival in minutes after midnight of the travel day, each on its own city's
 * clock. An arrival on a later local date is > 1440 (+1440 per day) so that no meal or sight is
 * planned at the destination that day; the arrival day then starts at `arrival - 1440`.
 */
export function legTimes(leg: TransportLeg): { departure: number; arrival: number } {
  const record = timetable(leg);
  if (!record) {
    // A drive whose time the plan fixed (a day trip's way back) leaves then.
    const fixed = isRoadLeg(leg) ? leg.departureTime : undefined;
    const departure = fixed === undefined ? GROUND_DEPARTURE_MINUTES : clockMinutes(fixed);
    return { departure, arrival: departure + legDuration(leg) };
  }
  const departure = clockMinutes(record.departureTime);
  const arrival = clockMinutes(record.arrivalTime);
  if (record.arrivalDate) return { departure, arrival: arrival + MINUTES_PER_DAY * arrivalDayOffset(record) };
  // Unzoned clock times (TravelPlanner): an arrival "before" the departure is the next day.
  return { departure, arrival: arrival < departure ? arrival + MINUTES_PER_DAY : arrival };
}

/**
 * When the party arrives on trip day `day` from an overnight leg of the day before (minutes after
 * local midnight: London → Tokyo lands at 12:48 the next day), else 0: the day starts then.
 */
export function overnightArrival(legs: readonly TransportLeg[], day: number): number {
  let latest = 0;
  for (const leg of legs) {
    if (leg.day !== day - 1) continue;
    const { arrival } = legTimes(leg);
    if (arrival > MINUTES_PER_DAY) latest = Math.max(latest, arrival - MINUTES_PER_DAY);
  }
  return latest;
}
