import type { Ruleset } from '../domain/trip-spec.schema.js';
import { suitsMeal } from './meal-kinds.js';
import type { MealPicks } from './meal-plan.js';
import type { MealKind, MealSlot } from './meal-slots.js';
import { sameName } from './names.js';

/** Dinner is the day's main table, then lunch: where a luxury day's dearest restaurant belongs. */
const WEIGHT: Record<MealKind, number> = { breakfast: 1, lunch: 2, dinner: 3 };

/**
 * Reorders each day's restaurants among its meals in one city so the grandest (dearest) is
 * dinner and the plainest breakfast, as far as each kitchen makes the meal (a bakery stays at
 * breakfast). The same restaurants on the same day: cost, cuisines and repeats are unchanged.
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
    let best = { order: restaurants, score: -1 };
    for (const order of permutations(restaurants)) {
      const fits = order.every((r, k) => suitsMeal(r, slots[indices[k]!]!.meal, ruleset));
      if (!fits) continue;
      const score = order.reduce((sum, r, k) => sum + WEIGHT[slots[indices[k]!]!.meal] * r.averageCost, 0);
      if (score > best.score + 1e-9) best = { order, score };
    }
    indices.forEach((i, k) => {
      out[i] = best.order[k]!;
    });
  }
  return out;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
