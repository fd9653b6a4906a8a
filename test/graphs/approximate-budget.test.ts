import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import { startTrip } from '../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const graph = buildTripGraph({ world, models: offlineModels(world), checkpointer: new MemorySaver() });
const plan = (text: string) => startTrip({ graph, threadId: randomUUID() }, { text }, '2026-12-07');

describe('"around $1,500" through the trip graph', () => {
  it('plans the cheapest trip a few dollars over a hedged budget, and says so; a firm one is refused', async () => {
    const trip = 'NYC to Miami this coming Friday for 3 nights, me and my girlfriend';
    const hedged = await plan(`${trip}, around 1500`);
    if (hedged.status !== 'completed') throw new Error(JSON.stringify(hedged));
    const { plan: done } = hedged;
    expect(done.cost.total).toBeGreaterThan(1500);
    expect(done.cost.total).toBeLessThanOrEqual(1650);
    expect(done.summary).toContain(' of a budget of about $1,500;');
    expect(done.validation.passed).toBe(true);
    expect(done.notHonoured).toContainEqual({
      wish: 'a budget of about $1,500',
      reason: expect.stringMatching(
        /^nothing fits within it: the cheapest complete plan costs \$1,5\d\d, \$\d+ over$/,
      ),
    });
    const firm = await plan(`${trip}, budget $1500`);
    expect(firm.status).toBe('failed');
  });
});
