import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });

/** Plans `text` end to end; fails the test with the outcome when no plan comes back. */
async function plan(text: string): Promise<Plan> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { text }, '2026-12-07');
  if (outcome.status !== 'completed') throw new Error(`${text}: ${JSON.stringify(outcome)}`);
  return outcome.plan;
}

const stops = (p: Plan) => p.stays.map((s) => s.city);

// Requests that were refused ("not a known city", "No destination was found") before the third
// set of cities, planned whole now.
describe('trips to destinations the world lacked', () => {
  it('plans a honeymoon in Maui, flown from San Francisco', async () => {
    const p = await plan(
      'honeymoon in Maui for 8 nights from San Francisco starting June 12, 2 people, $10k',
    );
    expect(stops(p)).toEqual(['Maui']);
    expect(p.validation.passed).toBe(true);
  });

  it('drives Chicago to Milwaukee and Madison', async () => {
    const p = await plan('Chicago to Milwaukee and Madison, 5 days from May 3 2027, 2 people');
    expect(stops(p)).toEqual(['Milwaukee', 'Madison']);
    expect(p.validation.passed).toBe(true);
  });

  it('flies to Jackson Hole and backpacks Bangkok and Chiang Mai', async () => {
    expect(stops(await plan('Jackson Hole from Denver, 4 nights from July 10 2027, 2 adults'))).toEqual([
      'Jackson',
    ]);
    const thailand = await plan('Bangkok and Chiang Mai from Sydney, 10 days from Jan 10 2027, 1 person');
    expect(stops(thailand)).toEqual(['Bangkok', 'Chiang Mai']);
  });

  it('takes the train to Bruges, which has no airport', async () => {
    const p = await plan('Paris to Bruges for 3 nights from June 3 2027, 2 people');
    expect(stops(p)).toEqual(['Bruges']);
    expect(p.legs.map((t) => t.mode)).toEqual(['rail', 'rail']);
  });

  it('hops between islands no road joins by short flights: Honolulu and Maui, Santorini and Mykonos', async () => {
    for (const [text, cities] of [
      [
        'Honolulu and Maui for 8 days from Los Angeles, June 2027 from the 5th, 2 people, $6000',
        ['Honolulu', 'Maui'],
      ],
      [
        '10 days, Santorini and Mykonos, from London, from June 20 2027, 2 people, £3500',
        ['Santorini', 'Mykonos'],
      ],
    ] as const) {
      const p = await plan(text);
      expect(stops(p), text).toEqual(cities);
      expect(
        p.legs.map((t) => t.mode),
        text,
      ).toEqual(['flight', 'flight', 'flight']);
    }
  });

  it('flies to the Caribbean beach islands and to Angkor', async () => {
    for (const [text, city] of [
      ['Punta Cana from New York, 6 nights from Feb 13 2027, 2 people, $3,500', 'Punta Cana'],
      ['Montego Bay for a week from Atlanta, March 6 2027, couple, $4,000', 'Montego Bay'],
      ['Nassau long weekend from Miami, Jan 15-18 2027, 2 adults', 'Nassau'],
      ['Bangkok to Angkor Wat for 3 nights from Jan 20 2027, 2 people', 'Siem Reap'],
    ] as const) {
      const p = await plan(text);
      expect(stops(p), text).toEqual([city]);
      expect(
        p.legs.map((t) => t.mode),
        text,
      ).toEqual(['flight', 'flight']);
      expect(p.validation.passed, text).toBe(true);
    }
  });
});
