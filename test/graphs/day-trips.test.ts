import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { TripFields } from '../../tools/domain/trip-spec.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const searches: string[] = [];
// Counts the searches a refused day trip must not make (and a planned one's stay searches: none).
const counting: WorldProvider = {
  ...world,
  searchStays: (...args: Parameters<WorldProvider['searchStays']>) => {
    searches.push('stays');
    return world.searchStays(...args);
  },
  searchFlights: (...args: Parameters<WorldProvider['searchFlights']>) => {
    searches.push('flights');
    return world.searchFlights(...args);
  },
};
const graph = buildTripGraph({
  world: counting,
  models: offlineModels(world),
  checkpointer: new MemorySaver(),
});
const start = (request: { text?: string; fields?: TripFields }) =>
  startTrip({ graph, threadId: randomUUID() }, request, '2026-12-07');

async function refusal(request: { text?: string; fields?: TripFields }): Promise<string> {
  searches.length = 0;
  const outcome = await start(request);
  if (outcome.status !== 'failed') throw new Error(JSON.stringify(outcome));
  expect(searches).toEqual([]);
  return outcome.failure.message;
}

const DAY_TRIP: TripFields = {
  origin: 'Chicago',
  destination: { kind: 'city', city: 'Milwaukee' },
  startDate: '2026-12-12',
  days: 1,
  travellers: 2,
};

describe('day trips through the trip graph', () => {
  it('plans a day trip read from the request: out in the morning, back that evening, no night booked', async () => {
    searches.length = 0;
    const outcome = await start({
      text: 'Chicago to Milwaukee for the day on Saturday January 16 2027, 2 people, $300',
    });
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    const { plan } = outcome;
    expect(plan.summary).toMatch(
      /^1-day trip for 2 travellers from Chicago: Milwaukee \(day trip\), by self-driving/,
    );
    expect(plan.stays).toEqual([]);
    // No night anywhere: the hotels agent is not asked and no stay is searched.
    expect(searches).not.toContain('stays');
    expect(Object.keys(plan.models)).not.toContain('hotels');
    expect(
      plan.legs.map((l) => [l.day, l.from, l.to, l.mode === 'self-driving' ? l.departureTime : l.mode]),
    ).toEqual([
      [1, 'Chicago', 'Milwaukee', undefined],
      [1, 'Milwaukee', 'Chicago', '19:44'],
    ]);
    expect(plan.days).toHaveLength(1);
    expect(plan.days[0]?.lunch?.city).toBe('Milwaukee');
    expect(plan.validation.passed).toBe(true);
  });

  it('refuses a day trip with several stops, or one that does not come back, by its shape', async () => {
    const stops = await refusal({
      fields: {
        ...DAY_TRIP,
        destination: { kind: 'cities', stops: [{ city: 'Milwaukee' }, { city: 'Detroit' }] },
      },
    });
    expect(stops).toMatch(/^A day trip goes to one city and back the same day/);
    const oneWay = await refusal({ fields: { ...DAY_TRIP, tripType: 'one-way' } });
    expect(oneWay).toMatch(/^A day trip comes back to where it started the same day/);
  });
});
