import type { TransportMode } from '../domain/common.schema.js';
import type { TransportLeg } from '../domain/plan.schema.js';
import { legDuration, legTimes } from './leg-times.js';

/**
 * Minutes a traveller spends getting to a vehicle and from it into town, beyond its timetable:
 * to the airport and through check-in and security before a flight, through baggage claim and
 * the ride into town after it; a short walk to and from a central station; none for a car or a
 * taxi from the door. This is why people take the train for hops of a few hours (Tokyo → Kyoto,
 * Paris → Amsterdam): a 1-hour flight is about 4 hours door to door, a 2½-hour train about 3.
 */
const ACCESS: Record<TransportMode, { before: number; after: number }> = {
  flight: { before: 120, after: 60 },
  rail: { before: 30, after: 20 },
  'self-driving': { before: 0, after: 0 },
  taxi: { before: 0, after: 0 },
};

/** Minutes a traveller leaves the door before a vehicle of `mode` departs (see ACCESS). */
export function accessBefore(mode: TransportMode): number {
  return ACCESS[mode].before;
}

/** A leg as the traveller lives it: leaving the door, arriving at the next one, minutes between. */
export interface DoorToDoor {
  /** Minutes after midnight of the travel day (negative: the evening before). */
  leaves: number;
  /** Minutes after midnight of the travel day, on the destination's clock (> 1440: a later day). */
  arrives: number;
  minutes: number;
}

export function doorToDoor(leg: TransportLeg): DoorToDoor {
  const { departure, arrival } = legTimes(leg);
  const { before, after } = ACCESS[leg.mode];
  return {
    leaves: departure - before,
    arrives: arrival + after,
    minutes: before + legDuration(leg) + after,
  };
}
