import type { Flight, GroundRoute } from '../../tools/domain/inventory.schema.js';
import type { OfflinePolicy } from '../offline/offline-chat-model.js';
import { roundsSoFar, toolResults } from '../offline/tool-results.js';
import { readTask } from '../task-message.js';
import { SUBMIT_TRANSPORT } from './flights.agent.js';
import type { FlightsTask, TransportShortlist } from './flights.schema.js';

const SHORTLIST = 8;

/** Round 1: search every hop in parallel. Round 2: shortlist by price and submit. */
export const flightsPolicy: OfflinePolicy = (messages) => {
  const task = readTask<FlightsTask>(messages);
  const flying = !task.excludedModes.includes('flight');
  const roadModes = (['self-driving', 'taxi'] as const).filter((m) => !task.excludedModes.includes(m));
  if (roundsSoFar(messages) === 0) {
    return {
      toolCalls: task.hops.flatMap((hop) => [
        ...(flying ? [{ name: 'search_flights', args: { from: hop.from, to: hop.to, date: hop.date } }] : []),
        ...(roadModes.length > 0
          ? [{ name: 'ground_transport', args: { from: hop.from, to: hop.to, modes: roadModes } }]
          : []),
      ]),
    };
  }
  const results = toolResults(messages).filter((r) => !r.failed);
  const shortlist: TransportShortlist = {
    hops: task.hops.map((hop) => {
      const matches = (r: (typeof results)[number]) => r.args.from === hop.from && r.args.to === hop.to;
      const flights = results
        .filter((r) => r.name === 'search_flights' && matches(r) && r.args.date === hop.date)
        .flatMap((r) => (r.content as { flights: Flight[] }).flights)
        .sort((a, b) => a.price - b.price || a.departureTime.localeCompare(b.departureTime))
        .slice(0, SHORTLIST);
      const ground = results
        .filter((r) => r.name === 'ground_transport' && matches(r))
        .flatMap((r) => (r.content as { options: GroundRoute[] }).options);
      return {
        ...hop,
        flightNumbers: flights.map((f) => f.flightNumber),
        groundModes: ground.map((g) => g.mode),
      };
    }),
  };
  return { toolCalls: [{ name: SUBMIT_TRANSPORT, args: shortlist }] };
};
