import { describe, expect, it } from 'vitest';
import { NO_FLIGHT_TIMES, TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { tripSpecFromQuery } from '../../../tools/evaluation/query-trip-spec.js';
import { TravelPlannerQuery } from '../../../tools/evaluation/travelplanner-query.schema.js';
import { createTravelPlannerWorld } from '../../../tools/providers/travelplanner/travelplanner-world.js';
import { sample } from '../providers/travelplanner-samples.js';

const world = createTravelPlannerWorld({});

describe('tripSpecFromQuery', () => {
  it('maps a one-city query to a city destination', () => {
    const spec = tripSpecFromQuery(TravelPlannerQuery.parse(sample(1)), world);
    expect(TripSpec.parse(spec)).toEqual({
      origin: 'St. Petersburg',
      destination: { kind: 'city', city: 'Rockford' },
      tripType: 'round-trip',
      returnTo: null,
      startDate: '2022-03-16',
      days: 3,
      travellers: 1,
      budget: { amount: 1700, currency: 'USD' },
      constraints: {
        roomType: null,
        houseRules: [],
        avoidedCuisines: [],
        cuisines: [],
        excludedModes: [],
        dietary: [],
        flightTimes: NO_FLIGHT_TIMES,
        maxPricePerNight: null,
      },
      preferences: { pace: 'balanced', interests: [], comfort: null, preferredModes: [] },
      ruleset: 'travelplanner',
      notes: [],
      warnings: [],
    });
  });

  it('maps a state with several cities to a region, and every local constraint', () => {
    const spec = tripSpecFromQuery(TravelPlannerQuery.parse(sample(41)), world);
    expect(spec.destination).toEqual({ kind: 'region', region: 'Colorado', cityCount: 3 });
    expect(spec.constraints).toMatchObject({
      roomType: 'entire room',
      houseRules: ['pets'],
      cuisines: ['Mexican', 'Italian', 'Mediterranean', 'Indian'],
      excludedModes: [],
    });
    const noFlights = { ...sample(41), local_constraint: { transportation: 'no flight' } };
    expect(tripSpecFromQuery(TravelPlannerQuery.parse(noFlights), world).constraints.excludedModes).toEqual([
      'flight',
    ]);
  });

  it('reads the Hugging Face copy, where dates and constraints are Python literals', () => {
    const query = TravelPlannerQuery.parse({
      ...sample(21),
      date: "['2022-03-12', '2022-03-13', '2022-03-14', '2022-03-15', '2022-03-16']",
      local_constraint:
        "{'house rule': 'children under 10', 'cuisine': None, 'room type': 'not shared room', 'transportation': 'no self-driving'}",
      days: '5',
    });
    expect(query.date).toHaveLength(5);
    expect(tripSpecFromQuery(query, world).constraints).toMatchObject({
      roomType: 'not shared room',
      houseRules: ['children under 10'],
      cuisines: [],
      excludedModes: ['self-driving'],
    });
  });

  it('rejects constraints TravelPlanner does not define', () => {
    const parse = (local_constraint: object) =>
      TravelPlannerQuery.safeParse({ ...sample(1), local_constraint });
    expect(parse({ transportation: 'no walking' }).success).toBe(false);
    expect(parse({ 'house rule': 'dancing' }).success).toBe(false);
    expect(parse({ 'room type': 'castle' }).success).toBe(false);
  });
});
