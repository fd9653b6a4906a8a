import type { GroundRoute } from '../domain/inventory.schema.js';
import type { NotHonoured, PlanDay, TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { isRoadLeg, legDuration } from './leg-times.js';
import { notHonoured } from './not-honoured.js';
import type { TransportOption } from './transport-options.js';
import type { FamilyOptions } from './transport-plan.js';

/** The most driving one travel day asks of a party; longer is a day and a night at the wheel. */
export const LONGEST_DAY_DRIVE_MINUTES = 10 * 60;
/**
 * The most a party that asked to drive ("road trip", "we're driving") is asked at the wheel in a
 * day: a long day of Memphis → Chicago (11.6 h) rather than a road trip turned into three flights.
 */
export const LONGEST_WISHED_DRIVE_MINUTES = 12 * 60;
/** A taxi is a transfer, not an intercity journey of half a day. */
export const LONGEST_TAXI_MINUTES = 4 * 60;

/** A drive or taxi ride longer than a travel day of this party should hold. */
export function isMarathonRoad(spec: Pick<TripSpec, 'preferences'>, option: TransportOption): boolean {
  return isLongRoadLeg(spec, option.leg);
}

/** The longest road of `mode` a travel day of this party holds. */
function longestRoad(spec: Pick<TripSpec, 'preferences'>, mode: 'self-driving' | 'taxi'): number {
  if (mode === 'taxi') return LONGEST_TAXI_MINUTES;
  return spec.preferences.preferredModes.includes('self-driving')
    ? LONGEST_WISHED_DRIVE_MINUTES
    : LONGEST_DAY_DRIVE_MINUTES;
}

/** Whether a road is longer than a travel day holds on this trip (TravelPlanner's rules allow any). */
export function isMarathonRoute(
  spec: Pick<TripSpec, 'ruleset' | 'preferences'>,
  route: Pick<GroundRoute, 'mode' | 'durationMinutes'>,
): boolean {
  if (spec.ruleset === 'travelplanner') return false;
  return route.durationMinutes > longestRoad(spec, route.mode);
}

/**
 * A wish to drive that a day-long drive overruled: the hops not driven whose drive is longer
 * than a travel day holds. A car cannot be left behind for a flight, so one such hop sends the
 * whole trip by other means; the plan names the hops that did it rather than a vague "not
 * available". Empty when the party did not ask to drive or drives every hop.
 */
export function longDriveNotHonoured(
  spec: TripSpec,
  perHop: readonly (readonly TransportOption[])[],
  legs: readonly TransportLeg[],
  spareNights?: number,
): NotHonoured[] {
  if (!spec.preferences.preferredModes.includes('self-driving')) return [];
  if (legs.every((leg) => leg.mode === 'self-driving' || leg.mode === 'rail')) return [];
  const long = perHop.flatMap((options) => {
    const drive = options.find((o) => o.leg.mode === 'self-driving');
    if (!drive || !isMarathonRoad(spec, drive) || drive.leg.mode !== 'self-driving') return [];
    const hours = (legDuration(drive.leg) / 60).toFixed(1);
    return [`${drive.leg.from} → ${drive.leg.to} takes ${hours} h to drive`];
  });
  if (long.length === 0) return [];
  // A night on the way (road-stopovers.ts) needs a night the cities asked for can give.
  const short =
    spareNights !== undefined && spareNights < long.length
      ? `; the ${spec.days}-day trip has too few nights to spare one on the way`
      : '';
  return [
    notHonoured(
      'driving ourselves',
      `${long.join(', ')}, more than a day at the wheel (${LONGEST_WISHED_DRIVE_MINUTES / 60} h), and a car cannot be left behind for a flight, so the trip goes by other means${short}`,
    ),
  ];
}

/**
 * Each family without its marathon roads wherever every hop keeps another option. A standard trip
 * never drives Miami → New York in one day when it can fly; TravelPlanner's rules allow any
 * drive, so its families stay as they are.
 */
export function withoutMarathonRoads(spec: TripSpec, families: readonly FamilyOptions[]): FamilyOptions[] {
  if (spec.ruleset === 'travelplanner') return [...families];
  return families.map((family) => {
    const humane = family.perHop.map((options) => options.filter((o) => !isMarathonRoad(spec, o)));
    return humane.every((options) => options.length > 0) ? { ...family, perHop: humane } : family;
  });
}

/**
 * A road longer than a travel day can hold: from the day's 08:00 start to midnight (Chicago →
 * Miami is 21 h at the wheel, Chicago → Cancún 26 h). No travel day holds it, and the plan has no
 * day for the nights on the road (a party that drives gets them as nights on the way instead,
 * road-stopovers.ts).
 */
export const LONGEST_POSSIBLE_ROAD_MINUTES = 16 * 60;

/**
 * The ways to travel a route without a road longer than a day, when there are any: such a road
 * is taken only when nothing else goes (no flight may be taken), never to save money; a trip
 * whose only affordable way is one fails over budget, naming the cheapest total, instead.
 */
export function withoutDayLongRoads<T extends { cheapest: { choice: readonly TransportOption[] } }>(
  spec: TripSpec,
  priced: readonly T[],
): T[] {
  if (spec.ruleset === 'travelplanner') return [...priced];
  const dayLong = (o: TransportOption) =>
    isRoadLeg(o.leg) && legDuration(o.leg) > LONGEST_POSSIBLE_ROAD_MINUTES;
  const possible = priced.filter((p) => !p.cheapest.choice.some(dayLong));
  return possible.length > 0 ? possible : [...priced];
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
  const humane = affordable.filter((p) => !p.cheapest.choice.some((o) => isMarathonRoad(spec, o)));
  return humane.length > 0 ? humane : [...affordable];
}

/**
 * The day note on a road leg longer than a travel day holds: a last resort (nothing quicker fits),
 * or, for a party that asked to drive, the long day it chose over flying.
 */
export function longRoadNote(spec: Pick<TripSpec, 'preferences'>, leg: TransportLeg): string {
  const hours = (legDuration(leg) / 60).toFixed(1);
  const what = leg.mode === 'taxi' ? 'in a taxi' : 'at the wheel';
  const route = `${hours} h ${what} from ${leg.from} to ${leg.to}`;
  if (leg.mode === 'self-driving' && !isLongRoadLeg(spec, leg))
    return `${route}, a long day of the drive you asked for: plan rest stops, and share the wheel if you can.`;
  const limit = leg.mode === 'taxi' ? LONGEST_TAXI_MINUTES / 60 : LONGEST_DAY_DRIVE_MINUTES / 60;
  return `${route}, more than a travel day's ${limit} h: nothing quicker fits the trip's rules and budget, so plan a rest stop or a night on the way.`;
}

/**
 * Travel days whose road leg is longer than a day holds, noted: the solver keeps such a leg only
 * when nothing else goes (see `preferHumaneFamilies`), and the traveller should see the hours
 * rather than find them on the road. TravelPlanner trips allow any drive and get no note.
 */
export function noteLongRoads(
  spec: TripSpec,
  days: readonly PlanDay[],
  legs: readonly TransportLeg[],
): PlanDay[] {
  if (spec.ruleset === 'travelplanner') return [...days];
  return days.map((day) => {
    const notes = legs
      .filter((leg) => leg.day === day.day && isLongDay(leg))
      .map((leg) => longRoadNote(spec, leg))
      .filter((note) => !day.notes.includes(note));
    return notes.length === 0 ? day : { ...day, notes: [...day.notes, ...notes] };
  });
}

/** A road longer than this party's travel day holds (see `longestRoad`). */
function isLongRoadLeg(spec: Pick<TripSpec, 'preferences'>, leg: TransportLeg): boolean {
  if (leg.mode !== 'self-driving' && leg.mode !== 'taxi') return false;
  return legDuration(leg) > longestRoad(spec, leg.mode);
}

/** A road longer than anyone's ordinary travel day, whoever chose it: worth a note on its day. */
function isLongDay(leg: TransportLeg): boolean {
  if (leg.mode === 'self-driving') return legDuration(leg) > LONGEST_DAY_DRIVE_MINUTES;
  return leg.mode === 'taxi' && legDuration(leg) > LONGEST_TAXI_MINUTES;
}
