import type { TransportLeg } from '../domain/plan.schema.js';
import { type TripSpec, tripEnd } from '../domain/trip-spec.schema.js';
import type { DayFrame } from './day-frames.js';
import { accessBefore } from './door-to-door.js';
import { isRoadLeg, legDuration, legTimes, overnightArrival } from './leg-times.js';
import { sameName } from './names.js';
import type { Hop } from './planning.types.js';

export type MealKind = 'breakfast' | 'lunch' | 'dinner';
export const MEAL_KINDS: readonly MealKind[] = ['breakfast', 'lunch', 'dinner'];

/**
 * One meal that may be planned. Required slots (full days in a city) must be filled;
 * optional ones (travel days) may be, and can carry a required cuisine.
 */
export interface MealSlot {
  day: number;
  meal: MealKind;
  city: string;
  required: boolean;
}

export interface SightSlot {
  day: number;
  city: string;
  /** How many sights to aim for. */
  count: number;
  /** A full day in a city must have at least one sight. */
  required: boolean;
}

/**
 * A meal is possible at the destination when the leg arrives by its time (an arrival at 17:00
 * leaves time for dinner), and in the city being left when the leg departs at or after its
 * departure time (a 14:00 departure leaves breakfast and lunch; breakfast is early, so a 09:00
 * departure still has it). Minutes after midnight.
 */
const MEAL_TIME: Record<MealKind, number> = { breakfast: 10 * 60, lunch: 14 * 60, dinner: 20 * 60 };
const DEPARTURE_AFTER: Record<MealKind, number> = { breakfast: 9 * 60, lunch: 14 * 60, dinner: 20 * 60 };
/**
 * On standard trips a travel day is read the way a traveller reads it: landing by 20:30 still
 * makes a dinner reservation in the city arrived in, and leaving at 13:30 or later leaves time
 * for lunch in the city being left. TravelPlanner's rules keep the times above.
 */
const STANDARD_ARRIVAL_BY: Record<MealKind, number> = { ...MEAL_TIME, dinner: 20 * 60 + 30 };
const STANDARD_DEPARTURE_AFTER: Record<MealKind, number> = { ...DEPARTURE_AFTER, lunch: 13 * 60 + 30 };
/**
 * On standard trips breakfast in the city being left is eaten before the party leaves the door
 * for the airport or station: cafés open about 07:00 and breakfast takes three quarters of an
 * hour, so an 08:10 flight (out of the door at 06:10) leaves none, nor does a 09:00 flight home;
 * a 09:00 train (out at 08:30) or a drive at 08:00 still does.
 */
const BREAKFAST_DONE = 7 * 60 + 45;
/** Arriving by mid-afternoon leaves time for one sight; leaving after lunch time does too. */
const SIGHT_ARRIVAL_BY = 16 * 60;
const SIGHT_DEPARTURE_FROM = 13 * 60;
const SIGHTS_PER_DAY: Record<TripSpec['preferences']['pace'], number> = {
  relaxed: 1,
  balanced: 2,
  packed: 4,
};

/**
 * Where the party is at home, so the plan books nothing: the origin, and the end of an
 * open-jaw trip (flying home to Boston after leaving from New York).
 */
export function isHome(spec: TripSpec, city: string): boolean {
  const end = tripEnd(spec);
  return sameName(city, spec.origin) || (end !== null && sameName(city, end));
}

/**
 * When the day starts for the party (minutes after local midnight): 0, or the arrival time when
 * the previous day's leg lands today (an overnight London → Tokyo flight lands at 12:48 the next
 * day, so that day has no breakfast in Tokyo).
 */
function dayStart(frames: readonly DayFrame[], index: number): number {
  const leg = frames[index - 1]?.leg;
  return leg ? overnightArrival([leg], frames[index - 1]!.day + 1) : 0;
}

/** Whether a meal still fits a day that starts at `start` (after an overnight arrival). */
export function mealFitsAfter(meal: MealKind, start: number): boolean {
  return start <= MEAL_TIME[meal];
}

/** Whether a day that starts at `start` still has time for a sight. */
export function sightFitsAfter(start: number): boolean {
  return start <= SIGHT_ARRIVAL_BY;
}

/** Every meal slot of the trip, in day order; never at home, never before the party arrives. */
export function mealSlots(spec: TripSpec, frames: readonly DayFrame[]): MealSlot[] {
  const slots: MealSlot[] = [];
  frames.forEach((frame, i) => {
    if (frame.hop && frame.returnLeg !== undefined) {
      if (frame.leg && frame.returnLeg)
        slots.push(...dayTripMealSlots(spec, frame.hop, frame.leg, frame.returnLeg));
    } else if (frame.hop) {
      if (frame.leg) slots.push(...travelDayMealSlots(spec, frame.hop, frame.leg));
    } else if (!isHome(spec, frame.city)) {
      const start = dayStart(frames, i);
      for (const meal of MEAL_KINDS) {
        if (mealFitsAfter(meal, start))
          slots.push({ day: frame.day, meal, city: frame.city, required: true });
      }
    }
  });
  return slots;
}

/**
 * The drive home keeps no timetable: on a standard trip the party leaves when the road still
 * gets it home by early evening, after breakfast, lunch and a sight when the road is short (the
 * 1.6-hour drive home from Colorado Springs left at 08:00 and the last day of every weekend away
 * by car was empty). Never before the 08:00 start, never after lunch time: a long road leaves
 * early. TravelPlanner's ground legs all start at 08:00.
 */
const HOME_BY = 19 * 60;
const LATEST_DRIVE_HOME = 14 * 60;

/** Departure and arrival of a travel day's leg as the day is planned around them (see `legTimes`). */
export function travelDayTimes(
  spec: TripSpec,
  hop: Hop,
  leg: TransportLeg,
): { departure: number; arrival: number } {
  const times = legTimes(leg);
  // A drive whose time the plan fixed (a day trip's way back) keeps it.
  if (!isRoadLeg(leg) || leg.departureTime !== undefined) return times;
  if (spec.ruleset !== 'standard' || !isHome(spec, hop.to) || isHome(spec, hop.from)) return times;
  const duration = legDuration(leg);
  const departure = Math.max(times.departure, Math.min(LATEST_DRIVE_HOME, HOME_BY - duration));
  return { departure, arrival: departure + duration };
}

/** The optional meals a travel day allows, given its leg's times. */
export function travelDayMealSlots(spec: TripSpec, hop: Hop, leg: TransportLeg): MealSlot[] {
  const { departure, arrival } = travelDayTimes(spec, hop, leg);
  const canLeave = !isHome(spec, hop.from);
  const canArrive = !isHome(spec, hop.to);
  const standard = spec.ruleset === 'standard';
  const arriveBy = standard ? STANDARD_ARRIVAL_BY : MEAL_TIME;
  const leaveFrom = standard ? STANDARD_DEPARTURE_AFTER : DEPARTURE_AFTER;
  const breakfastFirst = !standard || departure - accessBefore(leg.mode) >= BREAKFAST_DONE;
  const slots: MealSlot[] = [];
  for (const meal of MEAL_KINDS) {
    let city: string | null = null;
    const leaving = meal !== 'breakfast' || breakfastFirst;
    // Between two visited cities the traveller wakes up in the first one: breakfast there.
    if (meal === 'breakfast' && canLeave && canArrive && leaving) city = hop.from;
    else if (canArrive && arrival <= arriveBy[meal]) city = hop.to;
    else if (canLeave && departure >= leaveFrom[meal] && leaving) city = hop.from;
    if (city !== null) slots.push({ day: hop.day, meal, city, required: false });
  }
  return slots;
}

/**
 * A day trip's meals in the city visited: those the way out lands in time for and the way back
 * leaves late enough for, by the usual travel-day times (a drive home at 20:00 leaves dinner).
 */
export function dayTripMealSlots(
  spec: TripSpec,
  hop: Hop,
  out: TransportLeg,
  back: TransportLeg,
): MealSlot[] {
  const { arrival } = legTimes(out);
  const { departure } = legTimes(back);
  const standard = spec.ruleset === 'standard';
  const arriveBy = standard ? STANDARD_ARRIVAL_BY : MEAL_TIME;
  const leaveFrom = standard ? STANDARD_DEPARTURE_AFTER : DEPARTURE_AFTER;
  return MEAL_KINDS.filter((meal) => arrival <= arriveBy[meal] && departure >= leaveFrom[meal]).map(
    (meal) => ({ day: hop.day, meal, city: hop.to, required: false }),
  );
}

/** Sightseeing per day: the pace's count on full days, one on a travel day with time to spare. */
export function sightSlots(spec: TripSpec, frames: readonly DayFrame[]): SightSlot[] {
  const slots: SightSlot[] = [];
  const perDay = SIGHTS_PER_DAY[spec.preferences.pace];
  for (const [i, frame] of frames.entries()) {
    if (!frame.hop) {
      const start = dayStart(frames, i);
      // A day that starts with an overnight arrival has time for one sight, or none after 16:00.
      if (!isHome(spec, frame.city) && sightFitsAfter(start)) {
        slots.push({ day: frame.day, city: frame.city, count: start > 0 ? 1 : perDay, required: true });
      }
      continue;
    }
    if (!frame.leg) continue;
    if (frame.returnLeg !== undefined) {
      // A day trip: the pace's sights between landing and leaving, when the day leaves time.
      const { arrival } = legTimes(frame.leg);
      const departure = frame.returnLeg ? legTimes(frame.returnLeg).departure : 0;
      if (arrival <= SIGHT_ARRIVAL_BY && departure >= SIGHT_DEPARTURE_FROM)
        slots.push({ day: frame.day, city: frame.hop.to, count: perDay, required: false });
      continue;
    }
    const city = travelDaySightCity(spec, frame.hop, frame.leg);
    if (city !== null) slots.push({ day: frame.day, city, count: 1, required: false });
  }
  return slots;
}

/** The city a travel day has time for one sight in, given its leg's times; null when none. */
export function travelDaySightCity(spec: TripSpec, hop: Hop, leg: TransportLeg): string | null {
  const { departure, arrival } = travelDayTimes(spec, hop, leg);
  if (!isHome(spec, hop.to) && arrival <= SIGHT_ARRIVAL_BY) return hop.to;
  if (!isHome(spec, hop.from) && departure >= SIGHT_DEPARTURE_FROM) return hop.from;
  return null;
}

/**
 * The meals of the next day an overnight leg takes away ("bl": it lands after lunch), as the
 * first letters of their names; "" for a leg that lands the day it leaves. Two legs of one hop
 * with equal profiles still plan different meals when one lands the next afternoon.
 */
export function mealsLostNextDay(leg: TransportLeg, day: number): string {
  const landing = overnightArrival([leg], day + 1);
  return MEAL_KINDS.filter((meal) => !mealFitsAfter(meal, landing))
    .map((meal) => meal[0])
    .join('');
}

/** A compact signature of a hop's meal slots: legs with equal profiles cost the same in meals. */
export function mealProfile(slots: readonly MealSlot[]): string {
  return slots.map((s) => `${s.meal[0]}@${s.city}`).join('|');
}
