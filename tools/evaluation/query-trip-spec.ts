import { NO_FLIGHT_TIMES, type TripSpec } from '../domain/trip-spec.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import type { TravelPlannerQuery } from './travelplanner-query.schema.js';

/**
 * The TripSpec a query's plan is judged against, from its structured fields only (never its
 * text). One visiting city that the gazetteer knows is a city destination; anything else is a
 * region (a state) with `visiting_city_number` cities. Cities take the world's spelling so the
 * validator's name comparisons line up with the converted plan.
 */
export function tripSpecFromQuery(query: TravelPlannerQuery, world: WorldProvider): TripSpec {
  const constraints = query.local_constraint;
  const destinationCity = query.visiting_city_number === 1 ? world.resolveCity(query.dest) : undefined;
  const startDate = query.date[0];
  if (startDate === undefined) throw new RangeError('a TravelPlanner query needs at least one date');
  return {
    origin: world.resolveCity(query.org)?.name ?? query.org,
    destination: destinationCity
      ? { kind: 'city', city: destinationCity.name }
      : { kind: 'region', region: query.dest, cityCount: query.visiting_city_number },
    tripType: 'round-trip',
    returnTo: null,
    startDate,
    days: query.days,
    travellers: query.people_number,
    budget: { amount: query.budget, currency: 'USD' },
    constraints: {
      roomType: constraints['room type'] ?? null,
      houseRules: constraints['house rule'] ? [constraints['house rule']] : [],
      cuisines: constraints.cuisine ?? [],
      avoidedCuisines: [],
      excludedModes: constraints.transportation ? [constraints.transportation] : [],
      dietary: [],
      flightTimes: NO_FLIGHT_TIMES,
      maxPricePerNight: null,
    },
    preferences: { pace: 'balanced', interests: [], comfort: null, preferredModes: [] },
    ruleset: 'travelplanner',
    notes: [],
    warnings: [],
  };
}
