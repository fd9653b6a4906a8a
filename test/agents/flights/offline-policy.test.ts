import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import type { FlightsTask, TransportShortlist } from '../../../agents/flights/flights.schema.js';
import { flightsPolicy } from '../../../agents/flights/offline-policy.js';
import { taskMessage } from '../../../agents/task-message.js';
import { createGroundTransportTool } from '../../../tools/flights/ground-transport.tool.js';
import { createSearchFlightsTool } from '../../../tools/flights/search-flights.tool.js';
import { createSearchTrainsTool } from '../../../tools/flights/search-trains.tool.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const tools = new Map([
  ['search_flights', createSearchFlightsTool({ world })],
  ['search_trains', createSearchTrainsTool({ world })],
  ['ground_transport', createGroundTransportTool({ world })],
]);

/** Runs the policy's first round against the real tools and returns its submitted shortlist. */
async function shortlist(task: FlightsTask): Promise<{ calls: string[]; submitted: TransportShortlist }> {
  const messages = [taskMessage('Find the transport options for every hop of this trip.', task)];
  const first = flightsPolicy(messages);
  const ai = new AIMessage({
    content: '',
    tool_calls: first.toolCalls.map((c, i) => ({ id: `call-${i}`, name: c.name, args: c.args })),
  });
  const answers = await Promise.all(
    first.toolCalls
      .filter((c) => tools.has(c.name))
      .map(async (c) => {
        const i = first.toolCalls.indexOf(c);
        const content = String(await tools.get(c.name)!.invoke(c.args as never));
        return new ToolMessage({ content, tool_call_id: `call-${i}` });
      }),
  );
  const second = flightsPolicy([...messages, ai, ...answers]);
  return {
    calls: first.toolCalls.map((c) => c.name),
    submitted: second.toolCalls[0]!.args as TransportShortlist,
  };
}

describe('transport specialist offline policy', () => {
  it('searches trains with its own tool and shortlists them', async () => {
    const { calls, submitted } = await shortlist({
      travellers: 2,
      excludedModes: ['self-driving', 'taxi'],
      hops: [{ from: 'Paris', to: 'Lyon', date: '2027-05-12' }],
    });
    expect(calls).toEqual(['search_flights', 'search_trains']);
    expect(submitted.hops[0]!.trainNumbers.length).toBeGreaterThanOrEqual(3);
    expect(submitted.hops[0]!.trainNumbers.every((n) => n.startsWith('TGV '))).toBe(true);
  });

  it('asks for no trains when rail is excluded', async () => {
    const { calls, submitted } = await shortlist({
      travellers: 1,
      excludedModes: ['rail', 'self-driving', 'taxi'],
      hops: [{ from: 'Paris', to: 'Lyon', date: '2027-05-12' }],
    });
    expect(calls).toEqual(['search_flights']);
    expect(submitted.hops[0]!.trainNumbers).toEqual([]);
  });

  it('puts flights honouring the flight-time wishes first, keeping others only behind them', async () => {
    const hop = { from: 'Los Angeles', to: 'New York', date: '2027-04-09' };
    const flights = await world.searchFlights(hop);
    const { submitted } = await shortlist({
      travellers: 1,
      excludedModes: ['rail', 'self-driving', 'taxi'],
      flightTimes: { earliestDeparture: '09:00', latestArrival: null, noOvernight: true, maxStops: null },
      hops: [hop],
    });
    const numbers = submitted.hops[0]!.flightNumbers;
    const fits = (n: string) => {
      const f = flights.find((x) => x.flightNumber === n)!;
      return f.departureTime >= '09:00' && f.arrivalDate === f.date;
    };
    const firstMisfit = numbers.findIndex((n) => !fits(n));
    expect(numbers.filter(fits).length).toBeGreaterThan(0);
    if (firstMisfit >= 0) expect(numbers.slice(firstMisfit).every((n) => !fits(n))).toBe(true);
    expect(fits(numbers[0]!)).toBe(true);
  });

  it('asks for the roads between two cities once, whatever days their hop is tried on', async () => {
    const { calls, submitted } = await shortlist({
      travellers: 2,
      excludedModes: ['flight', 'rail'],
      hops: [
        { from: 'Denver', to: 'Boulder', date: '2027-05-12' },
        { from: 'Denver', to: 'Boulder', date: '2027-05-13' },
        { from: 'Boulder', to: 'Denver', date: '2027-05-14' },
      ],
    });
    expect(calls).toEqual(['ground_transport', 'ground_transport']);
    // Every hop still gets the pair's roads, each mode once.
    for (const hop of submitted.hops) expect(hop.groundModes).toEqual(['self-driving', 'taxi']);
  });
});
