import type { TransportMode } from '../domain/common.schema.js';
import type { NotHonoured, StayBooking, TransportLeg } from '../domain/plan.schema.js';
import type { FlightTimes, TripSpec } from '../domain/trip-spec.schema.js';
import { stayTier, TIER_RANK, targetTier } from './comfort.js';
import { flightTimeBreaches, hasFlightTimes } from './flight-times.js';
import { notHonoured } from './not-honoured.js';
import { modeNoun } from './validate/format.js';

/**
 * The preference wishes (flight times, comfort, preferred modes) a chosen skeleton does not
 * honour, each with its reason. The solver only falls back against a wish when the options or
 * the money leave no other way (transport-options.ts, stay-options.ts), so a breach here is a
 * wish that could not be honoured, and the plan says so rather than dropping it.
 */
export function preferenceNotHonoured(
  spec: TripSpec,
  selection: { legs: readonly TransportLeg[]; stays: readonly StayBooking[] },
): NotHonoured[] {
  return [
    ...flightTimeNotes(spec.constraints.flightTimes, selection.legs),
    ...comfortNotes(spec, selection.stays),
    ...modeNotes(spec, selection.legs),
  ];
}

/** "no flights before 09:00, no overnight flights": the wish in the person's terms. */
export function flightTimesWish(times: FlightTimes): string {
  return [
    times.earliestDeparture === null ? null : `no flights before ${times.earliestDeparture}`,
    times.latestArrival === null ? null : `landing by ${times.latestArrival}`,
    times.noOvernight ? 'no overnight flights' : null,
    times.maxStops === null
      ? null
      : times.maxStops === 0
        ? 'nonstop flights'
        : `at most ${times.maxStops} stops`,
  ]
    .filter((x): x is string => x !== null)
    .join(', ');
}

function flightTimeNotes(times: FlightTimes, legs: readonly TransportLeg[]): NotHonoured[] {
  if (!hasFlightTimes(times)) return [];
  const breaking = legs.flatMap((leg) => {
    if (leg.mode !== 'flight') return [];
    const breaches = flightTimeBreaches(leg.flight, times);
    return breaches.length === 0
      ? []
      : [`day ${leg.day} ${leg.from} → ${leg.to}: ${leg.flight.flightNumber} ${breaches.join(' and ')}`];
  });
  if (breaking.length === 0) return [];
  return [
    notHonoured(
      flightTimesWish(times),
      `no flight that honours it was found for every hop, and the trip still needs one (${breaking.join('; ')})`,
    ),
  ];
}

function comfortNotes(spec: TripSpec, stays: readonly StayBooking[]): NotHonoured[] {
  const target = targetTier(spec.preferences.comfort);
  if (target === null || target === 'budget') return [];
  const below = stays.filter((b) => TIER_RANK[stayTier(b.stay)] < TIER_RANK[target]);
  if (below.length === 0) return [];
  const where = below
    .map((b) => `${b.city}: ${b.stay.name} (${stayTier(b.stay)}, ★${b.stay.rating})`)
    .join('; ');
  const money = spec.budget === null ? '' : ' within the budget';
  return [
    notHonoured(
      `${target} stays`,
      `no ${target} stay that fits the party's rules was available${money} in ${where}`,
    ),
  ];
}

function modeNotes(spec: TripSpec, legs: readonly TransportLeg[]): NotHonoured[] {
  const preferred = spec.preferences.preferredModes;
  if (preferred.length === 0 || legs.length === 0) return [];
  const wish = preferred.map((mode) => PREFERENCE_WISH[mode]).join(' or ');
  const other = legs.filter((leg) => !preferred.includes(leg.mode));
  if (other.length === 0) return [];
  if (preferred.includes('rail') && !preferred.includes('self-driving')) {
    const hops = other.map((leg) => `${leg.from} → ${leg.to} (${modeNoun(leg.mode)})`).join(', ');
    return [notHonoured(wish, `no train runs, or none the budget allows, on ${hops}`)];
  }
  const hops = other.map((leg) => `${leg.from} → ${leg.to}`).join(', ');
  return [notHonoured(wish, `the preferred mode is not available or affordable on ${hops}`)];
}

/** A preferred mode as the party would say it. */
const PREFERENCE_WISH: Readonly<Record<TransportMode, string>> = {
  rail: 'going by train',
  'self-driving': 'driving ourselves',
  flight: 'flying',
  taxi: 'taking taxis',
};
