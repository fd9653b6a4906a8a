import { describe, expect, it } from 'vitest';
import type { Restaurant } from '../../../tools/domain/inventory.schema.js';
import type { Ruleset } from '../../../tools/domain/trip-spec.schema.js';
import { MEAL_FIT, mealFit, servesBreakfast } from '../../../tools/planning/meal-kinds.js';
import { grandestAtDinner } from '../../../tools/planning/meal-order.js';
import { cheapestMealPlan, type MealPicks, mealPools } from '../../../tools/planning/meal-plan.js';
import { MEAL_KINDS, type MealKind, type MealSlot } from '../../../tools/planning/meal-slots.js';
import { upgradeMealPlan } from '../../../tools/planning/meal-upgrade.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { makeSpec, restaurant } from './fixtures.js';
import { planCityStay } from './sandbox-plan.js';

/** Full days in Denver: breakfast, lunch and dinner each, all required. */
function fullDays(days: number): MealSlot[] {
  return Array.from({ length: days }, (_, d) =>
    MEAL_KINDS.map((meal) => ({ day: d + 1, meal, city: 'Denver', required: true })),
  ).flat();
}

function plan(
  list: Restaurant[],
  days: number,
  options: { ruleset?: Ruleset; cuisines?: string[]; dietary?: ('vegetarian' | 'halal')[] } = {},
) {
  const spec = makeSpec({
    days: days + 1,
    ruleset: options.ruleset ?? 'standard',
    constraints: { cuisines: options.cuisines ?? [], dietary: options.dietary ?? [] },
  });
  const pools = mealPools(spec, { Denver: list });
  const slots = fullDays(days);
  const base = cheapestMealPlan(pools, slots);
  if (!base.feasible) throw new Error(base.infeasibility.reasons.join('; '));
  return { pools, slots, picks: base.picks };
}

const at = (slots: readonly MealSlot[], picks: MealPicks, meal: MealKind) =>
  slots.flatMap((s, i) => (s.meal === meal ? [picks[i]!] : []));

describe('breakfast at a breakfast kitchen (standard trips)', () => {
  it('knows which kitchens serve breakfast, and leaves TravelPlanner’s rule alone', () => {
    for (const c of [
      'Bakery',
      'Cafe',
      'Café',
      'Tea',
      'Coffeehouse',
      'Crêperie',
      'Deli',
      'Bagels',
      'Diner',
      'Brunch',
    ])
      expect(servesBreakfast({ cuisines: [c] }), c).toBe(true);
    for (const c of ['Chinese', 'Steakhouse', 'BBQ', 'Desserts', 'Gelato', 'Seafood'])
      expect(servesBreakfast({ cuisines: [c] }), c).toBe(false);
    // A bistro that is also a café serves breakfast.
    expect(mealFit({ cuisines: ['French', 'Cafe'] }, 'breakfast', 'standard')).toBe(MEAL_FIT.meant);
    // A steakhouse will do only when the city has no breakfast kitchen; never under no rule.
    expect(mealFit({ cuisines: ['Steakhouse'] }, 'breakfast', 'standard')).toBe(MEAL_FIT.fallback);
    expect(mealFit({ cuisines: ['Steakhouse'] }, 'breakfast', 'travelplanner')).toBe(MEAL_FIT.meant);
    expect(mealFit({ cuisines: ['Bakery'] }, 'dinner', 'standard')).toBe(MEAL_FIT.never);
  });

  it('sends breakfast to the cheapest café rather than the cheapest kitchen', () => {
    const { slots, picks } = plan(
      [
        restaurant('Dragon Garden', 'Denver', 9, ['Chinese']),
        restaurant('Ember Express', 'Denver', 10, ['Fast Food']),
        restaurant('Crumb & Oak', 'Denver', 14, ['Bakery']),
        restaurant('Oak Steakhouse', 'Denver', 30, ['Steakhouse']),
      ],
      1,
    );
    expect(at(slots, picks, 'breakfast').map((r) => r.name)).toEqual(['Crumb & Oak']);
  });

  it('keeps the cafés for the mornings: a lunch does not take the café tomorrow’s breakfast needs', () => {
    const { slots, picks } = plan(
      [
        restaurant('Crumb & Oak', 'Denver', 10, ['Bakery']),
        restaurant('Oak Bean', 'Denver', 11, ['Cafe']),
        ...['Fast Food', 'Pizza', 'Thai', 'Chinese', 'Indian'].map((c, i) =>
          restaurant(`${c} Place`, 'Denver', 12 + i, [c]),
        ),
      ],
      2,
    );
    expect(at(slots, picks, 'breakfast').every(servesBreakfast)).toBe(true);
    expect(at(slots, picks, 'lunch').some(servesBreakfast)).toBe(false);
  });

  it('on a long stay brings a café back for breakfast after the gap rather than a grill', () => {
    // 7 days, 21 meals, 15 kitchens: repeats are unavoidable, so a breakfast repeat costs nothing.
    const cafes = ['Bean', 'Crumb', 'Leaf', 'Dough'].map((n, i) => restaurant(n, 'Denver', 10 + i, ['Cafe']));
    const grills = Array.from({ length: 11 }, (_, i) =>
      restaurant(`Grill ${i}`, 'Denver', 5 + i, ['American']),
    );
    const { slots, picks } = plan([...cafes, ...grills], 7);
    expect(at(slots, picks, 'breakfast').every(servesBreakfast)).toBe(true);
    const days = new Map<string, number[]>();
    slots.forEach((s, i) => {
      days.set(picks[i]!.name, [...(days.get(picks[i]!.name) ?? []), s.day]);
    });
    for (const d of days.values())
      for (let i = 1; i < d.length; i += 1) expect(d[i]! - d[i - 1]!).toBeGreaterThan(3);
  });

  it('reads a place by its main kitchen: an oyster bar or a steakhouse that also lists a café is no breakfast place', () => {
    // Before: any café among a place's kitchens made it one ("The Magnolia Oyster Bar (Seafood,
    // Cafe)", $61 a head for a family's breakfast in Honolulu).
    for (const cuisines of [
      ['Seafood', 'Cafe'],
      ['Steakhouse', 'Cafe', 'Indian'],
      ['BBQ', 'Cafe', 'Seafood'],
      ['Pizza', 'Tea'],
      ['Burgers', 'Bakery'],
    ])
      expect(servesBreakfast({ cuisines }), cuisines.join()).toBe(false);
    for (const cuisines of [['French', 'Cafe'], ['Bakery', 'Steakhouse'], ['Mexican', 'Tea'], ['Cafe']])
      expect(servesBreakfast({ cuisines }), cuisines.join()).toBe(true);
  });

  it('brings the café back for breakfast after the gap rather than open an unused oyster bar', () => {
    // 5 days, 15 meals, 18 kitchens: no repeat is forced, but only 4 places serve breakfast.
    // Before: day 5 breakfasted at the oyster bar (or, reading kitchens right, at a grill).
    const cafes = ['Bean', 'Crumb', 'Leaf', 'Dough'].map((n, i) => restaurant(n, 'Denver', 10 + i, ['Cafe']));
    const others = [
      restaurant('The Pearl Oyster Bar', 'Denver', 20, ['Seafood', 'Cafe']),
      restaurant('Harbor Fish House', 'Denver', 21, ['Seafood', 'Tea']),
      restaurant('Oak Steakhouse', 'Denver', 22, ['Steakhouse', 'Cafe']),
      ...Array.from({ length: 11 }, (_, i) => restaurant(`Grill ${i}`, 'Denver', 12 + i, ['American'])),
    ];
    const { slots, picks } = plan([...cafes, ...others], 5);
    const breakfasts = at(slots, picks, 'breakfast');
    expect(breakfasts.map((r) => r.name)).toEqual(['Bean', 'Crumb', 'Leaf', 'Dough', 'Bean']);
  });

  it('skips a travel day’s breakfast when the city’s cafés are taken that day, rather than send it to a Thai kitchen', () => {
    // Day 1 arrives in the morning (an optional breakfast); day 2 is a full day that takes the café.
    const cafe = restaurant('Willow Tea', 'Denver', 15, ['Tea']);
    const thai = restaurant('Bangkok Moon', 'Denver', 12, ['Thai']);
    const pools = mealPools(makeSpec(), { Denver: [cafe, thai] });
    const slots: MealSlot[] = [
      { day: 1, meal: 'breakfast', city: 'Denver', required: false },
      { day: 2, meal: 'breakfast', city: 'Denver', required: true },
    ];
    const upgraded = upgradeMealPlan(pools, slots, [null, cafe], { budget: null });
    expect(upgraded.map((r) => r?.name ?? null)).toEqual([null, 'Willow Tea']);
    // A city with no breakfast kitchen at all still breakfasts where it can, as its full days do.
    const noCafe = mealPools(makeSpec(), { Denver: [thai, restaurant('Taj', 'Denver', 20, ['Indian'])] });
    expect(upgradeMealPlan(noCafe, slots, [null, thai], { budget: null })[0]?.name).toBe('Taj');
  });

  it('falls back to the cheapest kitchen when the city has no breakfast place the party can use', () => {
    const { slots, picks } = plan(
      [
        // The café serves no vegetarian meal, so this party cannot breakfast there.
        restaurant('Oak Bean', 'Denver', 8, ['Cafe']),
        { ...restaurant('Green Fork', 'Denver', 12, ['Vegetarian']), dietary: ['vegetarian'] },
        { ...restaurant('Thai Leaf', 'Denver', 15, ['Thai']), dietary: ['vegetarian'] },
        { ...restaurant('Taj Leaf', 'Denver', 18, ['Indian']), dietary: ['vegetarian'] },
      ],
      1,
      { dietary: ['vegetarian'] },
    );
    expect(at(slots, picks, 'breakfast').map((r) => r.name)).toEqual(['Green Fork']);
  });

  it('puts a wished-for cuisine at lunch or dinner, not in place of the breakfast café', () => {
    const { slots, picks } = plan(
      [
        restaurant('Dragon Garden', 'Denver', 9, ['Chinese']),
        restaurant('Ember Express', 'Denver', 10, ['Fast Food']),
        restaurant('Crumb & Oak', 'Denver', 20, ['Bakery']),
        restaurant('Casa Luis', 'Denver', 30, ['Mexican']),
      ],
      1,
      { cuisines: ['Mexican'] },
    );
    expect(at(slots, picks, 'breakfast').map((r) => r.name)).toEqual(['Crumb & Oak']);
    expect(picks.map((r) => r!.name)).toContain('Casa Luis');
  });

  it('upgrades a breakfast only to a grander breakfast kitchen, never to a better-rated grill', () => {
    const crumb = restaurant('Crumb & Oak', 'Denver', 10, ['Bakery'], 3);
    const pools = mealPools(makeSpec(), {
      Denver: [
        crumb,
        restaurant('Oak Steakhouse', 'Denver', 12, ['Steakhouse'], 5),
        restaurant('Le Grand Café', 'Denver', 25, ['Cafe', 'French'], 4.5),
      ],
    });
    const slots: MealSlot[] = [{ day: 1, meal: 'breakfast', city: 'Denver', required: true }];
    const upgraded = upgradeMealPlan(pools, slots, [crumb], { budget: null });
    expect(upgraded.map((r) => r!.name)).toEqual(['Le Grand Café']);
  });

  it('keeps the café at breakfast when a luxury day moves its grandest table to dinner', () => {
    const slots = fullDays(1);
    const cafe = restaurant('Le Grand Café', 'Denver', 25, ['Cafe']);
    const pizza = restaurant('Pizza Place', 'Denver', 12, ['Pizza']);
    const steak = restaurant('Oak Steakhouse', 'Denver', 50, ['Steakhouse']);
    const ordered = grandestAtDinner(slots, [cafe, pizza, steak], 'standard');
    expect(ordered.map((r) => r!.name)).toEqual(['Le Grand Café', 'Pizza Place', 'Oak Steakhouse']);
    // TravelPlanner's rule orders by price alone, as before.
    expect(grandestAtDinner(slots, [cafe, pizza, steak], 'travelplanner').map((r) => r!.name)).toEqual([
      'Pizza Place',
      'Le Grand Café',
      'Oak Steakhouse',
    ]);
  });

  it('leaves TravelPlanner’s meals at the cheapest restaurant in day order', () => {
    const { slots, picks } = plan(
      [
        restaurant('Dragon Garden', 'Denver', 9, ['Chinese']),
        restaurant('Ember Express', 'Denver', 10, ['Fast Food']),
        restaurant('Crumb & Oak', 'Denver', 14, ['Bakery']),
      ],
      1,
      { ruleset: 'travelplanner' },
    );
    expect(slots.map((s, i) => `${s.meal}:${picks[i]!.name}`)).toEqual([
      'breakfast:Dragon Garden',
      'lunch:Ember Express',
      'dinner:Crumb & Oak',
    ]);
  });

  it('plans every sandbox breakfast at a breakfast kitchen, on tight money and on lavish money', async () => {
    const world = createSandboxWorld({ seed: 1 });
    for (const trip of [
      {
        origin: 'Chicago',
        city: 'Orlando',
        days: 8,
        travellers: 5,
        budget: 6000,
        comfort: 'cheapest' as const,
      },
      { origin: 'Dubai', city: 'Paris', days: 6, travellers: 2, budget: 25000, comfort: 'luxury' as const },
    ]) {
      const { draft, validation } = await planCityStay(world, trip);
      expect(validation.passed).toBe(true);
      const breakfasts = draft.days.flatMap((d) => (d.breakfast ? [d.breakfast] : []));
      expect(breakfasts.length).toBeGreaterThan(3);
      for (const b of breakfasts)
        expect(servesBreakfast(b), `${b.name} (${b.cuisines.join(', ')})`).toBe(true);
    }
  });
});
