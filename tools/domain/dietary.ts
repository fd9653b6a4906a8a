import type { DietaryNeed } from './common.schema.js';
import type { Restaurant } from './inventory.schema.js';

/** Needs that a kitchen serving another need also serves: a vegan kitchen serves vegetarians. */
const IMPLIED_BY: Partial<Record<DietaryNeed, DietaryNeed[]>> = { vegetarian: ['vegan'] };

/** True when the restaurant serves every one of the party's dietary needs. */
export function servesDietaryNeeds(
  restaurant: Pick<Restaurant, 'dietary'>,
  needs: readonly DietaryNeed[],
): boolean {
  return needs.every(
    (need) =>
      restaurant.dietary.includes(need) ||
      (IMPLIED_BY[need] ?? []).some((n) => restaurant.dietary.includes(n)),
  );
}
