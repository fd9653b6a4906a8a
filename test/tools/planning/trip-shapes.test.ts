import { describe, expect, it } from 'vitest';
import type { PlanDay } from '../../../tools/domain/plan.schema.js';
import type { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import type { SolveInput } from '../../../tools/planning/planning.types.js';
import { RESTAURANT_REPEAT_GAP_DAYS } from '../../../tools/planning/restaurant-repeats.js';
import { apportion, candidateRoutes, hopsOf } from '../../../tools/planning/route-candidates.js';
import { scheduleDays } from '../../../tools/planning/schedule-days.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import {
  ASPEN,
  BOULDER,
  COLORADO,
  city,
  flight,
  type InventoryOptions,
  inventory,
  makeSpec,
  regionSpec,
  restaurant,
  SEATTLE,
} from './fixtures.js';

function schedule(spec: TripSpec, options: InventoryOptions = {}) {
  const input: SolveInput = inventory(spec, candidateRoutes(spec, [SEATTLE, ...COLORADO]), options);
  const solved = solveTrip(input);
  if (!solved.feasible) throw new Error(solved.infeasibility.reasons.join('; '));
  const outcome = scheduleDays({
    spec,
    selection: solved.selection,
    restaurants: input.restaurants,
    sights: input.sights,
  });
  if (!outcome.feasible) throw new Error(outcome.infeasibility.reasons.join('; '));
  return { input, selection: solved.selection, days: outcome.days };
}

const mealDays = (days: readonly PlanDay[]) => {
  const visits = new Map<string, number[]>();
  for (const d of days) {
    for (const r of [d.breakfast, d.lunch, d.dinner]) {
      if (r) visits.set(r.name, [...(visits.get(r.name) ?? []), d.day]);
    }
  }
  return visits;
};

describe('route shapes', () => {
  it('a one-way trip has no journey home; an open-jaw trip ends at returnTo', () => {
    const route = { cities: ['Denver', 'Boulder'], nights: [2, 2] };
    const oneWay = makeSpec({ days: 5, tripType: 'one-way' });
    expect(hopsOf(oneWay, route).map((h) => [h.day, h.from, h.to])).toEqual([
      [1, 'Seattle', 'Denver'],
      [3, 'Denver', 'Boulder'],
    ]);
    const openJaw = makeSpec({ days: 5, tripType: 'open-jaw', returnTo: 'Aspen' });
    expect(hopsOf(openJaw, route).map((h) => [h.day, h.from, h.to])).toEqual([
      [1, 'Seattle', 'Denver'],
      [3, 'Denver', 'Boulder'],
      [5, 'Boulder', 'Aspen'],
    ]);
  });

  it('keeps named cities in order with their nights and shares the rest by size', () => {
    const big = city('Denver', 'Colorado', 39.74, -104.99, ['DEN', 'APA', 'BJC']);
    const spec = makeSpec({
      days: 11,
      destination: {
        kind: 'cities',
        stops: [{ city: 'Aspen', nights: 2 }, { city: 'Denver' }, { city: 'Boulder' }],
      },
    });
    const routes = candidateRoutes(spec, [big, BOULDER, ASPEN]);
    expect(routes[0]).toEqual({ cities: ['Aspen', 'Denver', 'Boulder'], nights: [2, 5, 3] });
    for (const r of routes) {
      expect(r.cities).toEqual(['Aspen', 'Denver', 'Boulder']);
      expect(r.nights[0]).toBe(2);
      expect(r.nights.reduce((a, b) => a + b, 0)).toBe(10);
    }
    expect(apportion(7, [1, 1])).toEqual([4, 3]);
    expect(apportion(3, [5, 1, 1])).toEqual([1, 1, 1]);
    const fixed = makeSpec({
      days: 4,
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Aspen', nights: 2 },
          { city: 'Denver', nights: 2 },
        ],
      },
    });
    expect(candidateRoutes(fixed, COLORADO)).toEqual([]);
  });

  it('stays bounded for 60 days over five cities, the even split first', () => {
    const towns = Array.from({ length: 8 }, (_, i) => city(`Town ${i}`, 'Colorado', 39 + i / 10, -105));
    const spec = regionSpec({
      days: 60,
      destination: { kind: 'region', region: 'Colorado', cityCount: 5 },
    });
    const started = performance.now();
    const routes = candidateRoutes(spec, [SEATTLE, ...towns]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes[0]!.nights.sort()).toEqual([11, 12, 12, 12, 12]);
  });

  it('solves and schedules a one-way trip: no return leg, the last day a full day there', () => {
    const spec = makeSpec({ days: 4, tripType: 'one-way' });
    const { selection, days } = schedule(spec);
    expect(selection.legs.map((l) => [l.day, l.from, l.to])).toEqual([[1, 'Seattle', 'Denver']]);
    const last = days.at(-1)!;
    expect(last).toMatchObject({ day: 4, city: 'Denver', fromCity: null, accommodation: null });
    expect([last.breakfast, last.lunch, last.dinner].every((r) => r !== null)).toBe(true);
    expect(last.sights.length).toBeGreaterThan(0);
  });
});

describe('long stays', () => {
  const fewRestaurants: InventoryOptions = {
    restaurants: (c) => Array.from({ length: 14 }, (_, i) => restaurant(`${c} Place ${i + 1}`, c, 10 + i)),
  };

  it('brings a restaurant back only after the gap on an ordinary trip', () => {
    const spec = makeSpec({ days: 10, budget: { amount: 20000, currency: 'USD' } });
    const { days } = schedule(spec, fewRestaurants);
    const visits = mealDays(days);
    expect([...visits.values()].flat().length).toBeGreaterThan(visits.size);
    for (const d of visits.values()) {
      for (let i = 1; i < d.length; i += 1)
        expect(d[i]! - d[i - 1]!).toBeGreaterThan(RESTAURANT_REPEAT_GAP_DAYS);
    }
    // Every full day still has its three meals.
    for (const day of days.filter((d) => d.fromCity === null)) {
      expect([day.breakfast, day.lunch, day.dinner].every((r) => r !== null)).toBe(true);
    }
  });

  it('never repeats one under TravelPlanner rules, and says why it cannot plan', () => {
    const spec = makeSpec({ days: 10, ruleset: 'travelplanner', budget: { amount: 20000, currency: 'USD' } });
    const input = inventory(spec, candidateRoutes(spec, []), fewRestaurants);
    expect(solveTrip(input)).toMatchObject({
      feasible: false,
      infeasibility: {
        code: 'no-meals',
        reasons: ['Denver has 14 usable distinct restaurants for 24 meals on its full days'],
      },
    });
  });
});

describe('dietary needs', () => {
  it('plans every meal at a kitchen serving the need, or says none is left', () => {
    const tagged: InventoryOptions = {
      restaurants: (c) =>
        Array.from({ length: 12 }, (_, i) => ({
          ...restaurant(`${c} Kitchen ${i + 1}`, c, 10 + i),
          dietary: i % 2 === 0 ? (['vegan'] as const).slice() : [],
        })),
    };
    const spec = makeSpec({ days: 3, constraints: { dietary: ['vegetarian'] } });
    const { days } = schedule(spec, tagged);
    const meals = days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
    expect(meals.length).toBeGreaterThanOrEqual(3);
    expect(meals.every((r) => r.dietary.includes('vegan'))).toBe(true);
    const halal = makeSpec({ days: 3, constraints: { dietary: ['halal'] } });
    expect(solveTrip(inventory(halal, candidateRoutes(halal, []), tagged))).toMatchObject({
      feasible: false,
      infeasibility: {
        reasons: [
          'Denver has 0 usable restaurants serving halal meals, fewer than the meals of one day there (none is eaten at twice on one day)',
        ],
      },
    });
  });
});

describe('plans as full as time and money allow', () => {
  it('uses travel-day meals: dinner after a 17:00 arrival, breakfast and lunch before a 14:00 departure', () => {
    const spec = makeSpec({ days: 3 });
    const { days } = schedule(spec, {
      flights: (from, to, date) =>
        from === 'Seattle'
          ? [flight(from, to, date, '14:30', '17:00', 150)]
          : [flight(from, to, date, '14:00', '16:30', 150)],
      // No road: a drive (door to door, no airport) would be the easier way here.
      ground: () => [],
    });
    expect(days[0]).toMatchObject({ breakfast: null, lunch: null });
    expect(days[0]!.dinner?.city).toBe('Denver');
    expect(days[2]!.breakfast?.city).toBe('Denver');
    expect(days[2]!.lunch?.city).toBe('Denver');
    expect(days[2]!.dinner).toBeNull();
  });

  it('fills travel-day meals before it buys a nicer stay', () => {
    // $200 over the cheapest plan: the better stay ($140 more) or the three travel-day meals.
    const spec = makeSpec({ days: 3, budget: { amount: 1038, currency: 'USD' } });
    const { days, selection } = schedule(spec, {
      flights: (from, to, date) =>
        from === 'Seattle'
          ? [flight(from, to, date, '14:30', '17:00', 150)]
          : [flight(from, to, date, '14:00', '16:30', 150)],
      ground: () => [],
    });
    expect(selection.stays[0]!.stay.name).toBe('Denver Budget Inn');
    expect([days[0]!.dinner, days[2]!.breakfast, days[2]!.lunch].every((r) => r !== null)).toBe(true);
  });

  it('covers four required cuisines on a trip with one full day, using a travel-day meal', () => {
    const cuisines = ['Thai', 'Greek', 'Korean', 'Cuban'];
    const spec = makeSpec({ days: 3, constraints: { cuisines } });
    const { days } = schedule(spec, {
      // The cheapest flights leave no travel-day meal; dearer ones leave dinner on arrival.
      flights: (from, to, date) =>
        from === 'Seattle'
          ? [flight(from, to, date, '20:30', '23:00', 100), flight(from, to, date, '12:00', '14:30', 130)]
          : [flight(from, to, date, '06:00', '08:30', 100)],
      ground: () => [],
      restaurants: (c) => cuisines.map((cuisine, i) => restaurant(`${c} ${cuisine}`, c, 10 + i, [cuisine])),
    });
    const served = days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
    expect(new Set(served.flatMap((r) => r.cuisines))).toEqual(new Set(cuisines));
  });

  it('picks legs that leave time for travel-day meals when the cheapest would leave the days half empty', () => {
    // $200 over the cheapest plan: enough for dearer flights and their meals, or for a better stay.
    const spec = makeSpec({ days: 3, ruleset: 'travelplanner', budget: { amount: 838, currency: 'USD' } });
    const input = inventory(spec, candidateRoutes(spec, []), {
      // The cheapest flights land at 23:00 and leave at 06:00: no meal or sight on either travel day.
      flights: (from, to, date) =>
        from === 'Seattle'
          ? [flight(from, to, date, '20:30', '23:00', 100), flight(from, to, date, '09:00', '11:30', 140)]
          : [flight(from, to, date, '06:00', '08:30', 100), flight(from, to, date, '15:00', '17:30', 140)],
      ground: () => [],
    });
    const solved = solveTrip(input);
    if (!solved.feasible) throw new Error(solved.infeasibility.reasons.join('; '));
    const outcome = scheduleDays({
      spec,
      selection: solved.selection,
      restaurants: input.restaurants,
      sights: input.sights,
    });
    if (!outcome.feasible) throw new Error('unscheduled');
    const filled = outcome.days.reduce(
      (n, d) =>
        n +
        [d.breakfast, d.lunch, d.dinner, d.accommodation].filter((x) => x !== null).length +
        (d.sights.length > 0 ? 1 : 0) +
        solved.selection.legs.filter((l) => l.day === d.day).length,
      0,
    );
    // TravelPlanner's completeness rule: at least half of the 18 fields of a 3-day plan.
    expect(filled * 2).toBeGreaterThanOrEqual(18);
    expect(solved.selection.legs.some((l) => l.mode === 'flight' && l.flight.price === 140)).toBe(true);
  });
});

describe('nights of named stops the request leaves unsaid', () => {
  it('give each stop two nights while the trip has them, even where the other city rates better', async () => {
    const { createSandboxWorld } = await import('../../../tools/providers/sandbox/sandbox-world.js');
    const { planInWorld } = await import('./sandbox-plan.js');
    // Before: Edinburgh got one night (an evening after the flight) and London four.
    const { draft } = await planInWorld(createSandboxWorld({ seed: 1 }), {
      origin: 'New York',
      destination: { kind: 'cities', stops: [{ city: 'Edinburgh' }, { city: 'London' }] },
      startDate: '2027-08-10',
      days: 6,
      travellers: 2,
      budget: { amount: 5500, currency: 'USD' },
    });
    expect(draft.route).toEqual({ cities: ['Edinburgh', 'London'], nights: [2, 3] });
    expect(apportion(5, [2, 6], 2)).toEqual([2, 3]);
  });
});
