import type { Restaurant } from '../domain/inventory.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';
import type { MealKind } from './meal-slots.js';
import { nameKey } from './names.js';

/** Kitchens for a coffee and a pastry: a breakfast or a light lunch, not anyone's dinner. */
const LIGHT = new Set([
  'bakery',
  'desserts',
  'cafe',
  'tea',
  'coffeehouse',
  'gelato',
  'creamery',
  'juice bar',
]);
/** Kitchens that only serve something sweet: not a lunch either. */
const SWEET = new Set(['desserts', 'gelato', 'creamery']);

/**
 * Whether a restaurant makes a proper `meal` on a standard trip: dinner needs a kitchen beyond
 * bakery, café, tea and desserts (a luxury traveller was sent to "Lemon Tree Bakery" for dinner
 * in Paris), lunch one beyond desserts. Under TravelPlanner's rules any restaurant is any meal.
 */
export function suitsMeal(
  restaurant: Pick<Restaurant, 'cuisines'>,
  meal: MealKind,
  ruleset: Ruleset,
): boolean {
  if (ruleset === 'travelplanner' || meal === 'breakfast') return true;
  const kinds = meal === 'dinner' ? LIGHT : SWEET;
  return restaurant.cuisines.some((c) => !kinds.has(nameKey(c)));
}
