import type { Flight, GroundRoute, Train } from '../../tools/domain/inventory.schema.js';
import { NO_FLIGHT_TIMES } from '../../tools/domain/trip-spec.schema.js';
import { flightTimeBreaches } from '../../tools/planning/flight-times.js';
import type { OfflinePolicy } from '../offline/offline-chat-model.js';
import { roundsSoFar, toolResults } from '../offline/tool-results.js';
import { readTask } from '../task-message.js';
import { SUBMIT_TRANSPORT } from './flights.agent.js';
import type { FlightsTask, TransportShortlist } from './flights.schema.js';

const SHORTLIST = 8;
const TRAIN_SHORTLIST = 6;

/**
 * Round 1: search every hop in parallel (flights, trains, roads). Round 2: shortlist and submit:
 * flights honouring the flight-time wishes first, then by price; trains by price.
 */
export const flightsPolicy: OfflinePolicy = (messages) => {
  const task = readTask<FlightsTask>(messages);
  const flying = !task.excludedModes.includes('flight');
  const railing = !task.excludedModes.includes('rail');
  const roadModes = (['self-driving', 'taxi'] as const).filter((m) => !task.excludedModes.includes(m));
  if (roundsSoFar(messages) === 0) {
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
        ...(roadModes.length > 0
          ? [{ name: 'ground_transport', args: { from: hop.from, to: hop.to, modes: roadModes } }]
          : []),
      ]),
    };
  }
  const times = task.flightTimes ?? NO_FLIGHT_TIMES;
  const breaks = (f: Flight): number => (flightTimeBreaches(f, times).length > 0 ? 1 : 0);
  const results = toolResults(messages).filter((r) => !r.failed);
  const shortlist: TransportShortlist = {
    hops: task.hops.map((hop) => {
      const matches = (r: (typeof results)[number]) => r.args.from === hop.from && r.args.to === hop.to;
      const onDate = (name: string) => (r: (typeof results)[number]) =>
        r.name === name && matches(r) && r.args.date === hop.date;
      const flights = results
        .filter(onDate('search_flights'))
        .flatMap((r) => (r.content as { flights: Flight[] }).flights)
        .sort(
          (a, b) =>
            breaks(a) - breaks(b) || a.price - b.price || a.departureTime.localeCompare(b.departureTime),
        )
        .slice(0, SHORTLIST);
      const trains = results
        .filter(onDate('search_trains'))
        .flatMap((r) => (r.content as { trains: Train[] }).trains)
        .sort((a, b) => a.price - b.price || a.departureTime.localeCompare(b.departureTime))
        .slice(0, TRAIN_SHORTLIST);
      const ground = results
        .filter((r) => r.name === 'ground_transport' && matches(r))
        .flatMap((r) => (r.content as { options: GroundRoute[] }).options);
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
