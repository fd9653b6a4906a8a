import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../../graphs/trip-graph.js';
import { runFromCheckpoint, startTrip } from '../../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../../support/offline-models.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const request = { text: '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500' };

describe('runFromCheckpoint', () => {
  it('plans again when a thread ended with neither a plan nor a failure (two runs raced on it)', async () => {
    const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });
    const options = { graph, threadId: randomUUID() };
    const first = await startTrip(options, request, '2026-12-07');
    expect(first.status).toBe('completed');
    // The thread's last checkpoint ends the graph but has lost its plan.
    await graph.updateState({ configurable: { thread_id: options.threadId } }, { plan: null }, 'compose');
    const snapshot = await graph.getState({ configurable: { thread_id: options.threadId } });
    expect(snapshot.next).toEqual([]);

    const outcome = await runFromCheckpoint(options, { request, today: '2026-12-07' });
    expect(outcome.status).toBe('completed');
    if (outcome.status === 'completed') expect(outcome.plan.validation.passed).toBe(true);
  });
});
