import { describe, expect, it } from 'vitest';
import type { SolveInput } from '../../../tools/planning/planning.types.js';
import { candidateRoutes } from '../../../tools/planning/route-candidates.js';
import { scheduleDays } from '../../../tools/planning/schedule-days.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import {
  COLORADO,
  expectHardConstraints,
  flight,
  ground,
  inventory,
  largeInventory,
  makeSpec,
  regionSpec,
  SEATTLE,
  stay,
  totalOf,
} from './fixtures.js';

function solved(input: SolveInput) {
  const outcome = solveTrip(input);
  if (!outcome.feasible) throw new Error(`expected a plan: ${outcome.infeasibility.reasons.join('; ')}`);
  return outcome.selection;
}

describe('solveTrip', () => {
  it('solves a single-city trip within every hard constraint and the budget', () => {
    const spec = makeSpec({ constraints: { roomType: 'private room', houseRules: ['pets'] } });
    const routes = candidateRoutes(spec, []);
    const input = inventory(spec, routes, {
      stays: (c) => [
        stay('Cheap Shared', c, { roomType: 'Shared room', pricePerNight: 20, rating: 5 }),
        stay('No Pets Private', c, {
          roomType: 'Private room',
          forbids: ['pets'],
          pricePerNight: 30,
          rating: 5,
        }),
        stay('Pet Friendly Private', c, { roomType: 'Private room', pricePerNight: 90, maximumOccupancy: 1 }),
        stay('Entire Place', c, { pricePerNight: 40, rating: 5 }),
      ],
    });
    const selection = solved(input);
    expectHardConstraints(spec, selection);
    expect(selection.stays.map((s) => s.stay.name)).toEqual(['Pet Friendly Private']);
    expect(selection.stays[0]).toMatchObject({ firstNight: 1, nights: 2, rooms: 2, cost: 360 });
    expect(selection.legs.map((l) => [l.day, l.from, l.to])).toEqual([
      [1, 'Seattle', 'Denver'],
      [3, 'Denver', 'Seattle'],
    ]);

    const schedule = scheduleDays({ spec, selection, restaurants: input.restaurants, sights: input.sights });
    if (!schedule.feasible) throw new Error(schedule.infeasibility.reasons.join('; '));
    const cost = totalOf(spec, selection, schedule.days);
    expect(cost.total).toBeLessThanOrEqual(3000);
    expect(cost.meals).toBeLessThanOrEqual(selection.mealBudget!);
    expect(cost.total).toBeCloseTo(cost.transport + cost.accommodation + cost.meals, 2);
  });

  it('solves a 3-city region trip, choosing the route too', () => {
    const spec = regionSpec({ budget: { amount: 6000, currency: 'USD' } });
    const routes = candidateRoutes(spec, [SEATTLE, ...COLORADO]);
    const input = inventory(spec, routes);
    const selection = solved(input);
    expectHardConstraints(spec, selection);
    expect(new Set(selection.route.cities)).toEqual(new Set(['Denver', 'Boulder', 'Aspen']));
    expect(selection.stays.map((s) => s.firstNight)).toEqual([
      1,
      1 + selection.route.nights[0]!,
      7 - selection.route.nights[2]!,
    ]);
    const schedule = scheduleDays({ spec, selection, restaurants: input.restaurants, sights: input.sights });
    if (!schedule.feasible) throw new Error(schedule.infeasibility.reasons.join('; '));
    expect(totalOf(spec, selection, schedule.days).total).toBeLessThanOrEqual(6000);
  });

  it('never books a stay whose minimum nights exceed the nights there', () => {
    const spec = makeSpec({ days: 3 });
    const input = inventory(spec, candidateRoutes(spec, []), {
      stays: (c) => [
        stay('Three Night Minimum', c, { minimumNights: 3, pricePerNight: 10, rating: 5 }),
        stay('Two Night Minimum', c, { minimumNights: 2, pricePerNight: 120 }),
      ],
    });
    expect(solved(input).stays[0]!.stay.name).toBe('Two Night Minimum');
  });

  it('uses an uneven split when a minimum stay needs it', () => {
    const spec = regionSpec({ budget: null });
    const routes = candidateRoutes(spec, [SEATTLE, ...COLORADO]);
    const input = inventory(spec, routes, {
      stays: (c) => [stay(`${c} Lodge`, c, { minimumNights: c === 'Aspen' ? 3 : 1 })],
    });
    const selection = solved(input);
    const aspen = selection.route.cities.indexOf('Aspen');
    expect(selection.route.nights[aspen]).toBeGreaterThanOrEqual(3);
    expectHardConstraints(spec, selection);
  });

  it('honours excluded modes and prices ground legs per vehicle', () => {
    const spec = makeSpec({ travellers: 5, constraints: { excludedModes: ['flight'] } });
    const input = inventory(spec, candidateRoutes(spec, []), {
      ground: (from, to) => [ground('taxi', from, to, 100), ground('self-driving', from, to, 150)],
    });
    const selection = solved(input);
    expectHardConstraints(spec, selection);
    // Two taxis (4 seats each) cost 200, one car (5 seats) 150.
    expect(selection.legs.map((l) => [l.mode, l.cost])).toEqual([
      ['self-driving', 150],
      ['self-driving', 150],
    ]);
    expect(selection.modes).toEqual(['self-driving']);
  });

  it('never mixes self-driving with flights or taxis', () => {
    const spec = makeSpec({ budget: null });
    const input = inventory(spec, candidateRoutes(spec, []), {
      // Driving is cheapest out, but the return can only be flown: the trip must fly both ways.
      flights: (from, to, date) => [flight(from, to, date, '10:00', '12:00', 400)],
      ground: (from, to) => (from === 'Seattle' ? [ground('self-driving', from, to, 10)] : []),
    });
    const selection = solved(input);
    expect(selection.modes).toEqual(['flight']);

    const stuck = inventory(spec, candidateRoutes(spec, []), {
      flights: (from, to, date) =>
        from === 'Seattle' ? [] : [flight(from, to, date, '10:00', '12:00', 400)],
      ground: (from, to) => (from === 'Seattle' ? [ground('self-driving', from, to, 10)] : []),
    });
    const outcome = solveTrip(stuck);
    expect(outcome.feasible).toBe(false);
    if (outcome.feasible) return;
    expect(outcome.infeasibility.code).toBe('no-transport');
    expect(outcome.infeasibility.reasons[0]).toMatch(/self-driving cannot be combined/);
  });

  it('reports a hop without allowed transport by name', () => {
    const spec = makeSpec({ constraints: { excludedModes: ['flight'] } });
    const input = inventory(spec, candidateRoutes(spec, []), {
      ground: (from, to) => (from === 'Denver' ? [] : [ground('taxi', from, to, 100)]),
    });
    const outcome = solveTrip(input);
    expect(outcome).toMatchObject({ feasible: false, infeasibility: { code: 'no-transport' } });
    if (outcome.feasible) return;
    expect(outcome.infeasibility.reasons).toEqual([
      'no allowed transport from Denver to Seattle on 2025-06-03 (day 3): only 2 flights found, and flight is excluded',
    ]);
  });

  it('reports a city without a fitting stay, and why', () => {
    const spec = makeSpec({ constraints: { houseRules: ['pets'], roomType: 'entire room' } });
    const input = inventory(spec, candidateRoutes(spec, []), {
      stays: (c) => [
        stay('No Pets', c, { forbids: ['pets'] }),
        stay('Private', c, { roomType: 'Private room' }),
      ],
    });
    const outcome = solveTrip(input);
    expect(outcome).toMatchObject({ feasible: false, infeasibility: { code: 'no-stay' } });
    if (outcome.feasible) return;
    expect(outcome.infeasibility.reasons[0]).toBe(
      'no stay in Denver fits: of 2 listed, 1 is not an entire home/apt; 1 forbids pets',
    );
  });

  it('reports an over-budget trip with the cheapest total instead of breaking the budget', () => {
    const spec = makeSpec({ budget: { amount: 500, currency: 'USD' } });
    const input = inventory(spec, candidateRoutes(spec, []));
    const outcome = solveTrip(input);
    expect(outcome.feasible).toBe(false);
    if (outcome.feasible) return;
    // Cheapest: flights 2 × 150 × 2 + Budget Inn 80 × 2 nights (1 room) + 3 meals × 2 people (10 + 13 + 16).
    expect(outcome.infeasibility).toMatchObject({ code: 'over-budget', cheapestTotal: 600 + 160 + 78 });
    expect(outcome.infeasibility.reasons[0]).toContain('$838');
    expect(outcome.infeasibility.reasons[0]).toContain('budget of $500 by $338');

    const exact = solveTrip({ ...input, spec: makeSpec({ budget: { amount: 838, currency: 'USD' } }) });
    expect(exact.feasible).toBe(true);
    if (!exact.feasible) return;
    expect(exact.selection.mealBudget).toBe(78);
  });

  it('spends a richer budget on a higher-rated stay and more convenient flights', () => {
    const spec = makeSpec({ budget: { amount: 900, currency: 'USD' } });
    const input = inventory(spec, candidateRoutes(spec, []), { ground: () => [] });
    const lean = solved(input);
    const rich = solved({ ...input, spec: makeSpec({ budget: { amount: 5000, currency: 'USD' } }) });
    expect(rich.stays[0]!.stay.rating).toBeGreaterThan(lean.stays[0]!.stay.rating);
    expect(rich.stays[0]!.stay.name).toBe('Denver Grand Loft');
    // The 18:00 flight arrives at 20:30; with money to spare the 09:00 one is taken.
    expect(lean.legs[0]).toMatchObject({ mode: 'flight', flight: { departureTime: '18:00' } });
    expect(rich.legs[0]).toMatchObject({ mode: 'flight', flight: { departureTime: '09:00' } });
    expect(rich.mealBudget).toBeGreaterThan(0);
  });

  it('without a budget, upgrades stay proportionate to the cheapest plan', () => {
    const spec = makeSpec({ budget: null });
    const input = inventory(spec, candidateRoutes(spec, []), {
      flights: (from, to, date) => [flight(from, to, date, '19:00', '21:00', 100)],
      ground: (from, to) => [ground('taxi', from, to, 5000)],
    });
    const selection = solved(input);
    expect(selection.modes).toEqual(['flight']);
    expect(selection.mealBudget).toBeNull();
    expect(selection.stays[0]!.stay.name).toBe('Denver Grand Loft');
  });

  it('picks a leg that opens a travel-day meal when a cuisine needs it', () => {
    const spec = makeSpec({
      constraints: { cuisines: ['Thai', 'Greek', 'Peruvian', 'Korean'] },
      budget: null,
    });
    const input = inventory(spec, candidateRoutes(spec, []), {
      flights: (from, to, date) =>
        from === 'Seattle'
          ? [flight(from, to, date, '05:00', '07:00', 300), flight(from, to, date, '19:00', '21:00', 100)]
          : [flight(from, to, date, '06:00', '08:00', 100)],
      // A taxi (08:00 + 4 h) would arrive for lunch and dinner: leave only the flights.
      ground: () => [],
      restaurants: (c) =>
        ['Thai', 'Greek', 'Peruvian', 'Korean'].map((cuisine, i) => ({
          name: `${cuisine} House`,
          city: c,
          cuisines: [cuisine],
          dietary: [],
          averageCost: 20 + i,
          rating: 4,
        })),
    });
    const selection = solved(input);
    // Only the early arrival leaves a fourth meal (on day 1) for the fourth cuisine.
    expect(selection.legs[0]).toMatchObject({ flight: { departureTime: '05:00' } });
  });

  it('is deterministic, whatever the order of the inventory', () => {
    const spec = regionSpec();
    const routes = candidateRoutes(spec, [SEATTLE, ...COLORADO]);
    const input = largeInventory(spec, routes);
    const shuffled: SolveInput = {
      ...input,
      hopOptions: [...input.hopOptions].reverse().map((h) => ({ ...h, flights: [...h.flights].reverse() })),
      stays: Object.fromEntries(Object.entries(input.stays).map(([c, s]) => [c, [...s].reverse()])),
      restaurants: Object.fromEntries(
        Object.entries(input.restaurants).map(([c, r]) => [c, [...r].reverse()]),
      ),
    };
    expect(solveTrip(input)).toEqual(solveTrip(input));
    expect(solveTrip(shuffled)).toEqual(solveTrip(input));
  });

  it('solves a 3-city, 24-route problem with 20 stays per city', () => {
    const spec = regionSpec({ budget: { amount: 9000, currency: 'USD' }, travellers: 3 });
    const routes = candidateRoutes(spec, [SEATTLE, ...COLORADO]);
    expect(routes).toHaveLength(24);
    const input = largeInventory(spec, routes);
    const outcome = solveTrip(input);
    expect(outcome.feasible).toBe(true);
    if (!outcome.feasible) return;
    expectHardConstraints(spec, outcome.selection);
    const schedule = scheduleDays({
      spec,
      selection: outcome.selection,
      restaurants: input.restaurants,
      sights: input.sights,
    });
    expect(schedule.feasible).toBe(true);
    if (!schedule.feasible) return;
    expect(totalOf(spec, outcome.selection, schedule.days).total).toBeLessThanOrEqual(9000);
  });
});
