import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { TripFields } from '../../tools/domain/trip-spec.schema.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });

async function plan(fields: TripFields): Promise<Plan> {
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { fields }, '2026-11-24');
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

describe('notes the itinerary writer repeats', () => {
  it('says a wet city’s rain-gear note once per stay, not on every day there', async () => {
    // Seattle in mid-January: a 70% chance of rain, so the writer notes rain gear for the city.
    const p = await plan({
      origin: 'Los Angeles',
      destination: { kind: 'cities', stops: [{ city: 'Seattle' }, { city: 'Vancouver' }] },
      startDate: '2027-01-15',
      days: 7,
      travellers: 2,
      budget: { amount: 6000, currency: 'USD' },
    });
    const rainy = (city: string) =>
      p.days.filter((d) => d.notes.some((n) => n.startsWith(`Pack rain gear in ${city}`))).map((d) => d.day);
    expect(rainy('Seattle')).toHaveLength(1);
    expect(rainy('Vancouver')).toHaveLength(1);
    // The note opens each stay: the first day spent in that city.
    expect(rainy('Seattle')).toEqual([p.days.find((d) => d.city === 'Seattle')!.day]);
    expect(rainy('Vancouver')).toEqual([p.days.find((d) => d.city === 'Vancouver')!.day]);
  });
});
