import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { createHotelsAgent } from '../../agents/hotels/hotels.agent.js';
import type { HotelsTask } from '../../agents/hotels/hotels.schema.js';
import type { IsoDate } from '../../tools/domain/common.schema.js';
import { capInQuoteCurrency } from '../../tools/domain/currency.js';
import type { Stay } from '../../tools/domain/inventory.schema.js';
import type { TripSpec } from '../../tools/domain/trip-spec.schema.js';
import type { RouteCandidate } from '../../tools/planning/planning.types.js';
import { stayDatesByCity } from '../../tools/planning/stay-dates.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { modelFor } from '../model-for.js';
import { progress } from '../progress.js';
import { runAgentInNode } from '../run-agent-node.js';
import type { AgentRunRecord, TripStateUpdate } from '../trip-state.js';

/** Per city, the most nights any candidate route spends there. */
export function nightsByCity(routes: readonly RouteCandidate[]): Map<string, number> {
  const nights = new Map<string, number>();
  for (const route of routes) {
    route.cities.forEach((city, i) => {
      nights.set(city, Math.max(nights.get(city) ?? 0, route.nights[i] ?? 0));
    });
  }
  return nights;
}

export interface HotelsNodeInput {
  spec: TripSpec;
  routes: RouteCandidate[];
  /** The request's model choice, if any. */
  model?: string;
}

/**
 * The hotels agent's shortlist for some cities, as records re-read from the world. Used by the
 * planning graph for every city and by a repair for the cities whose stay broke.
 */
export async function shortlistStays(
  deps: TripGraphDeps,
  spec: TripSpec,
  cities: readonly { city: string; nights: number; checkIn?: IsoDate; checkOut?: IsoDate }[],
  model: string | undefined,
  config: LangGraphRunnableConfig,
): Promise<{ stayOptions: Record<string, Stay[]>; record: AgentRunRecord }> {
  // The route node has refused a cap in a currency without a rate, so this is the cap or none.
  const cap = spec.constraints.maxPricePerNight;
  const maxPricePerNight = (cap && capInQuoteCurrency(cap)) ?? null;
  const task: HotelsTask = {
    travellers: spec.travellers,
    roomType: spec.constraints.roomType,
    mustAllow: spec.constraints.houseRules,
    cities: cities.map(({ city, nights, checkIn, checkOut }) =>
      checkIn && checkOut ? { city, nights, checkIn, checkOut } : { city, nights },
    ),
    budget: spec.budget?.amount ?? null,
    comfort: spec.preferences.comfort,
    maxPricePerNight,
  };
  const { output, record } = await runAgentInNode(
    deps,
    createHotelsAgent(deps),
    modelFor(deps, 'hotels', model),
    'Shortlist stays in every city of this trip.',
    task,
    config,
  );
  const stayOptions: Record<string, Stay[]> = {};
  await Promise.all(
    cities.map(async ({ city, checkIn, checkOut }) => {
      const names = new Set(output.cities.find((c) => c.city === city)?.stayNames ?? []);
      const query = { city, checkIn, checkOut, travellers: spec.travellers };
      // A hosted model may shortlist a stay above the cap; only those within it go to the solver.
      stayOptions[city] = (await deps.world.searchStays(query)).filter(
        (s) => names.has(s.name) && (maxPricePerNight === null || s.pricePerNight <= maxPricePerNight),
      );
    }),
  );
  return { stayOptions, record };
}

export function createHotelsNode(deps: TripGraphDeps) {
  return async (input: HotelsNodeInput, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    // Each city's nights as a real source books them (the sandbox prices per night and ignores them).
    const dates = stayDatesByCity(input.spec, input.routes);
    // A day trip's city has no night: nothing to shortlist there.
    const cities = [...nightsByCity(input.routes)]
      .filter(([, nights]) => nights > 0)
      .map(([city, nights]) => {
        const window = dates.get(city);
        return { city, nights, checkIn: window?.checkIn, checkOut: window?.checkOut };
      });
    // No night anywhere (a day trip): no stay to find, so the hotels agent is not asked.
    if (cities.length === 0) {
      progress(config, { type: 'node', node: 'hotels', message: 'no night to book: no stays shortlisted' });
      return { stayOptions: {} };
    }
    const { stayOptions, record } = await shortlistStays(deps, input.spec, cities, input.model, config);
    const count = Object.values(stayOptions).reduce((n, list) => n + list.length, 0);
    progress(config, {
      type: 'node',
      node: 'hotels',
      message: `${count} stays shortlisted in ${cities.length} cities`,
    });
    return { stayOptions, agentRuns: { hotels: [record] } };
  };
}
