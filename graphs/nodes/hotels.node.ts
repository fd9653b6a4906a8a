import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { createHotelsAgent } from '../../agents/hotels/hotels.agent.js';
import type { HotelsTask } from '../../agents/hotels/hotels.schema.js';
import type { Stay } from '../../tools/domain/inventory.schema.js';
import type { TripSpec } from '../../tools/domain/trip-spec.schema.js';
import type { RouteCandidate } from '../../tools/planning/planning.types.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { modelFor } from '../model-for.js';
import { progress } from '../progress.js';
import { runAgentInNode } from '../run-agent-node.js';
import type { TripStateUpdate } from '../trip-state.js';

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

export function createHotelsNode(deps: TripGraphDeps) {
  return async (input: HotelsNodeInput, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const { spec } = input;
    const nights = nightsByCity(input.routes);
    const task: HotelsTask = {
      travellers: spec.travellers,
      roomType: spec.constraints.roomType,
      mustAllow: spec.constraints.houseRules,
      cities: [...nights].map(([city, n]) => ({ city, nights: n })),
      budget: spec.budget?.amount ?? null,
    };
    const { output, record } = await runAgentInNode(
      deps,
      createHotelsAgent(deps),
      modelFor(deps, 'hotels', input.model),
      'Shortlist stays in every city of this trip.',
      task,
      config,
    );
    const stayOptions: Record<string, Stay[]> = {};
    await Promise.all(
      [...nights.keys()].map(async (city) => {
        const names = new Set(output.cities.find((c) => c.city === city)?.stayNames ?? []);
        stayOptions[city] = (await deps.world.searchStays({ city })).filter((s) => names.has(s.name));
      }),
    );
    const count = Object.values(stayOptions).reduce((n, list) => n + list.length, 0);
    progress(config, {
      type: 'node',
      node: 'hotels',
      message: `${count} stays shortlisted in ${nights.size} cities`,
    });
    return { stayOptions, agentRuns: { hotels: [record] } };
  };
}
