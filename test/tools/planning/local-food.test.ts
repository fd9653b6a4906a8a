import { describe, expect, it } from 'vitest';
import type { Restaurant } from '../../../tools/domain/inventory.schema.js';
import type { Ruleset, TripSpecInput } from '../../../tools/domain/trip-spec.schema.js';
import { createDraftItineraryTool } from '../../../tools/itinerary/draft-itinerary.tool.js';
import { lovedMealsWanted } from '../../../tools/planning/meal-cuisine-spread.js';
import {
  cooksLocally,
  localFoodOf,
  localKitchenKeys,
  localKitchensByCity,
} from '../../../tools/planning/meal-local-kitchens.js';
import { noteLocalFood } from '../../../tools/planning/meal-local-notes.js';
import { cheapestMealPlan, mealPools, picksCost } from '../../../tools/planning/meal-plan.js';
import { MEAL_KINDS, type MealSlot } from '../../../tools/planning/meal-slots.js';
import { upgradeMealPlan } from '../../../tools/planning/meal-upgrade.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { makeSpec, restaurant } from './fixtures.js';
import { planInWorld } from './sandbox-plan.js';

const COUNTRIES = { 'New York': 'United States', Milan: 'Italy', Rome: 'Italy' };

function fullDays(city: string, first: number, days: number): MealSlot[] {
  return Array.from({ length: days }, (_, d) =>
    MEAL_KINDS.map((meal) => ({ day: first + d, meal, city, required: true })),
  ).flat();
}

/** Rome's kitchens: cheap cafés and grills, and dearer kitchens of its own food. */
function rome(): Restaurant[] {
  return [
    ...['Oak', 'Elm', 'Ash', 'Fir', 'Yew', 'Bay'].map((w) => restaurant(`${w} Café`, 'Rome', 8, ['Cafe'])),
    ...Array.from({ length: 12 }, (_, k) => restaurant(`Grill ${k + 1}`, 'Rome', 12, ['American'])),
    ...Array.from({ length: 4 }, (_, k) => restaurant(`Taqueria ${k + 1}`, 'Rome', 14, ['Mexican'])),
    restaurant('Da Enzo', 'Rome', 20, ['Roman']),
    restaurant('Trattoria Sole', 'Rome', 22, ['Italian', 'Seafood']),
    restaurant('Osteria Luna', 'Rome', 24, ['Italian']),
    restaurant('Pizzeria Tonda', 'Rome', 16, ['Pizza', 'Italian']),
    restaurant('Forno Campo', 'Rome', 18, ['Bakery', 'Italian']),
    // Lists Italian, but is a grill first: not a kitchen of Rome's own food.
    restaurant('Burger Roma', 'Rome', 11, ['American', 'Italian']),
  ];
}

function plan(
  slots: MealSlot[],
  options: { origin?: string; budget?: number | null; ruleset?: Ruleset; cuisines?: string[] } = {},
) {
  const spec = makeSpec({
    origin: options.origin ?? 'New York',
    days: 15,
    ruleset: options.ruleset ?? 'standard',
    constraints: { cuisines: options.cuisines ?? [] },
  });
  const pools = mealPools(spec, { Rome: rome() }, [], COUNTRIES);
  const base = cheapestMealPlan(pools, slots);
  if (!base.feasible) throw new Error(base.infeasibility.reasons.join('; '));
  const budget = options.budget === undefined ? base.cost + 1000 : options.budget;
  const picks = upgradeMealPlan(pools, slots, base.picks, { budget });
  const local = slots.flatMap((s, i) => (cooksLocally(picks[i]!, localKitchenKeys('Italy')) ? [s] : []));
  return { base, picks, local, cost: picksCost(picks, pools.travellers) };
}

describe('the local food of a city abroad (standard trips)', () => {
  it('serves a meal a day at a kitchen of the country’s own food, at lunch or dinner, never twice at one', () => {
    const slots = fullDays('Rome', 1, 4);
    const { local, picks, base, cost } = plan(slots);
    expect(
      base.feasible && base.picks.filter((r) => r?.city === 'Rome' && r.cuisines[0] === 'Italian'),
    ).toEqual([]);
    expect(new Set(local.map((s) => s.day))).toEqual(new Set([1, 2, 3, 4]));
    expect(local.every((s) => s.meal !== 'breakfast')).toBe(true);
    // Roman counts as Italian food; a grill that also lists Italian does not.
    expect(picks.map((r) => r?.name)).toContain('Da Enzo');
    expect(new Set(picks.map((r) => r?.name)).size).toBe(picks.length);
    expect(cost).toBeLessThanOrEqual((base.feasible ? base.cost : 0) + 1000);
  });

  it('changes nothing at home, nor under TravelPlanner’s rules', () => {
    const slots = fullDays('Rome', 1, 4);
    const names = (picks: readonly (Restaurant | null)[]) => picks.map((r) => r?.name);
    const noCountries = (origin: string, ruleset: Ruleset) => {
      const spec = makeSpec({ origin, days: 15, ruleset });
      const pools = mealPools(spec, { Rome: rome() });
      const base = cheapestMealPlan(pools, slots);
      if (!base.feasible) throw new Error('infeasible');
      return upgradeMealPlan(pools, slots, base.picks, { budget: base.cost + 1000 });
    };
    expect(names(plan(slots, { origin: 'Milan' }).picks)).toEqual(names(noCountries('Milan', 'standard')));
    expect(names(plan(slots, { ruleset: 'travelplanner' }).picks)).toEqual(
      names(noCountries('New York', 'travelplanner')),
    );
  });

  it('keeps an asked-for cuisine’s meals and spends no money the meals do not have', () => {
    const slots = fullDays('Rome', 1, 6);
    const loved = plan(slots, { cuisines: ['Mexican'] });
    expect(loved.picks.filter((r) => r?.cuisines[0] === 'Mexican')).toHaveLength(lovedMealsWanted(6));
    // Each of Rome's four kitchens of its own food once (the bakery that also lists Italian is a bakery).
    expect(loved.local).toHaveLength(4);
    const tight = plan(slots, { budget: 0 });
    const exact = plan(slots, { budget: tight.base.feasible ? tight.base.cost : 0 });
    expect(exact.cost).toBeLessThanOrEqual(tight.base.feasible ? tight.base.cost : 0);
  });

  it('knows the regional and dish kitchens of the sandbox’s countries', async () => {
    const world = createSandboxWorld();
    const kitchens = async (city: string) => {
      const keys = localKitchenKeys(world.resolveCity(city)!.country);
      return (await world.searchRestaurants({ city }))
        .filter((r) => cooksLocally(r, keys))
        .map((r) => r.cuisines[0]);
    };
    expect(await kitchens('Rome')).toContain('Roman');
    expect(await kitchens('Florence')).toContain('Tuscan');
    expect(await kitchens('Venice')).toContain('Venetian');
    expect(await kitchens('Kyoto')).toContain('Kaiseki');
    expect(await kitchens('Hong Kong')).toContain('Cantonese');
    expect(await kitchens('Madrid')).toContain('Tapas');
    expect(await kitchens('Hanoi')).toContain('Pho');
    expect(await kitchens('Istanbul')).toContain('Kebab');
    // Every country the sandbox has a city in has its own food in the table.
    const unknown = world.listCities().filter((c) => localKitchenKeys(c.country).size === 0);
    expect(unknown.map((c) => c.country)).toEqual([]);
  });
});

describe('local food in the sandbox world', () => {
  const trip = (input: Partial<TripSpecInput>) =>
    planInWorld(createSandboxWorld(), {
      origin: 'New York',
      startDate: '2027-06-01',
      days: 5,
      travellers: 2,
      budget: { amount: 5000, currency: 'USD' },
      destination: { kind: 'city', city: 'Rome' },
      ...input,
    });

  it('five days in Rome from New York: Italian food every full day, and every check passes', async () => {
    const { draft, validation } = await trip({});
    expect(validation.passed).toBe(true);
    const italy = localKitchenKeys('Italy');
    const full = draft.days.filter((d) => d.breakfast && d.lunch && d.dinner);
    expect(full.length).toBeGreaterThanOrEqual(3);
    for (const d of full)
      expect(
        [d.lunch, d.dinner].some((r) => r && cooksLocally(r, italy)),
        `day ${d.day}`,
      ).toBe(true);
  });

  it('two days in Florence from Rome are at home: no Italian meal more than the cheapest plan has', async () => {
    const { draft, validation } = await trip({
      origin: 'Rome',
      destination: { kind: 'city', city: 'Florence' },
    });
    expect(validation.passed).toBe(true);
    // No city of the trip has food pushed on it, and no day says so: its meals are the cheapest
    // plan's (Florence's pizzerias are among its cheapest kitchens, so they may come up anyway).
    const countries = { Rome: 'Italy', Florence: 'Italy' };
    expect(localKitchensByCity(countries, 'Rome').size).toBe(0);
    expect(noteLocalFood(draft.spec, draft.days, countries)).toEqual(draft.days);
  });

  it('at home, serves what a city is known for: Creole, Cajun and seafood in New Orleans', async () => {
    // Before: a food-loving couple from Houston ate Indian, Chinese and Thai in New Orleans.
    const { draft, validation } = await trip({
      origin: 'Houston',
      destination: { kind: 'city', city: 'New Orleans' },
      days: 4,
    });
    expect(validation.passed).toBe(true);
    const known = new Set(['creole', 'cajun', 'seafood']);
    const meals = draft.days.flatMap((d) => [d.lunch, d.dinner]).filter((r) => r !== null);
    expect(meals.filter((r) => cooksLocally(r, known)).length).toBeGreaterThanOrEqual(3);
    const home = { Houston: 'United States', 'New Orleans': 'United States' };
    const notes = noteLocalFood(draft.spec, draft.days, home).flatMap((d) => d.notes);
    expect(notes.some((n) => n.startsWith('Creole and Cajun food in New Orleans: '))).toBe(true);
  });

  it('knows a city at home only by what it is known for, and not for a party from a city known for the same', () => {
    expect(localFoodOf('Chicago', 'United States', 'New York', 'United States')).toBeNull();
    expect(localFoodOf('Kansas City', 'United States', 'Chicago', 'United States')?.name).toBe('barbecue');
    expect(localFoodOf('San Antonio', 'United States', 'Austin', 'United States')).toBeNull();
    expect(localFoodOf('Rome', 'Italy', 'New York', 'United States')?.name).toBe('Italian food');
    expect(localFoodOf('New Orleans', 'United States', 'London', undefined)).toBeNull();
  });

  it('the itinerary’s draft tool tells the scheduler where the cities are', async () => {
    const world = createSandboxWorld();
    const { draft, selection } = await trip({});
    const deps = {
      spec: draft.spec,
      selection,
      restaurants: { Rome: await world.searchRestaurants({ city: 'Rome' }) },
      sights: { Rome: await world.searchSights({ city: 'Rome' }) },
    };
    const italy = localKitchenKeys('Italy');
    const byName = new Map(deps.restaurants.Rome.map((r) => [r.name, r]));
    const localMeals = async (tool: ReturnType<typeof createDraftItineraryTool>) => {
      const { days } = JSON.parse(String(await tool.invoke({}))) as {
        days: { breakfast: string | null; lunch: string | null; dinner: string | null }[];
      };
      return days
        .flatMap((d) => [d.breakfast, d.lunch, d.dinner])
        .filter((name) => name !== null && cooksLocally(byName.get(name)!, italy)).length;
    };
    const abroad = await localMeals(createDraftItineraryTool({ ...deps, world }));
    const unplaced = await localMeals(createDraftItineraryTool(deps));
    expect(abroad).toBeGreaterThan(unplaced);
    expect(abroad).toBe(
      draft.days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r && cooksLocally(r, italy))
        .length,
    );
  });

  it('says once per city abroad how much of its own food the days serve', async () => {
    const { draft } = await trip({});
    const rome = { 'New York': 'United States', Rome: 'Italy' };
    const noted = noteLocalFood(draft.spec, draft.days, rome);
    const notes = noted.flatMap((d) =>
      d.notes.filter((n) => n.includes('food in Rome')).map((n) => [d.day, n]),
    );
    const italy = localKitchenKeys('Italy');
    const first = draft.days.find((d) =>
      [d.breakfast, d.lunch, d.dinner].some((r) => r && cooksLocally(r, italy)),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]![0]).toBe(first?.day);
    expect(notes[0]![1]).toMatch(
      /^Italian food in Rome: \d+ meals at its own kitchens \(.*\), the first today's (lunch|dinner) at .+\.$/,
    );
    // Said again as the days now stand, never twice; nothing at home or when Italian food was asked for.
    expect(noteLocalFood(draft.spec, noted, rome)).toEqual(noted);
    expect(
      noteLocalFood({ ...draft.spec, origin: 'Milan' }, draft.days, { ...rome, Milan: 'Italy' }),
    ).toEqual(draft.days);
    const lovesItalian = { ...draft.spec, constraints: { ...draft.spec.constraints, cuisines: ['Italian'] } };
    expect(noteLocalFood(lovesItalian, draft.days, rome)).toEqual(draft.days);
  });
});
