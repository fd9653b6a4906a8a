import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_NAME } from '../../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../../agents/offline/offline-policies.js';
import type { AgentModel } from '../../../graphs/graph-deps.js';
import { buildTripGraph } from '../../../graphs/trip-graph.js';
import { runFromCheckpoint, startTrip } from '../../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });
const offline = createOfflineModel({
  gazetteer: { cities: world.listCities(), regions: world.listRegions() },
});
const agentModel: AgentModel = { model: offline, name: OFFLINE_MODEL_NAME };
const models = { intake: agentModel, flights: agentModel, hotels: agentModel, itinerary: agentModel };
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
