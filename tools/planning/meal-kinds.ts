import type { Restaurant } from '../domain/inventory.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';
import { cuisineKeys } from './cuisine-keys.js';
import type { MealKind } from './meal-slots.js';

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
 * Kitchens people have breakfast at (keys as `nameKey` spells them, without accents): the
 * sandbox's bakeries, cafés, tea houses, coffeehouses, crêperies, bagel shops, delis and Swedish
 * fika, the names real listings use for diners and brunch places, and the morning traditions of
 * their regions (Cantonese dim sum, Vietnamese pho, Singapore's hawker stalls). A steakhouse or a
 * Chinese restaurant is not one, and neither is a dessert bar.
 */
const BREAKFAST = new Set([
  'bakery',
  'cafe',
  'coffee',
  'coffeehouse',
  'coffee shop',
  'tea',
  'tea room',
  'tea house',
  'juice bar',
  'diner',
  'breakfast',
  'brunch',
  'deli',
  'delicatessen',
  'bagels',
  'creperie',
  'patisserie',
  'pastry',
  'fika',
  'dim sum',
  'pho',
  'hawker',
]);

/**
 * Main kitchens nobody has breakfast at, whatever they also list: the sandbox draws a café or a
 * tea room as a side cuisine of any place, and plans sent a family landing in Honolulu to "The
 * Magnolia Oyster Bar (Seafood, Cafe)" for a $61 breakfast, a Boulder couple to "Oak Steakhouse
 * Kitchen" and a Porto pair to "Marco's Pizzeria". Evening and bar kitchens only: a kitchen that
 * is some country's own morning food (Chinese, Indian, Mexican) keeps its café.
 */
const EVENING = new Set([
  'steakhouse',
  'churrascaria',
  'seafood',
  'crab shack',
  'bbq',
  'korean bbq',
  'sushi',
  'japanese',
  'ramen',
  'izakaya',
  'kaiseki',
  'pizza',
  'deep dish pizza',
  'detroit-style pizza',
  'burgers',
  'chicken wings',
  'pub food',
  'supper club',
  'tapas',
  'beer garden',
  'mezcal bar',
  'fondue',
]);

/**
 * How a kitchen fits a meal, best last: `never` is not planned there at all, `fallback` only
 * when the city has no `meant` kitchen the plan can use (breakfast at a grill when no café
 * serves the party), `meant` is the kind of place travellers have the meal at.
 */
export const MEAL_FIT = { never: 0, fallback: 1, meant: 2 } as const;
export type MealFit = (typeof MEAL_FIT)[keyof typeof MEAL_FIT];

/**
 * Whether a restaurant serves breakfast: its main (first) kitchen is a breakfast kitchen, or it
 * also lists one and its main kitchen is not an evening one (a bistro that is also a café does,
 * an oyster bar that is also a café does not).
 */
export function servesBreakfast(restaurant: Pick<Restaurant, 'cuisines'>): boolean {
  const keys = cuisineKeys(restaurant);
  const main = keys[0];
  if (main === undefined) return false;
  if (BREAKFAST.has(main)) return true;
  return !EVENING.has(main) && keys.some((c) => BREAKFAST.has(c));
}

/**
 * What a breakfast costs in a city: the dearest of its kitchens that are breakfast places first
 * (a café, a bakery, a crêperie; not a French bistro that also bakes, priced as a bistro); null
 * when it has none. The sandbox lists one average price a restaurant, its main kitchen's: at a
 * "French, Bakery" place that is a bistro dinner's $80, not a croissant's.
 */
export function breakfastCeiling(
  pool: readonly Pick<Restaurant, 'cuisines' | 'averageCost'>[],
): number | null {
  let ceiling: number | null = null;
  for (const r of pool) {
    const main = cuisineKeys(r)[0];
    if (main !== undefined && BREAKFAST.has(main)) ceiling = Math.max(ceiling ?? 0, r.averageCost);
  }
  return ceiling;
}

/**
 * How well a restaurant makes `meal` on a standard trip: dinner needs a kitchen beyond bakery,
 * café, tea and desserts (a luxury traveller was sent to "Lemon Tree Bakery" for dinner in
 * Paris), lunch one beyond desserts, and breakfast belongs at a breakfast kitchen (plans sent
 * people to a steakhouse for a $67 breakfast), any other only when none is left. Under
 * TravelPlanner's rules any restaurant is any meal.
 */
export function mealFit(restaurant: Pick<Restaurant, 'cuisines'>, meal: MealKind, ruleset: Ruleset): MealFit {
  if (ruleset === 'travelplanner') return MEAL_FIT.meant;
  if (meal === 'breakfast') return servesBreakfast(restaurant) ? MEAL_FIT.meant : MEAL_FIT.fallback;
  const kinds = meal === 'dinner' ? LIGHT : SWEET;
  return cuisineKeys(restaurant).some((c) => !kinds.has(c)) ? MEAL_FIT.meant : MEAL_FIT.never;
}

/**
 * Whether a kitchen that may make `meal` is, by its main (first) kitchen, a lighter place than
 * the meal wants: a creamery or a tea house that also lists pizza for a dinner ("Pepper
 * Creamery (Desserts, Pizza)" was a marathon runner's dinner in Berlin), a dessert bar for a
 * lunch. The cheapest meals may still go there; money left moves them (meal-main-courses.ts).
 * Standard trips only.
 */
export function lightMainFor(
  restaurant: Pick<Restaurant, 'cuisines'>,
  meal: MealKind,
  ruleset: Ruleset,
): boolean {
  if (ruleset === 'travelplanner' || meal === 'breakfast') return false;
  const main = cuisineKeys(restaurant)[0];
  return main !== undefined && (meal === 'dinner' ? LIGHT : SWEET).has(main);
}

/** Whether a restaurant may make `meal` at all: any but a `never` fit (see `mealFit`). */
export function suitsMeal(
  restaurant: Pick<Restaurant, 'cuisines'>,
  meal: MealKind,
  ruleset: Ruleset,
): boolean {
  return mealFit(restaurant, meal, ruleset) !== MEAL_FIT.never;
}

/** Whether `restaurant` is the kind of kitchen travellers have `meal` at. */
export function meantFor(
  restaurant: Pick<Restaurant, 'cuisines'>,
  meal: MealKind,
  ruleset: Ruleset,
): boolean {
  return mealFit(restaurant, meal, ruleset) === MEAL_FIT.meant;
}

/**
 * How much worse `next` fits `meal` than `current` does (0 when no worse); an empty meal counts
 * as a `meant` one, so filling it with a fallback kitchen is a loss too.
 */
export function fitLoss(
  meal: MealKind,
  current: Pick<Restaurant, 'cuisines'> | null,
  next: Pick<Restaurant, 'cuisines'>,
  ruleset: Ruleset,
): number {
  const before = current ? mealFit(current, meal, ruleset) : MEAL_FIT.meant;
  return Math.max(0, before - mealFit(next, meal, ruleset));
}

/** The restaurants that may make `meal`, those meant for it first; each group keeps its order. */
export function byFit<R extends Pick<Restaurant, 'cuisines'>>(
  pool: readonly R[],
  meal: MealKind,
  ruleset: Ruleset,
): R[] {
  const meant = pool.filter((r) => meantFor(r, meal, ruleset));
  const fallback = pool.filter((r) => mealFit(r, meal, ruleset) === MEAL_FIT.fallback);
  return [...meant, ...fallback];
}
