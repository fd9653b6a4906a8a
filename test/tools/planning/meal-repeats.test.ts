import { describe, expect, it } from 'vitest';
import type { Restaurant } from '../../../tools/domain/inventory.schema.js';
import { fillCityMeals } from '../../../tools/planning/city-meals.js';
import type { MealSlot } from '../../../tools/planning/meal-slots.js';
import { RestaurantLedger, restaurantRepeatGap } from '../../../tools/planning/restaurant-repeats.js';
import { restaurant } from './fixtures.js';

/** Twelve dinners in one city on an ordinary trip, planned from `pool` (cheapest first). */
function dinners(pool: Restaurant[]): (string | undefined)[] {
  const slots: MealSlot[] = Array.from({ length: 12 }, (_, i) => ({
    day: i + 1,
    meal: 'dinner',
    city: 'Mexico City',
    required: true,
  }));
  const picks: (Restaurant | null)[] = slots.map(() => null);
  const ledger = new RestaurantLedger(restaurantRepeatGap('standard'));
  fillCityMeals(
    pool,
    slots,
    slots.map((_, i) => i),
    ledger,
    'standard',
    picks,
  );
  return picks.map((r) => r?.name);
}

describe('a long stay comes back to its kitchens rather than dine at a dessert bar', () => {
  // Five kitchens and a creamery, the cheapest: twelve dinners need seven repeats, one more than
  // the meals beyond the city's six places.
  const pool = [
    restaurant('Oak Creamery', 'Mexico City', 8, ['Desserts']),
    ...['Casa Rita', 'Taqueria Fig', 'Golden Ember', 'Bangkok Orchid', 'Lotus Oaxacan'].map((name, i) =>
      restaurant(name, 'Mexico City', 10 + i, ['Mexican']),
    ),
  ];

  it('never sends a dinner to the creamery while a kitchen is free after the gap', () => {
    const planned = dinners(pool);
    expect(planned).not.toContain('Oak Creamery');
    expect(planned.every((name) => name !== undefined)).toBe(true);
  });
});
