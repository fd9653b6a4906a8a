import { z } from 'zod';
import { isoDateOfDay, isoDayNumber } from './calendar-days.js';

/** A calendar date, `YYYY-MM-DD`, in the trip's local time. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** A wall-clock time, `HH:MM`, 24-hour. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');

/** A non-negative amount in the provider's quote currency (USD for both shipped providers). */
export const Amount = z.number().nonnegative().finite();

export const CityName = z.string().trim().min(1).max(80);

/** How a leg is travelled. Rail exists between nearby cities where real networks run. */
export const TransportMode = z.enum(['flight', 'self-driving', 'taxi', 'rail']);
export type TransportMode = z.infer<typeof TransportMode>;

/** What an accommodation may forbid and a traveller may need (TravelPlanner's five house rules). */
export const HouseRule = z.enum(['smoking', 'parties', 'children under 10', 'visitors', 'pets']);
export type HouseRule = z.infer<typeof HouseRule>;

/** Room types as listed by stays. */
export const RoomType = z.enum(['Entire home/apt', 'Private room', 'Shared room']);
export type RoomType = z.infer<typeof RoomType>;

/** Room types as requested by travellers; "not shared room" accepts either private kind. */
export const RoomTypeRequirement = z.enum(['entire room', 'private room', 'shared room', 'not shared room']);
export type RoomTypeRequirement = z.infer<typeof RoomTypeRequirement>;

/** Dietary needs a restaurant may serve; every meal of a party with a need must serve it. */
export const DietaryNeed = z.enum(['vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free']);
export type DietaryNeed = z.infer<typeof DietaryNeed>;

/**
 * How comfortable the trip should be. `cheapest` minimises cost; `budget`, `mid-range` and
 * `luxury` set the standard of stays (rating and room type) and of flights (cabin or price
 * position). A tier that the money cannot buy is reported as not honoured, never silently dropped.
 */
export const ComfortTier = z.enum(['cheapest', 'budget', 'mid-range', 'luxury']);
export type ComfortTier = z.infer<typeof ComfortTier>;

export function roomTypeSatisfies(type: RoomType, requirement: RoomTypeRequirement): boolean {
  switch (requirement) {
    case 'entire room':
      return type === 'Entire home/apt';
    case 'private room':
      return type === 'Private room';
    case 'shared room':
      return type === 'Shared room';
    case 'not shared room':
      return type !== 'Shared room';
  }
}

/** Adds whole days to an ISO date (UTC arithmetic, so no DST surprises). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = Number.isInteger(days) ? isoDayNumber(date) : null;
  const sum = start === null ? null : isoDateOfDay(start + days);
  if (sum !== null) return sum;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
