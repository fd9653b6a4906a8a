/**
 * OpenStreetMap has no prices. A meal's cost per person is estimated (and marked so on the
 * Restaurant) from this table: what a meal costs by kind of place in a typical large US city, in
 * USD, times the city's price level from the built-in gazetteer (its cost index: 1 = a large US
 * city, about 0.45 for Mexico City, 1.3 for Zurich). The figures are the sandbox's own scale
 * (tools/providers/sandbox/restaurants.ts spends $10–80 a head), rounded to whole dollars.
 */
export const MEAL_COST_USD_BY_CATEGORY: Readonly<Record<string, number>> = {
  restaurant: 30,
  cafe: 14,
  fast_food: 12,
  food_court: 14,
};

/** A kind of place the table does not list costs as a sit-down restaurant: the dearer guess for a budget. */
const OTHER_CATEGORY_USD = MEAL_COST_USD_BY_CATEGORY.restaurant ?? 30;

export function estimatedMealCost(category: string, costIndex: number): number {
  const base = MEAL_COST_USD_BY_CATEGORY[category] ?? OTHER_CATEGORY_USD;
  return Math.max(1, Math.round(base * costIndex));
}

/**
 * OSM has no ratings either. Every OSM restaurant gets the scale's middle (3 of 5), marked
 * estimated: ranking is then by cost and distance, never by a rating nobody gave.
 */
export const UNRATED_RESTAURANT_RATING = 3;
