import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { budgetInQuoteCurrency, supportedCurrencies } from '../../tools/domain/currency.js';
import type { CityInfo } from '../../tools/domain/inventory.schema.js';
import { candidateRoutes } from '../../tools/planning/route-candidates.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { progress } from '../progress.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';

function fail(message: string, code: 'unknown-place' | 'infeasible' = 'unknown-place'): TripStateUpdate {
  return { failure: { code, message, reasons: [message] } };
}

/** Chooses and orders candidate cities (for a region) and the nights in each. */
export function createRouteNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const spec = state.spec;
    if (!spec) throw new Error('route ran without a spec');
    const origin = deps.world.resolveCity(spec.origin);
    if (!origin) return fail(`We cannot plan trips from "${spec.origin}": it is not a city we know.`);

    let cities: readonly CityInfo[];
    if (spec.destination.kind === 'city') {
      const city = deps.world.resolveCity(spec.destination.city);
      if (!city) return fail(`We cannot plan trips to "${spec.destination.city}": it is not a city we know.`);
      if (city.name === origin.name)
        return fail(`The destination ${city.name} is the origin itself.`, 'infeasible');
      cities = [city];
    } else if (spec.destination.kind === 'cities') {
      // Named multi-city routes are planned by the trip-model work (issue 12); refused until then.
      return fail('Routes through named cities are not supported yet.');
    } else {
      const { region, cityCount } = spec.destination;
      cities = deps.world.citiesInRegion(region).filter((c) => c.name !== origin.name);
      if (cities.length === 0) return fail(`"${region}" is not a region we can plan.`);
      if (cities.length < cityCount) {
        return fail(
          `${region} has only ${cities.length} cities we can plan besides ${origin.name}; ask for at most ${cities.length}.`,
          'infeasible',
        );
      }
    }
    const budget = spec.budget && budgetInQuoteCurrency(spec.budget);
    if (spec.budget && !budget) {
      return fail(
        `Budgets in ${spec.budget.currency} are not supported; use one of ${supportedCurrencies().join(', ')}.`,
      );
    }
    const destination =
      spec.destination.kind === 'city'
        ? { kind: 'city' as const, city: cities[0]?.name ?? spec.destination.city }
        : spec.destination;
    const normalized = { ...spec, origin: origin.name, destination, budget: budget ?? null };
    const routes = candidateRoutes(normalized, cities, { origin });
    if (routes.length === 0) {
      return fail(
        `No route fits ${spec.days} days; each visited city needs at least one night.`,
        'infeasible',
      );
    }
    progress(config, {
      type: 'node',
      node: 'route',
      message: `${routes.length} candidate routes, e.g. ${routes[0]?.cities.join(' → ')}`,
    });
    return { spec: normalized, routes };
  };
}
