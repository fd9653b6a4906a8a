import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { createFlightsAgent } from '../../agents/flights/flights.agent.js';
import type { FlightsTask } from '../../agents/flights/flights.schema.js';
import type { GroundRoute } from '../../tools/domain/inventory.schema.js';
import type { TripSpec } from '../../tools/domain/trip-spec.schema.js';
import type { Hop, HopOptions, RouteCandidate } from '../../tools/planning/planning.types.js';
import { hopsOf } from '../../tools/planning/route-candidates.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { modelFor } from '../model-for.js';
import { progress } from '../progress.js';
import { runAgentInNode } from '../run-agent-node.js';
import type { AgentRunRecord, TripStateUpdate } from '../trip-state.js';
import { searchingOnce } from './flights-searches.js';

/** Every distinct hop of every candidate route (a hop is the same journey on the same day). */
export function distinctHops(spec: TripSpec, routes: readonly RouteCandidate[]): Hop[] {
  const byKey = new Map<string, Hop>();
  for (const route of routes) {
    for (const hop of hopsOf(spec, route)) byKey.set(`${hop.from}|${hop.to}|${hop.date}`, hop);
  }
  return [...byKey.values()];
}

export interface FlightsNodeInput {
  spec: TripSpec;
  routes: RouteCandidate[];
  /** The request's model choice, if any. */
  model?: string;
}

/**
 * The flights agent's shortlist for some hops, as records re-read from the world (so only real
 * options survive). Used by the planning graph for every hop and by a repair for the broken ones.
 */
export async function shortlistTransport(
  deps: TripGraphDeps,
  spec: TripSpec,
  hops: readonly Hop[],
  model: string | undefined,
  config: LangGraphRunnableConfig,
): Promise<{ hopOptions: HopOptions[]; record: AgentRunRecord }> {
  const task: FlightsTask = {
    travellers: spec.travellers,
    // TravelPlanner trips keep the benchmark's three modes: the agent is not sent to look for trains.
    excludedModes:
      spec.ruleset === 'travelplanner'
        ? [...new Set([...spec.constraints.excludedModes, 'rail' as const])]
        : spec.constraints.excludedModes,
    flightTimes: spec.constraints.flightTimes,
    preferredModes: spec.preferences.preferredModes,
    hops: hops.map(({ from, to, date }) => ({ from, to, date })),
  };
  const world = searchingOnce(deps.world);
  const { output, record } = await runAgentInNode(
    deps,
    createFlightsAgent({ world }),
    modelFor(deps, 'flights', model),
    'Find the transport options for every hop of this trip.',
    task,
    config,
  );
  const excluded = new Set(spec.constraints.excludedModes);
  const hopOptions: HopOptions[] = await Promise.all(
    hops.map(async (hop) => {
      const chosen = output.hops.find((h) => h.from === hop.from && h.to === hop.to && h.date === hop.date);
      if (!chosen) return { hop, flights: [], ground: [], trains: [] };
      const hopQuery = { from: hop.from, to: hop.to, date: hop.date };
      const flights = excluded.has('flight')
        ? []
        : (await world.searchFlights({ ...hopQuery, travellers: spec.travellers })).filter((f) =>
            chosen.flightNumbers.includes(f.flightNumber),
          );
      const ground = (
        await Promise.all(
          chosen.groundModes
            .filter((mode) => !excluded.has(mode))
            .map((mode) => world.groundRoute({ from: hop.from, to: hop.to, mode })),
        )
      ).filter((g): g is GroundRoute => g !== undefined);
      const trains =
        excluded.has('rail') || chosen.trainNumbers.length === 0
          ? []
          : (await world.searchTrains({ ...hopQuery, travellers: spec.travellers })).filter((t) =>
              chosen.trainNumbers.includes(t.trainNumber),
            );
      return { hop, flights, ground, trains };
    }),
  );
  return { hopOptions, record };
}

/** The flights agent shortlists options for every distinct hop of every candidate route. */
export function createFlightsNode(deps: TripGraphDeps) {
  return async (input: FlightsNodeInput, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const hops = distinctHops(input.spec, input.routes);
    const { hopOptions, record } = await shortlistTransport(deps, input.spec, hops, input.model, config);
    const options = hopOptions.reduce(
      (n, h) => n + h.flights.length + h.ground.length + (h.trains?.length ?? 0),
      0,
    );
    progress(config, {
      type: 'node',
      node: 'flights',
      message: `${options} transport options for ${hops.length} hops`,
    });
    return { hopOptions, agentRuns: { flights: [record] } };
  };
}
