import type { Flight, GroundRoute, Train } from '../../tools/domain/inventory.schema.js';
import { type FlightTimes, NO_FLIGHT_TIMES } from '../../tools/domain/trip-spec.schema.js';
import { flightTimeBreaches, hasFlightTimes } from '../../tools/planning/flight-times.js';
import { compareText } from '../../tools/planning/names.js';
import type { OfflinePolicy } from '../offline/offline-chat-model.js';
import { roundsSoFar, type ToolResult, toolResults } from '../offline/tool-results.js';
import { readTask } from '../task-message.js';
import { SUBMIT_TRANSPORT } from './flights.agent.js';
import type { FlightsTask, TransportShortlist } from './flights.schema.js';

const SHORTLIST = 8;
const TRAIN_SHORTLIST = 6;

/**
 * Round 1: search every hop in parallel (flights and trains per hop, roads per pair of cities).
 * Round 2: shortlist and submit:
 * flights honouring the flight-time wishes first, then by price; trains by price.
 */
export const flightsPolicy: OfflinePolicy = (messages) => {
  const task = readTask<FlightsTask>(messages);
  const flying = !task.excludedModes.includes('flight');
  const railing = !task.excludedModes.includes('rail');
  const roadModes = (['self-driving', 'taxi'] as const).filter((m) => !task.excludedModes.includes(m));
  if (roundsSoFar(messages) === 0) {
    // Roads do not change with the date: each pair of cities is asked once, however many days
    // its hop is tried on (a 3-city trip tries 42 hops between 18 pairs).
    const roadsAsked = new Set<string>();
    const roads = (hop: FlightsTask['hops'][number]) => {
      const pair = queryKey([hop.from, hop.to]);
      if (roadModes.length === 0 || roadsAsked.has(pair)) return [];
      roadsAsked.add(pair);
      return [{ name: 'ground_transport', args: { from: hop.from, to: hop.to, modes: roadModes } }];
    };
    return {
      toolCalls: task.hops.flatMap((hop) => [
        ...(flying
          ? [
              {
                name: 'search_flights',
                args: { from: hop.from, to: hop.to, date: hop.date, travellers: task.travellers },
              },
            ]
          : []),
        ...(railing ? [{ name: 'search_trains', args: { from: hop.from, to: hop.to, date: hop.date } }] : []),
        ...roads(hop),
      ]),
    };
  }
  const times = task.flightTimes ?? NO_FLIGHT_TIMES;
  const breaks = breachCounter(times);
  // One pass over the results, not three per hop: a 3-city trip searches ~40 hops, 3 tools each.
  const found = resultsByQuery(toolResults(messages).filter((r) => !r.failed));
  const shortlist: TransportShortlist = {
    hops: task.hops.map((hop) => {
      const flights = found(['search_flights', hop.from, hop.to, hop.date])
        .flatMap((r) => (r.content as { flights: Flight[] }).flights)
        .sort(
          (a, b) =>
            breaks(a) - breaks(b) || a.price - b.price || compareText(a.departureTime, b.departureTime),
        )
        .slice(0, SHORTLIST);
      const trains = found(['search_trains', hop.from, hop.to, hop.date])
        .flatMap((r) => (r.content as { trains: Train[] }).trains)
        .sort((a, b) => a.price - b.price || compareText(a.departureTime, b.departureTime))
        .slice(0, TRAIN_SHORTLIST);
      const ground = found(['ground_transport', hop.from, hop.to]).flatMap(
        (r) => (r.content as { options: GroundRoute[] }).options,
      );
      return {
        ...hop,
        flightNumbers: flights.map((f) => f.flightNumber),
        trainNumbers: trains.map((t) => t.trainNumber),
        groundModes: ground.map((g) => g.mode),
      };
    }),
  };
  return { toolCalls: [{ name: SUBMIT_TRANSPORT, args: shortlist }] };
};

/**
 * 1 for a flight breaking a flight-time wish, else 0: worked out once per flight rather than in
 * every comparison of the sort, and not at all without wishes.
 */
function breachCounter(times: FlightTimes): (flight: Flight) => number {
  if (!hasFlightTimes(times)) return () => 0;
  const known = new Map<Flight, number>();
  return (flight) => {
    let breaks = known.get(flight);
    if (breaks === undefined) {
      breaks = flightTimeBreaches(flight, times).length > 0 ? 1 : 0;
      known.set(flight, breaks);
    }
    return breaks;
  };
}

/**
 * The results of one query, in conversation order: tool name, from, to and (for the dated
 * searches) date, exactly as they were asked.
 */
function resultsByQuery(results: readonly ToolResult[]): (query: readonly unknown[]) => ToolResult[] {
  const groups = new Map<string, ToolResult[]>();
  for (const r of results) {
    const { from, to, date } = r.args;
    const key = queryKey(r.name === 'ground_transport' ? [r.name, from, to] : [r.name, from, to, date]);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return (query) => groups.get(queryKey(query)) ?? [];
}

/** Names, places and dates never hold a NUL, so joined by one they stay apart. */
function queryKey(query: readonly unknown[]): string {
  return query.map(String).join('\u0000');
}
