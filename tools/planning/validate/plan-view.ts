import { addDays, type IsoDate } from '../../domain/common.schema.js';
import type { Restaurant, Stay } from '../../domain/inventory.schema.js';
import type { PlanDay, PlanDraft, StayBooking, TransportLeg } from '../../domain/plan.schema.js';
import { type TripSpec, tripEnd } from '../../domain/trip-spec.schema.js';
import { entityKey, nameKey, sameName } from '../names.js';

/** Read-only views of a draft that several checks share. */

export const MEALS = ['breakfast', 'lunch', 'dinner'] as const;
export type Meal = (typeof MEALS)[number];

export interface MealVisit {
  day: PlanDay;
  meal: Meal;
  restaurant: Restaurant;
}

export function mealsOf(day: PlanDay): MealVisit[] {
  return MEALS.flatMap((meal) => {
    const restaurant = day[meal];
    return restaurant ? [{ day, meal, restaurant }] : [];
  });
}

export function isTravelDay(day: PlanDay): boolean {
  return day.fromCity !== null;
}

/** "Denver" or "travels from Denver to Boulder": where a day is, for messages. */
export function dayPlace(day: PlanDay): string {
  return day.fromCity === null ? `is spent in ${day.city}` : `travels from ${day.fromCity} to ${day.city}`;
}

/** The date trip day `day` (1-based) falls on. */
export function expectedDate(spec: TripSpec, day: number): IsoDate {
  return addDays(spec.startDate, day - 1);
}

export function legsOnDay(legs: readonly TransportLeg[], day: number): TransportLeg[] {
  return legs.filter((leg) => leg.day === day);
}

/**
 * Whether `day` is a day trip's: out from the origin to its city and back the same day, the
 * day's legs leading from the origin through the city and home again.
 */
export function isSameDayReturn(draft: PlanDraft, day: PlanDay): boolean {
  const { origin } = draft.spec;
  if (draft.days.length !== 1 || day.fromCity === null || !sameName(day.fromCity, origin)) return false;
  const legs = legsOnDay(draft.legs, day.day);
  let at = origin;
  let visited = false;
  for (const leg of legs) {
    if (!sameName(leg.from, at)) return false;
    at = leg.to;
    if (sameName(at, day.city)) visited = true;
  }
  return visited && sameName(at, origin);
}

/** Trip days whose nights a booking covers. */
export function bookedNights(booking: StayBooking): number[] {
  return Array.from({ length: booking.nights }, (_, i) => booking.firstNight + i);
}

export function bookingsForNight(stays: readonly StayBooking[], night: number): StayBooking[] {
  return stays.filter((b) => night >= b.firstNight && night < b.firstNight + b.nights);
}

export function findByName<T extends { name: string }>(items: readonly T[] | undefined, name: string): T[] {
  // The name's key once, not once per item: checks look up every meal in its city's whole list.
  const key = nameKey(name);
  return (items ?? []).filter((item) => item.name === name || nameKey(item.name) === key);
}

/** The stay a day names for its night, resolved through the bookings (or the world's list). */
export interface NightStay {
  day: number;
  name: string;
  /** The booked stay's city; the day's city when no booking covers the night. */
  city: string;
  booking: StayBooking | undefined;
  stay: Stay | undefined;
}

export function nightStays(draft: PlanDraft, worldStays: ReadonlyMap<string, readonly Stay[]>): NightStay[] {
  return draft.days.flatMap((day) => {
    const name = day.accommodation;
    if (name === null) return [];
    const booking = bookingsForNight(draft.stays, day.day).find((b) => sameName(b.stay.name, name));
    const stay = booking?.stay ?? findByName(worldStays.get(nameKey(day.city)), name)[0];
    return [{ day: day.day, name, city: booking?.stay.city ?? day.city, booking, stay }];
  });
}

export interface StayInUse {
  stay: Stay;
  nights: number[];
}

/** Every distinct stay the plan uses (booked or named by a day), with the nights spent there. */
export function staysInUse(draft: PlanDraft, worldStays: ReadonlyMap<string, readonly Stay[]>): StayInUse[] {
  const byKey = new Map<string, StayInUse>();
  const add = (stay: Stay, nights: readonly number[]): void => {
    const key = entityKey(stay.name, stay.city);
    const entry = byKey.get(key) ?? { stay, nights: [] };
    entry.nights.push(...nights.filter((n) => !entry.nights.includes(n)));
    byKey.set(key, entry);
  };
  for (const booking of draft.stays) add(booking.stay, bookedNights(booking));
  for (const night of nightStays(draft, worldStays)) if (night.stay) add(night.stay, [night.day]);
  return [...byKey.values()];
}

/** A stretch of the trip spent in one city, as the days show it. */
export interface CityBlock {
  city: string;
  firstDay: number;
  lastDay: number;
}

/**
 * The cities in the order the days pass through them (a travel day contributes its departure
 * then its arrival city), with consecutive repeats merged.
 */
export function cityTimeline(days: readonly PlanDay[]): CityBlock[] {
  const blocks: CityBlock[] = [];
  const visit = (city: string, day: number): void => {
    const last = blocks[blocks.length - 1];
    if (last && sameName(last.city, city)) last.lastDay = day;
    else blocks.push({ city, firstDay: day, lastDay: day });
  };
  for (const day of days) {
    if (day.fromCity !== null) visit(day.fromCity, day.day);
    visit(day.city, day.day);
  }
  return blocks;
}

/** Distinct cities other than the origin (and an open-jaw trip's end), in order of first visit. */
export function visitedCities(draft: PlanDraft): string[] {
  // A night on the way of a long drive is not a destination the party asked for.
  const home = new Set([
    ...homeKeys(draft.spec),
    ...(draft.route.stopovers ?? []).map((s) => nameKey(s.city)),
  ]);
  const seen = new Map<string, string>();
  for (const block of cityTimeline(draft.days)) {
    const key = nameKey(block.city);
    if (!home.has(key) && !seen.has(key)) seen.set(key, block.city);
  }
  return [...seen.values()];
}

/** Name keys of where the party is at home: the origin, and where an open-jaw trip ends. */
export function homeKeys(spec: Pick<TripSpec, 'origin' | 'tripType' | 'returnTo'>): Set<string> {
  const end = tripEnd(spec);
  return new Set([nameKey(spec.origin), ...(end === null ? [] : [nameKey(end)])]);
}
