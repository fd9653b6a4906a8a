import type { Restaurant } from '../domain/inventory.schema.js';
import { nameKey } from './names.js';

/**
 * A restaurant's cuisines as `nameKey` spells them, worked out once per restaurant: the meal
 * planner asks "does it serve breakfast?", "is its main cuisine Mexican?" of every kitchen many
 * times per plan (a 7-day Colorado plan spent a tenth of its CPU re-keying cuisine names).
 * Keyed by the cuisines list itself, which the world's records share and never change.
 */
const keysOf = new WeakMap<readonly string[], readonly string[]>();

export function cuisineKeys(restaurant: Pick<Restaurant, 'cuisines'>): readonly string[] {
  let keys = keysOf.get(restaurant.cuisines);
  if (keys === undefined) {
    keys = restaurant.cuisines.map(nameKey);
    keysOf.set(restaurant.cuisines, keys);
  }
  return keys;
}
