import { randomUUID } from 'node:crypto';
import type { RunnableConfig } from '@langchain/core/runnables';
import { MemorySaver } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../../graphs/trip-graph.js';
import type { TripStateValue } from '../../../graphs/trip-state.js';
import { startTrip } from '../../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../../support/offline-models.js';

/** A MemorySaver that counts the checkpoints read back. */
class CountingSaver extends MemorySaver {
  reads = 0;
  override async getTuple(config: RunnableConfig) {
    this.reads += 1;
    return super.getTuple(config);
  }
}

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);

async function run(text: string) {
  const checkpointer = new CountingSaver();
  const graph = buildTripGraph({ world, models, checkpointer });
  const threadId = randomUUID();
  let final: TripStateValue | undefined;
  const outcome = await startTrip(
    { graph, threadId, onFinalState: (state) => (final = state) },
    { text },
    '2026-12-07',
  );
  const stored = (await graph.getState({ configurable: { thread_id: threadId } })).values as TripStateValue;
  return { outcome, final, stored, reads: checkpointer.reads - 1 };
}

describe('a run’s outcome', () => {
  it('is read from the run itself, not from its checkpoint afterwards, and is what the checkpoint holds', async () => {
    const { outcome, final, stored, reads } = await run(
      '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
    );
    // The one read is LangGraph's own, as the run starts.
    expect(reads).toBe(1);
    expect(outcome.status).toBe('completed');
    if (outcome.status !== 'completed') return;
    expect(JSON.stringify(outcome.plan)).toBe(JSON.stringify(stored.plan));
    expect(JSON.stringify(final?.agentRuns)).toBe(JSON.stringify(stored.agentRuns));
  });

  it('is the question when the run stopped to ask one', async () => {
    const { outcome, final, reads } = await run('a weekend away, 2 people');
    expect(reads).toBe(1);
    expect(outcome.status).toBe('needs_input');
    if (outcome.status !== 'needs_input') return;
    expect(outcome.question.problems.length + outcome.question.missing.length).toBeGreaterThan(0);
    expect(final?.plan).toBeNull();
  });
});
