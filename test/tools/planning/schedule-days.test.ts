import { describe, expect, it } from 'vitest';
import type { PlanDay } from '../../../tools/domain/plan.schema.js';
import type { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { mealCost } from '../../../tools/planning/cost.js';
import { cheapestMealCost } from '../../../tools/planning/meal-plan.js';
import type { ScheduleInput, SolveInput, TripSelection } from '../../../tools/planning/planning.types.js';
import { candidateRoutes } from '../../../tools/planning/route-candidates.js';
import { scheduleDays } from '../../../tools/planning/schedule-days.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import {
  COLORADO,
  flight,
  ground,
  type InventoryOptions,
  inventory,
  makeSpec,
  namesUsed,
  regionSpec,
  restaurant,
  SEATTLE,
  sight,
  totalOf,
} from './fixtures.js';

function plan(spec: TripSpec, options: InventoryOptions = {}, extra: Partial<ScheduleInput> = {}) {
  const routes = candidateRoutes(spec, [SEATTLE, ...COLORADO]);
  const input = inventory(spec, routes, options);
  const solved = solveTrip(input);
  if (!solved.feasible) throw new Error(solved.infeasibility.reasons.join('; '));
  const outcome = scheduleDays({
    spec,
    selection: solved.selection,
    restaurants: input.restaurants,
    sights: input.sights,
    ...extra,
  });
  return { input, selection: solved.selection, outcome };
}

function daysOf(outcome: ReturnType<typeof scheduleDays>): PlanDay[] {
  if (!outcome.feasible) throw new Error(outcome.infeasibility.reasons.join('; '));
  return outcome.days;
}

const mealsOf = (day: PlanDay) => ({
  b: day.breakfast?.city ?? null,
  l: day.lunch?.city ?? null,
  d: day.dinner?.city ?? null,
});

describe('scheduleDays', () => {
  it('fills a 3-city trip: travel days, full days, stays, no repeats, cuisines, budget', () => {
    const spec = regionSpec({
      budget: { amount: 5000, currency: 'USD' },
      constraints: { cuisines: ['Mexican', 'French'] },
    });
    const { selection, outcome } = plan(spec);
    const days = daysOf(outcome);
    expect(days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(days.map((d) => d.date)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `2025-06-0${n}`));
    const travelDays = new Set([1, ...selection.legs.map((l) => l.day)]);
    for (const day of days) {
      const bookings = selection.stays.find(
        (b) => b.firstNight <= day.day && day.day < b.firstNight + b.nights,
      );
      expect(day.accommodation).toBe(day.day === 7 ? null : bookings!.stay.name);
      expect(day.fromCity !== null).toBe(travelDays.has(day.day));
      const places = [day.city, day.fromCity];
      for (const r of [day.breakfast, day.lunch, day.dinner]) {
        if (r) expect(places).toContain(r.city);
        expect(r?.city).not.toBe('Seattle');
      }
      for (const s of day.sights) expect(places).toContain(s.city);
      if (!travelDays.has(day.day)) {
        expect([day.breakfast, day.lunch, day.dinner].every((r) => r !== null)).toBe(true);
        expect(day.sights.length).toBeGreaterThanOrEqual(1);
      }
    }
    expect(days[6]).toMatchObject({ fromCity: selection.route.cities[2], city: 'Seattle' });
    const used = namesUsed(days);
    expect(new Set(used.restaurants).size).toBe(used.restaurants.length);
    expect(new Set(used.sights).size).toBe(used.sights.length);
    const served = new Set(
      days.flatMap((d) => [d.breakfast, d.lunch, d.dinner].flatMap((r) => r?.cuisines ?? [])),
    );
    expect(served).toContain('Mexican');
    expect(served).toContain('French');
    const cost = totalOf(spec, selection, days);
    expect(cost.meals).toBeLessThanOrEqual(selection.mealBudget!);
    expect(cost.total).toBeLessThanOrEqual(5000);
  });

  it('times meals around the legs', () => {
    const spec = makeSpec({ budget: null });
    const early = daysOf(
      plan(spec, {
        ground: () => [],
        flights: (from, to, date) =>
          from === 'Seattle'
            ? [flight(from, to, date, '06:00', '09:30', 100)]
            : [flight(from, to, date, '15:00', '17:00', 100)],
      }).outcome,
    );
    // Arrives 09:30: breakfast, lunch and dinner in Denver; leaves 15:00: breakfast and lunch.
    expect(mealsOf(early[0]!)).toEqual({ b: 'Denver', l: 'Denver', d: 'Denver' });
    expect(mealsOf(early[2]!)).toEqual({ b: 'Denver', l: 'Denver', d: null });
    expect(early[0]!.sights).toHaveLength(1);

    const late = daysOf(
      plan(spec, {
        flights: (from, to, date) => [flight(from, to, date, '19:00', '21:00', 100)],
        ground: () => [],
      }).outcome,
    );
    expect(mealsOf(late[0]!)).toEqual({ b: null, l: null, d: null });
    expect(late[0]!.sights).toEqual([]);
    // Leaving at 19:00: breakfast and lunch before the flight, no dinner.
    expect(mealsOf(late[2]!)).toEqual({ b: 'Denver', l: 'Denver', d: null });

    const driving = daysOf(
      plan(spec, { flights: () => [], ground: (from, to) => [ground('self-driving', from, to, 50, 300)] })
        .outcome,
    );
    // Ground legs out leave at 08:00: arriving 13:00 allows lunch and dinner. The 5-hour drive
    // home leaves at 14:00, home by 19:00: breakfast, lunch and a sight first (before: it left
    // at 08:00 and the last day was empty).
    expect(mealsOf(driving[0]!)).toEqual({ b: null, l: 'Denver', d: 'Denver' });
    expect(mealsOf(driving[2]!)).toEqual({ b: 'Denver', l: 'Denver', d: null });
    expect(driving[2]!.sights).toHaveLength(1);
  });

  it('starts a long drive home early: only breakfast before 9 hours on the road', () => {
    const spec = makeSpec({ budget: null });
    const long = daysOf(
      plan(spec, { flights: () => [], ground: (from, to) => [ground('self-driving', from, to, 50, 540)] })
        .outcome,
    );
    expect(mealsOf(long[2]!)).toEqual({ b: 'Denver', l: null, d: null });
    expect(long[2]!.sights).toEqual([]);
    // TravelPlanner's ground legs keep their 08:00 start.
    const tp = daysOf(
      plan(makeSpec({ budget: null, ruleset: 'travelplanner' }), {
        flights: () => [],
        ground: (from, to) => [ground('self-driving', from, to, 50, 300)],
      }).outcome,
    );
    expect(mealsOf(tp[2]!)).toEqual({ b: null, l: null, d: null });
  });

  it('serves breakfast in the city being left between two visited cities', () => {
    const spec = regionSpec({ budget: null });
    const { selection, outcome } = plan(spec, {
      ground: () => [],
      flights: (from, to, date) => [flight(from, to, date, '17:00', '21:30', 100)],
    });
    const days = daysOf(outcome);
    const move = selection.legs[1]!;
    expect(mealsOf(days[move.day - 1]!)).toEqual({ b: move.from, l: move.from, d: null });
  });

  it('starts from the cheapest meals the solver reserved, then upgrades when money allows', () => {
    const spec = makeSpec({ budget: { amount: 838, currency: 'USD' } });
    const tight = plan(spec, { ground: () => [] });
    const tightDays = daysOf(tight.outcome);
    const reserved = cheapestMealCost(spec, tight.selection, tight.input.restaurants);
    expect(reserved).toEqual({ feasible: true, cost: 78 });
    expect(totalOf(spec, tight.selection, tightDays)).toMatchObject({ meals: 78, total: 838 });

    const rich = plan(makeSpec({ budget: { amount: 4000, currency: 'USD' } }), { ground: () => [] });
    const richDays = daysOf(rich.outcome);
    const rating = (days: PlanDay[]) => {
      const meals = days.flatMap((d) =>
        [d.breakfast, d.lunch, d.dinner].flatMap((r) => (r ? [r.rating] : [])),
      );
      return meals.reduce((a, b) => a + b, 0) / meals.length;
    };
    expect(rating(richDays)).toBeGreaterThan(rating(tightDays));
    expect(totalOf(spec, rich.selection, richDays).total).toBeLessThanOrEqual(4000);
  });

  it('honours preferred and avoided names', () => {
    const spec = makeSpec({ budget: null });
    const days = daysOf(
      plan(
        spec,
        {},
        {
          preferred: { restaurants: ['Denver Eatery 12', 'Nowhere Diner'], sights: ['Denver Sight 9'] },
          avoid: { restaurants: ['Denver Eatery 1', 'Denver Eatery 2'], sights: ['Denver Sight 1'] },
        },
      ).outcome,
    );
    const used = namesUsed(days);
    expect(used.restaurants).toContain('Denver Eatery 12');
    expect(used.restaurants).not.toContain('Denver Eatery 1');
    expect(used.restaurants).not.toContain('Denver Eatery 2');
    expect(days[1]!.sights[0]!.name).toBe('Denver Sight 9');
    expect(used.sights).not.toContain('Denver Sight 1');
  });

  it('follows the pace and puts matching interests first', () => {
    const sights = (c: string) => [
      sight(`${c} Museum`, c, 'museum'),
      sight(`${c} Park`, c, 'park'),
      ...Array.from({ length: 8 }, (_, i) => sight(`${c} Gallery ${i}`, c, 'art')),
    ];
    const relaxed = daysOf(
      plan(makeSpec({ days: 4, preferences: { pace: 'relaxed', interests: ['park'] } }), { sights }).outcome,
    );
    const packed = daysOf(plan(makeSpec({ days: 4, preferences: { pace: 'packed' } }), { sights }).outcome);
    expect(relaxed[1]!.sights.map((s) => s.name)).toEqual(['Denver Park']);
    expect(relaxed[2]!.sights).toHaveLength(1);
    expect(packed[1]!.sights).toHaveLength(4);
  });

  it('reports a city with too few restaurants (TravelPlanner rules), and a cuisine nobody serves', () => {
    const spec = makeSpec({ days: 4, ruleset: 'travelplanner' });
    const input: SolveInput = inventory(spec, candidateRoutes(spec, []), {
      restaurants: (c) => [restaurant('Only One', c, 10), restaurant('Only Two', c, 12)],
    });
    expect(solveTrip(input)).toEqual({
      feasible: false,
      infeasibility: {
        code: 'no-meals',
        reasons: ['Denver has 2 usable distinct restaurants for 6 meals on its full days'],
      },
    });
    const thai = makeSpec({ constraints: { cuisines: ['Thai'] } });
    const outcome = solveTrip(inventory(thai, candidateRoutes(thai, [])));
    expect(outcome).toMatchObject({
      feasible: false,
      infeasibility: { code: 'no-meals', reasons: ['no restaurant in Denver serves Thai'] },
    });
  });

  it('reports meals it cannot fit in the meal budget instead of overspending', () => {
    const spec = makeSpec({ budget: { amount: 838, currency: 'USD' } });
    const { input, selection } = plan(spec, { ground: () => [] });
    const squeezed: TripSelection = { ...selection, mealBudget: 50 };
    const outcome = scheduleDays({
      spec,
      selection: squeezed,
      restaurants: input.restaurants,
      sights: input.sights,
    });
    expect(outcome).toMatchObject({
      feasible: false,
      infeasibility: { code: 'over-budget', cheapestTotal: 838 },
    });
    // And every meal of a feasible schedule is priced per traveller.
    const days = daysOf(
      scheduleDays({ spec, selection, restaurants: input.restaurants, sights: input.sights }),
    );
    const meals = days.flatMap((d) =>
      [d.breakfast, d.lunch, d.dinner].flatMap((r) => (r ? [mealCost(r, 2)] : [])),
    );
    expect(meals.reduce((a, b) => a + b, 0)).toBe(78);
  });
});
