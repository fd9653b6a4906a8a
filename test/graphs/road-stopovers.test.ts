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
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { fields }, '2026-12-07');
  if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
  return outcome.plan;
}

describe('a road trip longer than a day at the wheel, through the trip graph', () => {
  it('drives Austin → Nashville → Memphis with a night in New Orleans, and the summary says so', async () => {
    const p = await plan({
      origin: 'Austin',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Nashville', nights: null },
          { city: 'Memphis', nights: null },
        ],
      },
      startDate: '2027-04-10',
      days: 7,
      travellers: 2,
      budget: { amount: 2200, currency: 'USD' },
      preferences: { preferredModes: ['self-driving'] },
    });
    expect(p.legs.every((l) => l.mode === 'self-driving')).toBe(true);
    expect(p.route.stopovers?.map((s) => s.city)).toEqual(['New Orleans']);
    expect(p.summary).toContain(
      'Nashville (3 nights) → Memphis (2 nights), with a night in New Orleans on the way',
    );
    expect(p.notHonoured.filter((n) => n.wish === 'driving ourselves')).toEqual([]);
    // The day it arrives there says why the party sleeps in a town it did not ask for.
    const night = p.days.find((d) => d.city === 'New Orleans');
    expect(night?.notes.some((n) => n.startsWith('a night in New Orleans on the way'))).toBe(true);
    expect(p.validation.passed).toBe(true);
  });
});
