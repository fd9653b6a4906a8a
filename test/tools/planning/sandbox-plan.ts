import type { ComfortTier } from '../../../tools/domain/common.schema.js';
import type { GroundRoute } from '../../../tools/domain/inventory.schema.js';
import type { PlanDraft } from '../../../tools/domain/plan.schema.js';
import { TripSpec, type TripSpecInput } from '../../../tools/domain/trip-spec.schema.js';
import type { HopOptions, SolveInput } from '../../../tools/planning/planning.types.js';
import { withStopovers } from '../../../tools/planning/road-stopovers.js';
import { candidateRoutes, hopsOf } from '../../../tools/planning/route-candidates.js';
import { scheduleDays } from '../../../tools/planning/schedule-days.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import { validatePlan } from '../../../tools/planning/validate/validate-plan.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';

/** A family of four's week in Denver from Houston: the trip the travel-day leg tests plan. */
export const HOUSTON_DENVER_FAMILY = {
  origin: 'Houston',
  destination: { kind: 'city', city: 'Denver' },
  startDate: '2027-01-23',
  days: 8,
  travellers: 4,
  budget: { amount: 6500, currency: 'USD' },
} as const satisfies TripSpecInput;

/**
 * The candidate routes the route node would give the solver for `input`: its cities as the world
 * knows them, and, as the route node does, a drive longer than a day broken by a night on the way.
 * `candidates` are the routes before that.
 */
export async function routesInWorld(world: WorldProvider, input: TripSpecInput) {
  const spec = TripSpec.parse(input);
  const names =
    spec.destination.kind === 'cities'
      ? spec.destination.stops.map((s) => s.city)
      : spec.destination.kind === 'city'
        ? [spec.destination.city]
        : world.citiesInRegion(spec.destination.region).map((c) => c.name);
  const cities = names.map((n) => world.resolveCity(n)!);
  const candidates = candidateRoutes(spec, cities);
  const routes = await withStopovers(spec, candidates, {
    cities: world.listCities(),
    roadMinutes: async (from, to) =>
      (await world.groundRoute({ from, to, mode: 'self-driving' }))?.durationMinutes,
  });
  return { spec, names, candidates, routes };
}

/**
 * Plans a trip in the sandbox world the way the graph does without models: every option of
 * every hop and every city's inventory go to the solver, the itinerary is scheduled, and the
 * draft is validated against the same world.
 */
export async function planInWorld(world: WorldProvider, input: TripSpecInput) {
  const { spec, names, routes } = await routesInWorld(world, input);
  const stopovers = routes.flatMap((r) => (r.stopovers ?? []).map((s) => s.city));
  const searched = [...new Set([...names, ...stopovers])];
  const hopOptions = new Map<string, HopOptions>();
  for (const route of routes) {
    for (const hop of hopsOf(spec, route)) {
      const key = `${hop.from}|${hop.to}|${hop.date}`;
      if (hopOptions.has(key)) continue;
      const ground = await Promise.all(
        (['self-driving', 'taxi'] as const).map((mode) =>
          world.groundRoute({ from: hop.from, to: hop.to, mode }),
        ),
      );
      hopOptions.set(key, {
        hop,
        flights: await world.searchFlights(hop),
        trains: await world.searchTrains(hop),
        ground: ground.filter((g): g is GroundRoute => g !== undefined),
      });
    }
  }
  const inventory = async <T>(search: (city: string) => Promise<T[]>) =>
    Object.fromEntries(await Promise.all(searched.map(async (c) => [c, await search(c)] as const)));
  const solveInput: SolveInput = {
    spec,
    routes,
    hopOptions: [...hopOptions.values()],
    stays: await inventory((city) => world.searchStays({ city })),
    restaurants: await inventory((city) => world.searchRestaurants({ city })),
    sights: await inventory((city) => world.searchSights({ city })),
  };
  const solved = solveTrip(solveInput);
  if (!solved.feasible) throw new Error(`infeasible: ${solved.infeasibility.reasons.join('; ')}`);
  // Where the cities are, as the itinerary's draft tool tells the scheduler (abroad: local food).
  const countries = Object.fromEntries(
    [spec.origin, ...searched].flatMap((n) => {
      const country = world.resolveCity(n)?.country;
      return country === undefined ? [] : [[n, country]];
    }),
  );
  const scheduled = scheduleDays({
    spec,
    selection: solved.selection,
    restaurants: solveInput.restaurants,
    sights: solveInput.sights,
    countries,
  });
  if (!scheduled.feasible) throw new Error(`unschedulable: ${scheduled.infeasibility.reasons.join('; ')}`);
  const draft: PlanDraft = {
    spec,
    route: solved.selection.route,
    legs: solved.selection.legs,
    stays: solved.selection.stays,
    days: scheduled.days,
  };
  return { draft, selection: solved.selection, validation: await validatePlan(draft, world) };
}

export function checkOf(report: Awaited<ReturnType<typeof validatePlan>>, id: string) {
  const check = report.checks.find((c) => c.id === id);
  if (!check) throw new Error(`no ${id} check in the report`);
  return check;
}

/** A stay in one city, flown or driven to from `origin`, as the meal tests plan them. */
export interface CityStay {
  origin: string;
  city: string;
  days: number;
  travellers: number;
  /** In USD. */
  budget: number;
  comfort?: ComfortTier;
}

/** planInWorld for a stay in one city, starting on 2027-07-01. */
export function planCityStay(world: WorldProvider, trip: CityStay) {
  return planInWorld(world, {
    origin: trip.origin,
    destination: { kind: 'city', city: trip.city },
    startDate: '2027-07-01',
    days: trip.days,
    travellers: trip.travellers,
    budget: { amount: trip.budget, currency: 'USD' },
    ...(trip.comfort ? { preferences: { comfort: trip.comfort } } : {}),
  });
}
