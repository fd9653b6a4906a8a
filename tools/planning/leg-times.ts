import type { TransportLeg } from '../domain/plan.schema.js';

/** Ground legs have no timetable: TravelPlanner-style plans assume an 08:00 start. */
export const GROUND_DEPARTURE_MINUTES = 8 * 60;

const MINUTES_PER_DAY = 24 * 60;

/** Minutes after midnight of an `HH:MM` clock time. */
export function clockMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

export function formatClock(minutes: number): string {
  const inDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(inDay % 60).padStart(2, '0');
  return `${hh}:${mm}`;
}

/**
 * Departure and arrival in minutes after midnight of the travel day. An arrival past
 * midnight is > 1440 so that no meal or sight is planned at the destination that day.
 */
export function legTimes(leg: TransportLeg): { departure: number; arrival: number } {
  if (leg.mode !== 'flight') {
    return {
      departure: GROUND_DEPARTURE_MINUTES,
      arrival: GROUND_DEPARTURE_MINUTES + leg.route.durationMinutes,
    };
  }
  const departure = clockMinutes(leg.flight.departureTime);
  const arrival = clockMinutes(leg.flight.arrivalTime);
  // Local clock times across time zones: an arrival "before" the departure is the next day.
  return { departure, arrival: arrival < departure ? arrival + MINUTES_PER_DAY : arrival };
}
