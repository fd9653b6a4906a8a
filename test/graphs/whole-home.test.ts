import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });

describe('a whole home on an everyday trip', () => {
  it('is booked once, sleeping the whole party, never as several copies of one listing', async () => {
    // Before: Denver was three of a two-sleeper "Palatial residence" at $325 a night each.
    const outcome = await startTrip(
      { graph, threadId: randomUUID() },
      {
        text: 'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs, we love Mexican food',
      },
      '2026-11-24',
    );
    if (outcome.status !== 'completed') throw new Error(JSON.stringify(outcome));
    const homes = outcome.plan.stays.filter((b) => b.stay.roomType === 'Entire home/apt');
    for (const home of homes) {
      expect(home.rooms, home.stay.name).toBe(1);
      expect(home.stay.maximumOccupancy).toBeGreaterThanOrEqual(5);
    }
    // Rooms (not homes) may still be booked several at a time.
    expect(outcome.plan.stays.some((b) => b.stay.roomType === 'Private room' && b.rooms > 1)).toBe(true);
  });
});
