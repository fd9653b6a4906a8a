import type { TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import type { DayFrame } from './day-frames.js';
import { legTimes } from './leg-times.js';
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
 * A meal is possible at the destination when the leg arrives by its time, and in the city
 * being left when the leg departs after it (minutes after midnight).
 */
const MEAL_TIME: Record<MealKind, number> = { breakfast: 10 * 60, lunch: 14 * 60, dinner: 20 * 60 };
/** Arriving by mid-afternoon leaves time for one sight; leaving after lunch time does too. */
const SIGHT_ARRIVAL_BY = 16 * 60;
const SIGHT_DEPARTURE_FROM = 13 * 60;
const SIGHTS_PER_DAY: Record<TripSpec['preferences']['pace'], number> = {
  relaxed: 1,
  balanced: 2,
  packed: 4,
};

/** Every meal slot of the trip, in day order; never in the origin city. */
export function mealSlots(spec: TripSpec, frames: readonly DayFrame[]): MealSlot[] {
  const slots: MealSlot[] = [];
  for (const frame of frames) {
    if (frame.hop) {
      if (frame.leg) slots.push(...travelDayMealSlots(spec, frame.hop, frame.leg));
    } else if (!sameName(frame.city, spec.origin)) {
      for (const meal of MEAL_KINDS) slots.push({ day: frame.day, meal, city: frame.city, required: true });
    }
  }
  return slots;
}

/** The optional meals a travel day allows, given its leg's times. */
export function travelDayMealSlots(spec: TripSpec, hop: Hop, leg: TransportLeg): MealSlot[] {
  const { departure, arrival } = legTimes(leg);
  const canLeave = !sameName(hop.from, spec.origin);
  const canArrive = !sameName(hop.to, spec.origin);
  const slots: MealSlot[] = [];
  for (const meal of MEAL_KINDS) {
    let city: string | null = null;
    // Between two visited cities the traveller wakes up in the first one: breakfast there.
    if (meal === 'breakfast' && canLeave && canArrive) city = hop.from;
    else if (canArrive && arrival <= MEAL_TIME[meal]) city = hop.to;
    else if (canLeave && departure >= MEAL_TIME[meal]) city = hop.from;
    if (city !== null) slots.push({ day: hop.day, meal, city, required: false });
  }
  return slots;
}

/** Sightseeing per day: the pace's count on full days, one on a travel day with time to spare. */
export function sightSlots(spec: TripSpec, frames: readonly DayFrame[]): SightSlot[] {
  const slots: SightSlot[] = [];
  const perDay = SIGHTS_PER_DAY[spec.preferences.pace];
  for (const frame of frames) {
    if (!frame.hop) {
      if (!sameName(frame.city, spec.origin)) {
        slots.push({ day: frame.day, city: frame.city, count: perDay, required: true });
      }
      continue;
    }
    if (!frame.leg) continue;
    const { departure, arrival } = legTimes(frame.leg);
    if (!sameName(frame.hop.to, spec.origin) && arrival <= SIGHT_ARRIVAL_BY) {
      slots.push({ day: frame.day, city: frame.hop.to, count: 1, required: false });
    } else if (!sameName(frame.hop.from, spec.origin) && departure >= SIGHT_DEPARTURE_FROM) {
      slots.push({ day: frame.day, city: frame.hop.from, count: 1, required: false });
    }
  }
  return slots;
}

/** A compact signature of a hop's meal slots: legs with equal profiles cost the same in meals. */
export function mealProfile(slots: readonly MealSlot[]): string {
  return slots.map((s) => `${s.meal[0]}@${s.city}`).join('|');
}
