import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { budgetInQuoteCurrency, supportedCurrencies } from '../../tools/domain/currency.js';
import type { CityInfo } from '../../tools/domain/inventory.schema.js';
import type { NotHonoured } from '../../tools/domain/plan.schema.js';
import type { Destination, RouteStop, TripSpec } from '../../tools/domain/trip-spec.schema.js';
import { isDayTrip } from '../../tools/planning/day-trip.js';
import { withStopovers } from '../../tools/planning/road-stopovers.js';
import { candidateRoutes } from '../../tools/planning/route-candidates.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { progress } from '../progress.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';

function fail(message: string, code: 'unknown-place' | 'infeasible' = 'unknown-place'): TripStateUpdate {
  return { failure: { code, message, reasons: [message] } };
}

/** Why the nights per city cannot fit the trip's days; null when they can. */
function nightsProblem(stops: readonly RouteStop[], days: number): string | null {
  const nights = days - 1;
  const given = stops.reduce((sum, s) => sum + (s.nights ?? 0), 0);
  const open = stops.filter((s) => s.nights === null).length;
  const listed = stops
    .filter((s) => s.nights !== null)
    .map((s) => `${s.nights} in ${s.city}`)
    .join(', ');
  if (open === 0 && given !== nights) {
    return `The nights asked for (${listed}: ${given}) do not match a ${days}-day trip, which has ${nights} nights.`;
  }
  if (given + open > nights) {
    const rest = open > 0 ? ` and at least 1 in each of the ${open} other cities` : '';
    return `A ${days}-day trip has ${nights} nights, fewer than the ${given + open} asked for (${listed || 'none given'}${rest}).`;
  }
  return null;
}

/**
 * Why a 1-day trip cannot be planned, before any search: a day trip goes to one city and comes
 * back the same evening, so several stops or no way back are refused by their shape.
 */
function dayTripProblem(spec: TripSpec): string | null {
  if (!isDayTrip(spec)) return null;
  const { destination } = spec;
  if (destination.kind === 'cities' && destination.stops.length > 1)
    return 'A day trip goes to one city and back the same day, so it cannot take in several stops; ask for at least 2 days.';
  if (destination.kind === 'region' && destination.cityCount > 1)
    return `A day trip goes to one city and back the same day, so it cannot take in ${destination.cityCount} cities; ask for at least 2 days.`;
  if (spec.tripType !== 'round-trip')
    return 'A day trip comes back to where it started the same day, so it cannot be one-way or end elsewhere; ask for at least 2 days.';
  return null;
}

/** The open-jaw end as the world spells it (null for other trip types), or why it cannot be. */
function tripEndCity(
  deps: TripGraphDeps,
  spec: TripSpec,
  origin: CityInfo,
  cities: readonly CityInfo[],
): { returnTo: string | null } | { message: string; code: 'unknown-place' | 'infeasible' } {
  if (spec.tripType !== 'open-jaw') return { returnTo: null };
  if (spec.returnTo === null)
    return { message: 'An open-jaw trip needs the city it ends in (returnTo).', code: 'infeasible' };
  const end = deps.world.resolveCity(spec.returnTo);
  if (!end)
    return {
      message: `We cannot end a trip in "${spec.returnTo}": it is not a city we know.`,
      code: 'unknown-place',
    };
  if (end.name === origin.name)
    return {
      message: `An open-jaw trip ends somewhere other than its origin ${origin.name}; this one is a round trip.`,
      code: 'infeasible',
    };
  if (spec.destination.kind !== 'region' && cities.some((c) => c.name === end.name))
    return {
      message: `${end.name} is both a stop and where the trip ends; the trip ends after its last stop.`,
      code: 'infeasible',
    };
  return { returnTo: end.name };
}

/** Chooses and orders candidate cities (for a region) and the nights in each. */
export function createRouteNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const spec = state.spec;
    if (!spec) throw new Error('route ran without a spec');
    const origin = deps.world.resolveCity(spec.origin);
    if (!origin) return fail(`We cannot plan trips from "${spec.origin}": it is not a city we know.`);
    const dayTrip = dayTripProblem(spec);
    if (dayTrip) return fail(dayTrip, 'infeasible');

    let cities: readonly CityInfo[];
    let fewer: NotHonoured | undefined;
    if (spec.destination.kind === 'city') {
      const city = deps.world.resolveCity(spec.destination.city);
      if (!city) return fail(`We cannot plan trips to "${spec.destination.city}": it is not a city we know.`);
      if (city.name === origin.name)
        return fail(`The destination ${city.name} is the origin itself.`, 'infeasible');
      cities = [city];
    } else if (spec.destination.kind === 'cities') {
      const resolved: CityInfo[] = [];
      for (const stop of spec.destination.stops) {
        const city = deps.world.resolveCity(stop.city);
        if (!city) return fail(`We cannot plan trips to "${stop.city}": it is not a city we know.`);
        if (city.name === origin.name)
          return fail(`${city.name} is the origin itself; it cannot also be a stop.`, 'infeasible');
        if (resolved.some((c) => c.name === city.name))
          return fail(`${city.name} is named twice; each city is visited once.`, 'infeasible');
        resolved.push(city);
      }
      const problem = nightsProblem(spec.destination.stops, spec.days);
      if (problem) return fail(problem, 'infeasible');
      cities = resolved;
    } else {
      const { region, cityCount } = spec.destination;
      cities = deps.world.citiesInRegion(region).filter((c) => c.name !== origin.name);
      if (cities.length === 0) return fail(`"${region}" is not a region we can plan.`);
      if (cities.length < cityCount) {
        // Fewer cities than asked: the trip goes to those there are, and says so. Refusing it
        // ("ask for at most 1") left the traveller to send the same trip again.
        const names = cities.map((c) => c.name).join(', ');
        const count = `${cities.length} ${cities.length === 1 ? 'city' : 'cities'}`;
        fewer = {
          wish: `${cityCount} cities in ${region}`,
          reason: `${region} has only ${count} we can plan besides ${origin.name} (${names}), so the trip visits ${cities.length === 1 ? 'it' : 'those'}`,
        };
      }
    }
    const budget = spec.budget && budgetInQuoteCurrency(spec.budget);
    if (spec.budget && !budget) {
      return fail(
        `Budgets in ${spec.budget.currency} are not supported; use one of ${supportedCurrencies().join(', ')}.`,
      );
    }
    const cap = spec.constraints.maxPricePerNight;
    if (cap && !budgetInQuoteCurrency(cap)) {
      return fail(
        `Nightly prices in ${cap.currency} are not supported; use one of ${supportedCurrencies().join(', ')}.`,
      );
    }
    const end = tripEndCity(deps, spec, origin, cities);
    if ('message' in end) return fail(end.message, end.code);
    const destination: Destination =
      spec.destination.kind === 'city'
        ? { kind: 'city', city: cities[0]?.name ?? spec.destination.city }
        : spec.destination.kind === 'cities'
          ? {
              kind: 'cities',
              stops: spec.destination.stops.map((s, i) => ({ ...s, city: cities[i]?.name ?? s.city })),
            }
          : fewer
            ? { ...spec.destination, cityCount: cities.length }
            : spec.destination;
    const normalized: TripSpec = {
      ...spec,
      origin: origin.name,
      destination,
      returnTo: end.returnTo,
      budget: budget ?? null,
      ...(spec.budget && budget && spec.budget.currency !== budget.currency
        ? { statedBudget: spec.budget }
        : {}),
    };
    const candidates = candidateRoutes(normalized, cities, { origin });
    if (candidates.length === 0) {
      return fail(
        `No route fits ${spec.days} days; each visited city needs at least one night.`,
        'infeasible',
      );
    }
    // A party that drives breaks a drive longer than a day with a night on the way.
    const routes = await withStopovers(normalized, candidates, {
      cities: deps.world.listCities(),
      roadMinutes: async (from, to) =>
        (await deps.world.groundRoute({ from, to, mode: 'self-driving' }))?.durationMinutes,
    });
    progress(config, {
      type: 'node',
      node: 'route',
      message: `${routes.length} candidate routes, e.g. ${routes[0]?.cities.join(' → ')}`,
    });
    return { spec: normalized, routes, ...(fewer ? { notHonoured: [fewer] } : {}) };
  };
}
