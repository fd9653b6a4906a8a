import type { Restaurant } from '../domain/inventory.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';
import { MEAL_FIT, mealFit } from './meal-kinds.js';
import type { MealPicks } from './meal-plan.js';
import type { MealKind, MealSlot } from './meal-slots.js';
import { sameName } from './names.js';

/** Dinner is the day's main table, then lunch: where a luxury day's dearest restaurant belongs. */
const WEIGHT: Record<MealKind, number> = { breakfast: 1, lunch: 2, dinner: 3 };

/**
 * Reorders each day's restaurants among its meals in one city so the grandest (dearest) is
 * dinner and the plainest breakfast, as far as each kitchen makes the meal (a bakery stays at
 * breakfast) and each kitchen fits its meal as well as the day allows (a café keeps breakfast
 * from a steakhouse). The same restaurants on the same day: cost, cuisines and repeats are
 * unchanged.
 */
export function grandestAtDinner(slots: readonly MealSlot[], picks: MealPicks, ruleset: Ruleset): MealPicks {
  const out = [...picks];
  const groups = new Map<string, number[]>();
  slots.forEach((s, i) => {
    if (out[i] === null) return;
    const key = `${s.day}\u0000${s.city}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const indices of groups.values()) {
    if (indices.length < 2) continue;
    const restaurants = indices.map((i) => out[i]!);
    if (!restaurants.every((r) => sameName(r.city, restaurants[0]!.city))) continue;
    // Kitchens fitting their meals first (the café stays at breakfast), then the grandest dinner.
    let best = { order: restaurants, fit: -1, score: -1 };
    for (const order of permutations(restaurants)) {
      const fits = order.map((r, k) => mealFit(r, slots[indices[k]!]!.meal, ruleset));
      if (fits.includes(MEAL_FIT.never)) continue;
      const fit = fits.reduce<number>((sum, f) => sum + f, 0);
      const score = order.reduce((sum, r, k) => sum + WEIGHT[slots[indices[k]!]!.meal] * r.averageCost, 0);
      if (fit > best.fit || (fit === best.fit && score > best.score + 1e-9)) best = { order, fit, score };
    }
    indices.forEach((i, k) => {
      out[i] = best.order[k]!;
    });
  }
  return out;
}

/**
 * Whether `r` in `slot` keeps its day's breakfast no dearer than its dinner: on standard trips
 * the money left buys grander breakfast kitchens only up to the dinner (no other kitchen can take
 * the breakfast and move the dearer table to the evening), and a dinner that a better-rated
 * kitchen would make cheaper stays above the breakfast. A travel day's breakfast and dinner are
 * in two cities and still one day (a luxury couple breakfasted at an $80 brasserie on Maui and
 * dined for $61 in Honolulu). Lunches, and a day without both meals, are not limited.
 */
export function keepsDinnerDearest(
  slots: readonly MealSlot[],
  picks: MealPicks,
  slot: number,
  r: Restaurant,
  ruleset: Ruleset,
): boolean {
  const { day, meal } = slots[slot]!;
  if (ruleset === 'travelplanner' || meal === 'lunch') return true;
  const other = meal === 'breakfast' ? 'dinner' : 'breakfast';
  const at = slots.findIndex((s) => s.day === day && s.meal === other);
  const there = at < 0 ? null : picks[at];
  if (!there) return true;
  return meal === 'breakfast' ? r.averageCost <= there.averageCost : r.averageCost >= there.averageCost;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
