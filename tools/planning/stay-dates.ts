import { addDays, type IsoDate } from '../domain/common.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import type { RouteCandidate } from './planning.types.js';

/** The nights of one stay as a real source books them. */
export interface StayDates {
  checkIn: IsoDate;
  /** The morning after the last night. */
  checkOut: IsoDate;
}

/** Check-in and check-out of `nights` nights from trip day `firstNight` (day 1 is the start date). */
export function stayDates(
  spec: Pick<TripSpec, 'startDate'>,
  stay: { firstNight: number; nights: number },
): StayDates {
  const checkIn = addDays(spec.startDate, stay.firstNight - 1);
  return { checkIn, checkOut: addDays(checkIn, stay.nights) };
}

/**
 * Per city, the nights a stay is searched for: those of the first candidate route that spends
 * the most nights there (the same route `nightsByCity` takes its count from), so the stays found
 * can host the longest visit the solver may choose.
 */
export function stayDatesByCity(
  spec: Pick<TripSpec, 'startDate'>,
  routes: readonly RouteCandidate[],
): Map<string, StayDates & { nights: number }> {
  const byCity = new Map<string, StayDates & { nights: number }>();
  for (const route of routes) {
    let firstNight = 1;
    route.cities.forEach((city, i) => {
      const nights = route.nights[i] ?? 0;
      const known = byCity.get(city);
      if (nights > 0 && (!known || nights > known.nights)) {
        byCity.set(city, { ...stayDates(spec, { firstNight, nights }), nights });
      }
      firstNight += nights;
    });
  }
  return byCity;
}
