import { describe, expect, it } from 'vitest';
import { keepsDinnerDearest } from '../../../tools/planning/meal-order.js';
import type { MealSlot } from '../../../tools/planning/meal-slots.js';
import { restaurant } from './fixtures.js';

// Day 7 flies Maui → Honolulu at 10:25: breakfast on Maui, dinner in Honolulu.
const slots: MealSlot[] = [
  { day: 7, meal: 'breakfast', city: 'Maui', required: false },
  { day: 7, meal: 'dinner', city: 'Honolulu', required: false },
];
const cafe = restaurant('Silver Spoon Tea House', 'Maui', 17, ['Tea']);
const brasserie = restaurant('Brasserie Coral', 'Maui', 80, ['French', 'Tea']);
const oysters = restaurant('The Magnolia Oyster Bar', 'Honolulu', 61, ['Seafood']);

describe("a day's grandest table is its dinner", () => {
  it('keeps a travel day’s breakfast no dearer than its dinner in the next city', () => {
    const picks = [cafe, oysters];
    expect(keepsDinnerDearest(slots, picks, 0, brasserie, 'standard')).toBe(false);
    expect(
      keepsDinnerDearest(slots, picks, 0, restaurant('Crumb & Olive', 'Maui', 23, ['Bakery']), 'standard'),
    ).toBe(true);
    // Nor may the dinner drop below the breakfast; TravelPlanner's rules do not order meals.
    expect(keepsDinnerDearest(slots, [brasserie, oysters], 1, oysters, 'standard')).toBe(false);
    expect(keepsDinnerDearest(slots, picks, 0, brasserie, 'travelplanner')).toBe(true);
  });
});
