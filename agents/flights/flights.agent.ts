import { createGroundTransportTool } from '../../tools/flights/ground-transport.tool.js';
import { createSearchFlightsTool } from '../../tools/flights/search-flights.tool.js';
import { createSearchTrainsTool } from '../../tools/flights/search-trains.tool.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { AgentDefinition } from '../run-agent.js';
import { TransportShortlist } from './flights.schema.js';

export const SUBMIT_TRANSPORT = 'submit_transport_options';

const SYSTEM_PROMPT = `You are the transport specialist of a trip planner.
Your job: for every hop in the task (from, to, date), find the ways to travel it.
Tools: search_flights (direct flights on a date, local times at each end, price per person), search_trains (scheduled trains on a date between nearby cities on a rail network, price per person) and ground_transport (self-driving per car of 5, taxi per taxi of 4).
Rules: never propose a mode the task excludes. Look up all hops at once with parallel tool calls; roads do not change with the date, so ask ground_transport once per pair of cities and use its answer for every hop between them.
When the task gives flightTimes (earliest departure, latest arrival, no overnight flights, most stops), shortlist the flights that honour them first; keep a few others only when none does.
When the task gives preferredModes, always look those modes up and shortlist what they offer.
A deterministic solver picks the final combination under the budget, so shortlist every sensible option: up to 8 flights per hop (cheapest and best-timed), up to 6 trains per hop and every available road mode.
Finish by calling ${SUBMIT_TRANSPORT} with one entry per hop, in task order.`;

export function createFlightsAgent(deps: {
  world: WorldProvider;
}): AgentDefinition<typeof TransportShortlist> {
  return {
    name: 'flights',
    systemPrompt: SYSTEM_PROMPT,
    tools: [createSearchFlightsTool(deps), createSearchTrainsTool(deps), createGroundTransportTool(deps)],
    submit: {
      name: SUBMIT_TRANSPORT,
      description: 'Submit the shortlisted transport options for every hop.',
      schema: TransportShortlist,
    },
  };
}
