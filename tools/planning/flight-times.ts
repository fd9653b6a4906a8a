import type { Flight } from '../domain/inventory.schema.js';
import type { FlightTimes } from '../domain/trip-spec.schema.js';
import { arrivalDayOffset, clockMinutes } from './leg-times.js';

/** Red-eye hours: a flight leaving or landing between midnight and 05:00 local flies overnight. */
const NIGHT_END = 5 * 60;

/** True when a flight flies through the night: lands on a later date, or leaves or lands before 05:00. */
export function isOvernight(flight: Flight): boolean {
  return (
    arrivalDayOffset(flight) > 0 ||
    clockMinutes(flight.departureTime) < NIGHT_END ||
    clockMinutes(flight.arrivalTime) < NIGHT_END
  );
}

/** True when the request sets any flight-time wish. */
export function hasFlightTimes(times: FlightTimes): boolean {
  return (
    times.earliestDeparture !== null ||
    times.latestArrival !== null ||
    times.noOvernight ||
    times.maxStops !== null
  );
}

/**
 * How a flight breaks the request's flight-time wishes, one phrase each ("leaves at 06:10,
 * before 08:00"); empty when it honours them all. Times are local at each end.
 */
export function flightTimeBreaches(flight: Flight, times: FlightTimes): string[] {
  const breaches: string[] = [];
  const leaves = clockMinutes(flight.departureTime);
  const lands = clockMinutes(flight.arrivalTime);
  const nextDay = arrivalDayOffset(flight) > 0;
  if (times.earliestDeparture !== null && leaves < clockMinutes(times.earliestDeparture)) {
    breaches.push(`leaves at ${flight.departureTime}, before ${times.earliestDeparture}`);
  }
  if (times.latestArrival !== null && (nextDay || lands > clockMinutes(times.latestArrival))) {
    const when = nextDay ? `${flight.arrivalTime} the next day` : flight.arrivalTime;
    breaches.push(`lands at ${when}, after ${times.latestArrival}`);
  }
  if (times.noOvernight && isOvernight(flight)) {
    breaches.push(
      `flies overnight (${flight.departureTime} → ${flight.arrivalTime}${nextDay ? ' +1 day' : ''})`,
    );
  }
  const stops = flight.stops ?? 0;
  if (times.maxStops !== null && stops > times.maxStops) {
    breaches.push(`makes ${stops} stop${stops === 1 ? '' : 's'}, more than ${times.maxStops}`);
  }
  return breaches;
}
