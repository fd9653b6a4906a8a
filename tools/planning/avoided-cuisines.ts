import type { Restaurant } from '../domain/inventory.schema.js';
import { cooksAsMain } from './meal-cuisine-families.js';

/**
 * The cuisine of `r` the party would rather avoid, if any: its main (first) cuisine is one of
 * them or a kind of one ("no Italian" rules out a Roman trattoria, not a burger bar that also
 * lists pasta).
 */
export function avoidedCuisineOf(
  r: Pick<Restaurant, 'cuisines'>,
  avoided: readonly string[],
): string | undefined {
  return avoided.find((cuisine) => cooksAsMain(r, cuisine));
}
