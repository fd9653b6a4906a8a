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

/**
 * The gaps to try, widest first, when a city runs out of restaurants: the ruleset's gap, then
 * narrower ones down to "not twice on one day". A city with few kitchens for the party's diet
 * (five halal places for a week of meals) gets repeats sooner rather than no trip at all; the
 * validator accepts such a repeat only when the city's kitchens were too few for the meals around
 * it (`repeatUnavoidable`). TravelPlanner's rule has no fallback.
 */
export function fallbackGaps(gap: number | null): number[] {
  if (gap === null) return [];
  return Array.from({ length: gap + 1 }, (_, i) => gap - i);
}

/**
 * A repeat within the gap was forced: the city's usable restaurants are fewer than the party's
 * meals there in the `gap + 1` days ending on the repeat, so some restaurant had to come back.
 */
export function repeatUnavoidable(mealsInWindow: number, usableRestaurants: number): boolean {
  return mealsInWindow > usableRestaurants;
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

  /** True when a meal at `name` on `day` keeps every pair of its meals `gap` days apart. */
  canUse(name: string, day: number, gap: number | null = this.gap): boolean {
    const used = this.days.get(nameKey(name));
    return !used || used.every((d) => repeatAllowed(gap, d, day));
  }

  /**
   * The first restaurant of `pool` a meal on `day` may use: under the ruleset's gap if any, else
   * under the narrowest gap that still allows one (see `fallbackGaps`).
   */
  firstUsable<T extends { name: string }>(pool: readonly T[], day: number): T | undefined {
    for (const gap of fallbackGaps(this.gap)) {
      const found = pool.find((r) => this.canUse(r.name, day, gap));
      if (found) return found;
    }
    return undefined;
  }

  add(name: string, day: number): void {
    const key = nameKey(name);
    const used = this.days.get(key);
    if (used) used.push(day);
    else this.days.set(key, [day]);
  }

  remove(name: string, day: number): void {
    const key = nameKey(name);
    const used = this.days.get(key) ?? [];
    const at = used.indexOf(day);
    if (at >= 0) used.splice(at, 1);
  }
}
