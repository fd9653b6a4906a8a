import type { Restaurant } from '../domain/inventory.schema.js';
import type { MealPicks } from './meal-plan.js';
import type { MealSlot } from './meal-slots.js';
import { nameKey, sameName } from './names.js';
import { repeatAllowed, repeatUnavoidable } from './restaurant-repeats.js';

/**
 * Whether a spare travel-day meal at `r` in slot `slot` is a repeat the diverse-restaurants
 * check accepts when no restaurant is free: never twice on one day, and each earlier or later
 * meal there within `gap` days is forced, the city's meals in the `gap + 1` days ending on the
 * later one (this meal counted) outnumbering the `listed` kitchens that serve the party. London
 * lists 6 halal kitchens for a 16:51 landing and four full days: the full days use all six, and
 * the arrival's dinner is the seventh meal of days 1 to 3, so it may take one of day 3's.
 */
export function spareRepeatAllowed(
  slots: readonly MealSlot[],
  picks: MealPicks,
  slot: number,
  r: Restaurant,
  gap: number,
  listed: number,
): boolean {
  const day = slots[slot]!.day;
  const mealsThere = (from: number, to: number): number =>
    picks.filter(
      (p, i) => i !== slot && p !== null && sameName(p.city, r.city) && inRange(slots[i]!.day, from, to),
    ).length + 1;
  return picks.every((p, i) => {
    if (i === slot || p === null || nameKey(p.name) !== nameKey(r.name) || !sameName(p.city, r.city))
      return true;
    const other = slots[i]!.day;
    if (other === day) return false;
    if (repeatAllowed(gap, other, day)) return true;
    const later = Math.max(other, day);
    return repeatUnavoidable(mealsThere(later - gap, later), listed);
  });
}

function inRange(day: number, from: number, to: number): boolean {
  return day >= from && day <= to;
}
