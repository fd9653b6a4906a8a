import type { TripSpec } from '../domain/trip-spec.schema.js';
import { legDuration } from './leg-times.js';
import type { TransportOption } from './transport-options.js';
import type { FamilyOptions } from './transport-plan.js';

/** The most driving one travel day asks of a party; longer is a day and a night at the wheel. */
export const LONGEST_DAY_DRIVE_MINUTES = 10 * 60;
/** A taxi is a transfer, not an intercity journey of half a day. */
export const LONGEST_TAXI_MINUTES = 4 * 60;

/** A drive or taxi ride longer than a travel day should hold. */
export function isMarathonRoad(option: TransportOption): boolean {
  const { leg } = option;
  if (leg.mode === 'self-driving') return legDuration(leg) > LONGEST_DAY_DRIVE_MINUTES;
  if (leg.mode === 'taxi') return legDuration(leg) > LONGEST_TAXI_MINUTES;
  return false;
}

/**
 * Each family without its marathon roads wherever every hop keeps another option. A standard trip
 * never drives Miami → New York in one day when it can fly; TravelPlanner's rules allow any
 * drive, so its families stay as they are.
 */
export function withoutMarathonRoads(spec: TripSpec, families: readonly FamilyOptions[]): FamilyOptions[] {
  if (spec.ruleset === 'travelplanner') return [...families];
  return families.map((family) => {
    const humane = family.perHop.map((options) => options.filter((o) => !isMarathonRoad(o)));
    return humane.every((options) => options.length > 0) ? { ...family, perHop: humane } : family;
  });
}

/**
 * The affordable ways to travel a route, those without a marathon road first: a family that
 * still needs one (nothing else goes, or nothing else fits the budget) is kept only when no
 * other family is affordable, so the plan is honest about its hours rather than impossible.
 */
export function preferHumaneFamilies<T extends { cheapest: { choice: readonly TransportOption[] } }>(
  spec: TripSpec,
  affordable: readonly T[],
): T[] {
  if (spec.ruleset === 'travelplanner') return [...affordable];
  const humane = affordable.filter((p) => !p.cheapest.choice.some(isMarathonRoad));
  return humane.length > 0 ? humane : [...affordable];
}
