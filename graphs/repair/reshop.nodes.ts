import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { hopOfLeg } from '../../tools/planning/repair/pinned-solve-input.js';
import type { Recheck } from '../../tools/planning/repair/repair.types.js';
import { stayDates } from '../../tools/planning/stay-dates.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { shortlistTransport } from '../nodes/flights.node.js';
import { shortlistStays } from '../nodes/hotels.node.js';
import { progress } from '../progress.js';
import type { RepairStateUpdate } from './repair-state.js';

/** What a re-shopping agent gets: the plan, what broke, and the request's model choice. */
export interface ReshopInput {
  basePlan: Plan;
  recheck: Recheck;
  model?: string;
}

/** The flights agent, asked only about the hops whose leg broke or got too dear (and those coupled to them). */
export function createReshopTransportNode(deps: TripGraphDeps) {
  return async (input: ReshopInput, config: LangGraphRunnableConfig): Promise<RepairStateUpdate> => {
    const { basePlan, recheck } = input;
    const legs = [...new Set([...recheck.scope.legs, ...(recheck.scope.coupledLegs ?? [])])].sort(
      (a, b) => a - b,
    );
    const hops = legs.map((i) => hopOfLeg(basePlan, basePlan.legs[i]!));
    const { hopOptions, record } = await shortlistTransport(deps, basePlan.spec, hops, input.model, config);
    const found = hopOptions.reduce((n, h) => n + h.flights.length + h.ground.length, 0);
    progress(config, {
      type: 'node',
      node: 'flights',
      message: `${found} options for ${hops.map((h) => `${h.from} → ${h.to} (day ${h.day})`).join(', ')}`,
    });
    return { hopOptions, agentRuns: { flights: [record] } };
  };
}

/** The hotels agent, asked only about the cities whose stay sold out or got too dear. */
export function createReshopStaysNode(deps: TripGraphDeps) {
  return async (input: ReshopInput, config: LangGraphRunnableConfig): Promise<RepairStateUpdate> => {
    const { basePlan, recheck } = input;
    const cities = recheck.scope.stays.map((i) => {
      const booking = basePlan.stays[i]!;
      return { city: booking.city, nights: booking.nights, ...stayDates(basePlan.spec, booking) };
    });
    const { stayOptions, record } = await shortlistStays(deps, basePlan.spec, cities, input.model, config);
    progress(config, {
      type: 'node',
      node: 'hotels',
      message: cities.map((c) => `${stayOptions[c.city]?.length ?? 0} stays in ${c.city}`).join(', '),
    });
    return { stayOptions, agentRuns: { hotels: [record] } };
  };
}
