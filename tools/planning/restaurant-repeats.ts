import type { Ruleset } from '../domain/trip-spec.schema.js';
import { nameKey } from './names.js';

/**
 * On ordinary trips a restaurant may come back, but not within this many days of an earlier
 * meal there (day 1 and day 5 are fine, day 1 and day 4 are not): a long stay in one city has
 * more meals than the city has restaurants. TravelPlanner's rule never allows a repeat.
 */
export const RESTAURANT_REPEAT_GAP_DAYS = 3;

/** The gap a ruleset requires between two meals at one restaurant; null: never twice. */
export function restaurantRepeatGap(ruleset: Ruleset): number | null {
  return ruleset === 'travelplanner' ? null : RESTAURANT_REPEAT_GAP_DAYS;
}

/** Whether two meals at one restaurant on these days are allowed under `gap`. */
export function repeatAllowed(gap: number | null, firstDay: number, secondDay: number): boolean {
  return gap !== null && Math.abs(firstDay - secondDay) > gap;
}

/**
 * Which restaurants (by name) the meals so far use, on which days. Planning prefers a restaurant
 * not used yet and brings one back only when its city has none left (and the gap allows).
 */
export class RestaurantLedger {
  private readonly days = new Map<string, number[]>();

  constructor(private readonly gap: number | null) {}

  isUnused(name: string): boolean {
    return (this.days.get(nameKey(name))?.length ?? 0) === 0;
  }

  /** True when a meal at `name` on `day` keeps every pair of its meals far enough apart. */
  canUse(name: string, day: number): boolean {
    const used = this.days.get(nameKey(name));
    return !used || used.every((d) => repeatAllowed(this.gap, d, day));
  }

  add(name: string, day: number): void {
    const key = nameKey(name);
    this.days.set(key, [...(this.days.get(key) ?? []), day]);
  }

  remove(name: string, day: number): void {
    const key = nameKey(name);
    const used = this.days.get(key) ?? [];
    const at = used.indexOf(day);
    if (at >= 0) used.splice(at, 1);
  }
}
