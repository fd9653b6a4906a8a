import type { Restaurant } from '../domain/inventory.schema.js';
import { lightMainFor, meantFor } from './meal-kinds.js';
import type { MealPicks, MealPools } from './meal-plan.js';
import type { MealSlot } from './meal-slots.js';
import { nameKey } from './names.js';
import type { RestaurantLedger } from './restaurant-repeats.js';

export interface MainCourseContext {
  /** Slots the model's preferred restaurants hold: left alone. */
  pinned: ReadonlySet<number>;
  /** Puts `r` in `slot` when the budget, the cuisines and the repeat rules allow; whether it did. */
  place: (slot: number, r: Restaurant) => boolean;
  /** Whether `r` may take `slot`'s place (a loved cuisine's or a local meal keeps its kind). */
  keeps: (slot: number, r: Restaurant) => boolean;
}

/**
 * Moves each lunch and dinner the cheapest plan sent to a lighter place than the meal wants (see
 * `lightMainFor`: a creamery that also lists pizza, for dinner) to the cheapest unused kitchen
 * of its city that is a proper one for it, while the money left pays the difference. Runs
 * before the rating climbs, which then keep it off light places (meal-upgrade.ts). Under
 * TravelPlanner's rules nothing is light.
 */
export function mainCourses(
  pools: MealPools,
  slots: readonly MealSlot[],
  picks: MealPicks,
  ledger: RestaurantLedger,
  ctx: MainCourseContext,
): void {
  if (pools.ruleset === 'travelplanner') return;
  slots.forEach((s, slot) => {
    const current = picks[slot];
    if (!current || ctx.pinned.has(slot) || !lightMainFor(current, s.meal, pools.ruleset)) return;
    // The city's pool is sorted cheapest first.
    for (const r of pools.byCity.get(nameKey(s.city)) ?? []) {
      if (!ledger.isUnused(r.name) || !meantFor(r, s.meal, pools.ruleset)) continue;
      if (lightMainFor(r, s.meal, pools.ruleset) || !ctx.keeps(slot, r)) continue;
      if (ctx.place(slot, r)) return;
    }
  });
}
