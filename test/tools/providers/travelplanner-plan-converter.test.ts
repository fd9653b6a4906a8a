import { describe, expect, it } from 'vitest';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { validatePlan } from '../../../tools/planning/validate/validate-plan.js';
import { fromTravelPlannerPlan } from '../../../tools/providers/travelplanner/from-travelplanner-plan.js';
import { UNKNOWN_CITY } from '../../../tools/providers/travelplanner/plan-entity-resolver.js';
import { toTravelPlannerPlan } from '../../../tools/providers/travelplanner/to-travelplanner-plan.js';
import {
  readTravelPlannerPlan,
  type TravelPlannerDay,
} from '../../../tools/providers/travelplanner/travelplanner-day.schema.js';
import { createTravelPlannerWorld } from '../../../tools/providers/travelplanner/travelplanner-world.js';
import { sample } from './travelplanner-samples.js';

function specFor(idx: number): TripSpec {
  const s = sample(idx);
  return TripSpec.parse({
    origin: s.org,
    destination:
      s.visiting_city_number === 1
        ? { kind: 'city', city: s.dest }
        : { kind: 'region', region: s.dest, cityCount: s.visiting_city_number },
    startDate: s.date[0] ?? '',
    days: s.days,
    travellers: s.people_number,
    budget: { amount: s.budget, currency: 'USD' },
    constraints: { roomType: null, houseRules: [], cuisines: [], excludedModes: [] },
    preferences: { pace: 'balanced', interests: [] },
    ruleset: 'travelplanner',
  });
}

function setup(idx: number) {
  const s = sample(idx);
  return {
    world: createTravelPlannerWorld(s.reference_information),
    spec: specFor(idx),
    days: readTravelPlannerPlan(s.annotated_plan),
  };
}

const withoutStates = (text: string) => text.replace(/\([A-Za-z ]+\)/g, '');

describe('fromTravelPlannerPlan', () => {
  it('resolves every name of an annotated plan to the world record', async () => {
    const { world, spec, days } = setup(21);
    const draft = await fromTravelPlannerPlan(days, spec, world);

    expect(draft.route).toEqual({ cities: ['Pittsburgh', 'Philadelphia'], nights: [2, 2] });
    expect(draft.days.map((d) => [d.day, d.date, d.fromCity, d.city])).toEqual([
      [1, '2022-03-12', 'Nashville', 'Pittsburgh'],
      [2, '2022-03-13', null, 'Pittsburgh'],
      [3, '2022-03-14', 'Pittsburgh', 'Philadelphia'],
      [4, '2022-03-15', null, 'Philadelphia'],
      [5, '2022-03-16', 'Philadelphia', 'Nashville'],
    ]);
    // 6 travellers: flights × 6, taxis of 4 seats → 2, rooms by occupancy (4 and 3) → 2 each.
    expect(draft.legs.map((l) => [l.day, l.mode, l.cost])).toEqual([
      [1, 'flight', 142 * 6],
      [3, 'taxi', 490 * 2],
      [5, 'flight', 139 * 6],
    ]);
    expect(draft.stays.map((b) => [b.stay.name, b.firstNight, b.nights, b.rooms, b.cost])).toEqual([
      ['New Designer 4 Bedroom, AC-Laundry. Next to Subway', 1, 2, 2, 1192 * 2 * 2],
      ['Modern Luxury Apartment in Heart of Williamsburg', 3, 2, 2, 567 * 2 * 2],
    ]);
    expect(draft.days[0]?.dinner).toEqual(
      (await world.searchRestaurants({ city: 'Pittsburgh' })).find((r) => r.name === 'Via Delhi'),
    );
    expect((await validatePlan(draft, world)).passed).toBe(true);
  });

  it('takes routes from the data, not from the text the plan copied', async () => {
    const { world, spec, days } = setup(41);
    const draft = await fromTravelPlannerPlan(days, spec, world);
    const first = draft.legs[0];
    // The annotated plan says "19 hours 21 mins"; the data says 19 hours 23.
    expect(first?.mode === 'self-driving' && first.route.durationMinutes).toBe(19 * 60 + 23);
    expect(first?.cost).toBe(106 * 1);
  });

  it('accepts a shortened name the data contains, as TravelPlanner does', async () => {
    const { world, spec, days } = setup(1);
    const changed = days.map((d) => (d.days === 2 ? { ...d, attraction: 'Burpee Museum, Rockford;' } : d));
    const draft = await fromTravelPlannerPlan(changed, spec, world);
    expect(draft.days[1]?.sights.map((s) => s.name)).toEqual(['Burpee Museum of Natural History']);
  });

  it('keeps what it cannot resolve, so the validator reports it', async () => {
    const { world, spec, days } = setup(1);
    const broken: TravelPlannerDay[] = days.map((d) => {
      if (d.days === 1) {
        return {
          ...d,
          transportation:
            'Flight Number: F0000000, from St. Petersburg to Rockford, Departure Time: 15:40, Arrival Time: 17:04',
        };
      }
      if (d.days === 2) {
        return {
          ...d,
          breakfast: 'Imaginary Diner, Rockford',
          lunch: 'Subway',
          attraction: 'Nowhere Museum, Rockford;',
          accommodation: 'Castle in the Air, Rockford',
        };
      }
      return d;
    });
    const draft = await fromTravelPlannerPlan(broken, spec, world);
    expect(draft.legs[0]).toMatchObject({ mode: 'flight', flight: { flightNumber: 'F0000000', price: 0 } });
    expect(draft.days[1]?.breakfast).toMatchObject({
      name: 'Imaginary Diner',
      city: 'Rockford',
      averageCost: 0,
    });
    expect(draft.days[1]?.lunch).toMatchObject({ name: 'Subway', city: UNKNOWN_CITY });
    expect(draft.days[1]?.sights).toMatchObject([{ name: 'Nowhere Museum', city: 'Rockford' }]);
    expect(draft.days[1]?.accommodation).toBe('Castle in the Air');

    const report = await validatePlan(draft, world);
    const problems = (id: string) => report.checks.find((c) => c.id === id)?.problems.join('\n') ?? '';
    for (const name of ['F0000000', 'Imaginary Diner', 'Subway', 'Nowhere Museum', 'Castle in the Air']) {
      expect(problems('within-sandbox')).toContain(name);
    }
    expect(problems('within-current-city')).toContain('Subway');
    // Hard constraints are not judged on a plan outside the sandbox.
    expect(report.checks.find((c) => c.id === 'budget')?.passed).toBe(false);
  });

  it('keeps transport it cannot read as a flight the data does not list', async () => {
    const { world, spec, days } = setup(1);
    const draft = await fromTravelPlannerPlan(
      days.map((d) => (d.days === 3 ? { ...d, transportation: 'Hot-air balloon home' } : d)),
      spec,
      world,
    );
    expect(draft.legs[1]).toMatchObject({
      mode: 'flight',
      day: 3,
      from: 'Rockford',
      to: 'St. Petersburg',
      flight: { flightNumber: 'Hot-air balloon home' },
    });
    const report = await validatePlan(draft, world);
    expect(report.checks.find((c) => c.id === 'within-sandbox')?.passed).toBe(false);
  });
});

describe('toTravelPlannerPlan', () => {
  it('writes an annotated plan back exactly (sample 1 names no states)', async () => {
    const { world, spec, days } = setup(1);
    expect(toTravelPlannerPlan(await fromTravelPlannerPlan(days, spec, world))).toEqual(
      sample(1).annotated_plan,
    );
  });

  it("writes plain city names and the data's own route figures", async () => {
    const { world, spec, days } = setup(21);
    const written = toTravelPlannerPlan(await fromTravelPlannerPlan(days, spec, world));
    const expected = sample(21).annotated_plan.map((day) =>
      Object.fromEntries(
        Object.entries(day).map(([k, v]) => [k, typeof v === 'string' ? withoutStates(v) : v]),
      ),
    );
    expect(written.map((d) => d.transportation)).toEqual([
      expected[0]?.transportation,
      '-',
      // The plan copied "4 hours 45 mins"; the data lists 4 hours 46.
      'Taxi, from Pittsburgh to Philadelphia, duration: 4 hours 46 mins, distance: 490 km, cost: 490',
      '-',
      expected[4]?.transportation,
    ]);
    expect(written.map(({ transportation: _, ...rest }) => rest)).toEqual(
      expected.map(({ transportation: _, ...rest }) => rest),
    );
  });

  it('formats drives with thousands separators and "-" for empty fields', async () => {
    const { world, spec, days } = setup(41);
    const [day1] = toTravelPlannerPlan(await fromTravelPlannerPlan(days, spec, world));
    expect(day1).toMatchObject({
      current_city: 'from Indianapolis to Grand Junction',
      transportation:
        'Self-driving, from Indianapolis to Grand Junction, duration: 19 hours 23 mins, distance: 2,132 km, cost: 106',
      breakfast: '-',
      attraction: '-',
    });
  });
});

describe('readTravelPlannerPlan', () => {
  it('reads anything but a list as no plan, and absent fields as "-"', () => {
    expect(readTravelPlannerPlan(null)).toEqual([]);
    expect(readTravelPlannerPlan('Day 1: …')).toEqual([]);
    expect(readTravelPlannerPlan([{ current_city: 'Rockford', breakfast: null, lunch: '  ' }])).toEqual([
      {
        days: 1,
        current_city: 'Rockford',
        transportation: '-',
        breakfast: '-',
        attraction: '-',
        lunch: '-',
        dinner: '-',
        accommodation: '-',
      },
    ]);
  });
});
