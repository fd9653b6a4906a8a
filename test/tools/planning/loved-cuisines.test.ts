import { describe, expect, it } from 'vitest';
import type { Restaurant } from '../../../tools/domain/inventory.schema.js';
import type { PlanDay } from '../../../tools/domain/plan.schema.js';
import type { Ruleset } from '../../../tools/domain/trip-spec.schema.js';
import { noteLovedCuisines } from '../../../tools/planning/meal-cuisine-notes.js';
import { lovedKitchens, lovedMealsWanted } from '../../../tools/planning/meal-cuisine-spread.js';
import { cheapestMealPlan, mealPools, picksCost } from '../../../tools/planning/meal-plan.js';
import { MEAL_KINDS, type MealSlot } from '../../../tools/planning/meal-slots.js';
import { upgradeMealPlan } from '../../../tools/planning/meal-upgrade.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { makeSpec, restaurant } from './fixtures.js';
import { planInWorld } from './sandbox-plan.js';

/** Full days (every meal required) in `city`, numbered from `first`. */
function fullDays(city: string, first: number, days: number): MealSlot[] {
  return Array.from({ length: days }, (_, d) =>
    MEAL_KINDS.map((meal) => ({ day: first + d, meal, city, required: true })),
  ).flat();
}

/** A city's everyday kitchens: cafés for the mornings, cheap grills for the rest. */
function everyday(city: string): Restaurant[] {
  return [
    ...['Oak', 'Elm', 'Ash', 'Fir', 'Yew', 'Bay', 'Box'].map((w) =>
      restaurant(`${w} Café ${city}`, city, 8, ['Cafe']),
    ),
    ...Array.from({ length: 20 }, (_, k) => `Grill ${k + 1}`).map((w) =>
      restaurant(`${w} ${city}`, city, 12, ['American']),
    ),
    // The cheapest Mexican food: a burger bar that also lists it.
    restaurant(`Burger Bar ${city}`, city, 10, ['Fast Food', 'Mexican']),
  ];
}

function plan(
  restaurants: Record<string, Restaurant[]>,
  slots: MealSlot[],
  options: { budget?: number | null; ruleset?: Ruleset; cuisines?: string[] } = {},
) {
  const spec = makeSpec({
    days: 15,
    ruleset: options.ruleset ?? 'standard',
    constraints: { cuisines: options.cuisines ?? ['Mexican'] },
  });
  const pools = mealPools(spec, restaurants);
  const base = cheapestMealPlan(pools, slots);
  if (!base.feasible) throw new Error(base.infeasibility.reasons.join('; '));
  const budget = options.budget === undefined ? base.cost + 1000 : options.budget;
  const picks = upgradeMealPlan(pools, slots, base.picks, { budget });
  return { pools, base, picks, cost: picksCost(picks, pools.travellers) };
}

const taquerias = (city: string): Restaurant[] =>
  ['Taqueria Sol', 'Casa Luna', 'El Nopal'].map((n) => restaurant(`${n} ${city}`, city, 18, ['Mexican']));

describe('a loved cuisine across the trip (standard trips)', () => {
  it('serves it at its own kitchens, about a meal every three days, spread out and never for breakfast', () => {
    const slots = fullDays('Denver', 1, 7);
    const { picks, cost, base } = plan({ Denver: [...everyday('Denver'), ...taquerias('Denver')] }, slots);
    const mexican = slots.flatMap((s, i) => (picks[i]!.cuisines[0] === 'Mexican' ? [s] : []));
    // The cheapest plan meets the wish once, at the burger bar: the traveller wants taquerias.
    expect(base.feasible && base.picks.filter((r) => r?.cuisines[0] === 'Mexican')).toHaveLength(0);
    expect(mexican).toHaveLength(lovedMealsWanted(7));
    expect(mexican.every((s) => s.meal !== 'breakfast')).toBe(true);
    const days = mexican.map((s) => s.day);
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThanOrEqual(3);
    expect(cost).toBeLessThanOrEqual(base.cost + 1000);
  });

  it('serves it in every city that cooks it, each before any gets a second', () => {
    const slots = [...fullDays('Denver', 1, 3), ...fullDays('Boulder', 4, 3), ...fullDays('Aspen', 7, 3)];
    const restaurants = {
      Denver: [...everyday('Denver'), ...taquerias('Denver')],
      Boulder: [...everyday('Boulder'), ...taquerias('Boulder')],
      // Aspen's only Mexican food is its burger bar's.
      Aspen: everyday('Aspen'),
    };
    // Money for two taquerias beyond the cheapest meals (two people, $8 more than a grill each).
    const { picks, base } = plan(restaurants, slots, { budget: null });
    const money = plan(restaurants, slots, { budget: base.feasible ? base.cost + 2 * 2 * 8 : 0 });
    for (const result of [picks, money.picks]) {
      for (const city of ['Denver', 'Boulder']) {
        const there = slots.flatMap((s, i) =>
          s.city === city && result[i]!.cuisines[0] === 'Mexican' ? [1] : [],
        );
        expect(there, city).toHaveLength(1);
      }
      const aspen = slots.flatMap((s, i) => (s.city === 'Aspen' ? [result[i]!.name] : []));
      expect(aspen).toContain('Burger Bar Aspen');
    }
  });

  it('spends no money the meals do not have', () => {
    const slots = fullDays('Denver', 1, 6);
    const tight = plan({ Denver: [...everyday('Denver'), ...taquerias('Denver')] }, slots, { budget: 0 });
    const exact = plan({ Denver: [...everyday('Denver'), ...taquerias('Denver')] }, slots, {
      budget: tight.base.feasible ? tight.base.cost : 0,
    });
    expect(exact.cost).toBeLessThanOrEqual(tight.base.feasible ? tight.base.cost : 0);
    expect(exact.picks.filter((r) => r?.cuisines[0] === 'Mexican')).toHaveLength(0);
  });

  it('counts a cuisine’s own kinds: Kaiseki and Sushi in Kyoto are Japanese food', () => {
    const kyoto = [
      restaurant('Gion Kaiseki', 'Kyoto', 40, ['Kaiseki', 'Tofu']),
      restaurant('Pizza Roma', 'Kyoto', 12, ['Pizza', 'Japanese']),
      restaurant('Nishiki Sushi', 'Kyoto', 30, ['Sushi']),
    ];
    expect(lovedKitchens(kyoto, 'Japanese').map((r) => r.name)).toEqual(['Gion Kaiseki', 'Nishiki Sushi']);
    // Without a kitchen of the cuisine's own, one that lists it will do.
    expect(lovedKitchens(kyoto.slice(1, 2), 'Japanese').map((r) => r.name)).toEqual(['Pizza Roma']);
  });

  it('leaves TravelPlanner’s meals alone: one meal of the cuisine is its rule', () => {
    const slots = fullDays('Denver', 1, 7);
    const { picks, base } = plan({ Denver: [...everyday('Denver'), ...taquerias('Denver')] }, slots, {
      ruleset: 'travelplanner',
    });
    const upgradedOnly = plan({ Denver: [...everyday('Denver'), ...taquerias('Denver')] }, slots, {
      ruleset: 'travelplanner',
      cuisines: [],
    });
    expect(base.feasible).toBe(true);
    // The same upgrades as without the wish, but for the one meal the rule needs.
    const differ = picks.filter((r, i) => r?.name !== upgradedOnly.picks[i]?.name);
    expect(differ.length).toBeLessThanOrEqual(1);
  });
});

describe('a departure morning’s breakfast (standard trips)', () => {
  it('goes back to a café the gap allows rather than to a grill', () => {
    // Two cafés for two full days, then a spare breakfast before leaving on day 6.
    const denver = [
      restaurant('Oak Café', 'Denver', 8, ['Cafe']),
      restaurant('Elm Bakery', 'Denver', 9, ['Bakery']),
      ...['Red', 'Blue', 'Gold', 'Jade', 'Rust'].map((w) =>
        restaurant(`${w} Grill`, 'Denver', 12, ['American']),
      ),
    ];
    const slots: MealSlot[] = [
      ...fullDays('Denver', 1, 2),
      { day: 6, meal: 'breakfast', city: 'Denver', required: false },
    ];
    const { picks } = plan({ Denver: denver }, slots, { cuisines: [] });
    expect(picks[6]?.cuisines).toEqual(expect.arrayContaining([expect.stringMatching(/Cafe|Bakery/)]));
  });

  it('keeps a café from a lunch when the departure morning needs it', () => {
    // Three cafés, two full-day breakfasts and a departure breakfast the next day: no café can
    // come back that soon, so a lunch must not take the third.
    const denver = [
      restaurant('Oak Café', 'Denver', 8, ['Cafe']),
      restaurant('Elm Café', 'Denver', 8, ['Cafe']),
      restaurant('Ash Café', 'Denver', 8, ['Cafe']),
      ...['Red', 'Blue', 'Gold', 'Jade', 'Rust'].map((w) =>
        restaurant(`${w} Grill`, 'Denver', 12, ['American']),
      ),
    ];
    const slots: MealSlot[] = [
      ...fullDays('Denver', 1, 2),
      { day: 3, meal: 'breakfast', city: 'Denver', required: false },
    ];
    const { picks } = plan({ Denver: denver }, slots, { cuisines: [] });
    const breakfasts = slots.flatMap((s, i) => (s.meal === 'breakfast' ? [picks[i]!] : []));
    expect(breakfasts.map((r) => r.cuisines[0])).toEqual(['Cafe', 'Cafe', 'Cafe']);
  });
});

describe('notes on how a loved cuisine was met', () => {
  const day = (
    n: number,
    city: string,
    meals: Partial<Record<'breakfast' | 'lunch' | 'dinner', Restaurant>>,
  ) =>
    ({
      day: n,
      date: `2027-05-${String(9 + n).padStart(2, '0')}`,
      fromCity: null,
      city,
      breakfast: meals.breakfast ?? null,
      lunch: meals.lunch ?? null,
      dinner: meals.dinner ?? null,
      sights: [],
      accommodation: null,
      notes: [],
    }) satisfies PlanDay;
  const days = [
    day(1, 'Denver', { lunch: restaurant('Burger Bar', 'Denver', 10, ['Fast Food', 'Mexican']) }),
    day(2, 'Denver', { dinner: restaurant('Taqueria Sol', 'Denver', 18, ['Mexican']) }),
    day(3, 'Aspen', { dinner: restaurant('Aspen Grill', 'Aspen', 18, ['American']) }),
    day(4, 'Aspen', {}),
  ];
  const catalogue = { Aspen: [restaurant('Aspen Grill', 'Aspen', 18, ['American'])] };

  it('names the meals in each city, and says why a city has none', () => {
    const spec = makeSpec({ constraints: { cuisines: ['Mexican'] } });
    const noted = noteLovedCuisines(spec, days, catalogue);
    expect(noted[0]!.notes).toEqual([]);
    expect(noted[1]!.notes).toEqual([
      "Mexican food in Denver, as asked: today's dinner at Taqueria Sol; 1 more at kitchens that also cook it.",
    ]);
    expect(noted[2]!.notes).toEqual([
      'No restaurant in Aspen cooks Mexican food; Mexican meals are planned in Denver.',
    ]);
  });

  it('says it again as it now stands on a repair’s kept day, once', () => {
    const spec = makeSpec({ constraints: { cuisines: ['Mexican'] } });
    const stale = [
      {
        ...days[0]!,
        notes: ["Mexican food in Denver, as asked: today's lunch at Old Taqueria.", 'Pack rain gear.'],
      },
      ...days.slice(1),
    ];
    const noted = noteLovedCuisines(spec, stale, catalogue);
    expect(noted[0]!.notes).toEqual(['Pack rain gear.']);
    expect(noted[1]!.notes).toEqual([
      "Mexican food in Denver, as asked: today's dinner at Taqueria Sol; 1 more at kitchens that also cook it.",
    ]);
    expect(noteLovedCuisines(spec, noted, catalogue)).toEqual(noted);
  });

  it('adds nothing under TravelPlanner’s rules or without a wish', () => {
    expect(
      noteLovedCuisines(
        makeSpec({ ruleset: 'travelplanner', constraints: { cuisines: ['Mexican'] } }),
        days,
        catalogue,
      ),
    ).toEqual(days);
    expect(noteLovedCuisines(makeSpec(), days, catalogue)).toEqual(days);
  });
});

describe('a loved cuisine in the sandbox world', () => {
  it('a week through three Colorado cities for five, Mexican food loved: a taqueria-type kitchen in each', async () => {
    const { draft, validation } = await planInWorld(createSandboxWorld(), {
      origin: 'Indianapolis',
      destination: { kind: 'region', region: 'Colorado', cityCount: 3 },
      startDate: '2027-05-10',
      days: 7,
      travellers: 5,
      budget: { amount: 15100, currency: 'USD' },
      constraints: { cuisines: ['Mexican'] },
    });
    expect(validation.passed).toBe(true);
    const meals = draft.days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
    for (const city of draft.route.cities) {
      expect(
        meals.filter((r) => r.city === city && r.cuisines[0] === 'Mexican').length,
        city,
      ).toBeGreaterThanOrEqual(1);
    }
  });
});
