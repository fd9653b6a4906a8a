import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTripGraph } from '../../../graphs/trip-graph.js';
import { RedisCheckpointSaver } from '../../../src/checkpoint/redis-checkpoint-saver.js';
import { leanThread, WORKING_CHANNELS } from '../../../src/planner/lean-thread.js';
import { resumeTrip, runFromCheckpoint, startTrip } from '../../../src/planner/run-trip-graph.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { offlineModels } from '../../support/offline-models.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';

const world = createSandboxWorld({ seed: 1 });
const models = offlineModels(world);
const TODAY = '2026-11-24';
const request = { text: '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500' };
/** Asks about the start date (in the past), then plans the same trip as `request` from the answer. */
const asking = { text: '3 days from Chicago to Nashville, June 4-6 2024, 2 people, budget $2,500' };

let redis: Redis;
let saver: RedisCheckpointSaver;
beforeAll(() => {
  redis = testRedis();
  saver = new RedisCheckpointSaver({ redis, prefix: uniquePrefix('lean') });
});
afterAll(async () => {
  await redis.quit();
});

const redisRun = () => ({
  graph: buildTripGraph({ world, models, checkpointer: saver }),
  threadId: randomUUID(),
});
const memoryRun = () => ({
  graph: buildTripGraph({ world, models, checkpointer: new MemorySaver() }),
  threadId: randomUUID(),
});

async function checkpointsOf(threadId: string): Promise<number> {
  let n = 0;
  for await (const _ of saver.list({ configurable: { thread_id: threadId } })) n += 1;
  return n;
}

describe('a trip thread at the end of its run', () => {
  it('keeps one checkpoint without the working channels, and the same plan as without pruning', async () => {
    const run = redisRun();
    const lean = await startTrip(run, request, TODAY);
    const whole = await startTrip(memoryRun(), request, TODAY);
    if (lean.status !== 'completed' || whole.status !== 'completed') throw new Error(lean.status);
    expect(JSON.stringify(lean.plan)).toBe(JSON.stringify(whole.plan));

    expect(await checkpointsOf(run.threadId)).toBe(1);
    const stored = await saver.getTuple({ configurable: { thread_id: run.threadId } });
    for (const channel of WORKING_CHANNELS)
      expect(stored?.checkpoint.channel_values).not.toHaveProperty(channel);
    const { values } = await run.graph.getState({ configurable: { thread_id: run.threadId } });
    expect(values.plan).toEqual(lean.plan);
    expect(Object.keys(values.agentRuns).length).toBeGreaterThan(0);

    // A job retried after the run (its worker died before recording it) reports the same plan.
    const again = await runFromCheckpoint(run, { request, today: TODAY });
    expect(again).toEqual(lean);
  });

  it('that asked a question keeps what the resume reads, and the resumed plan is the same', async () => {
    const run = redisRun();
    const first = await startTrip(run, asking, TODAY);
    if (first.status !== 'needs_input') throw new Error(first.status);
    expect(await checkpointsOf(run.threadId)).toBe(1);

    const done = await resumeTrip(run, { text: 'June 4 2027' });
    const reference = memoryRun();
    await startTrip(reference, asking, TODAY);
    const expected = await resumeTrip(reference, { text: 'June 4 2027' });
    if (done.status !== 'completed' || expected.status !== 'completed') throw new Error(done.status);
    expect(JSON.stringify(done.plan)).toBe(JSON.stringify(expected.plan));
    expect(await checkpointsOf(run.threadId)).toBe(1);
  });

  it('once its outcome is recorded is gone', async () => {
    const run = { ...redisRun(), pruneAtEnd: false };
    const done = await startTrip(run, request, TODAY);
    if (done.status !== 'completed') throw new Error(done.status);
    expect(await checkpointsOf(run.threadId)).toBeGreaterThan(1);

    await leanThread(saver, run.threadId, 'recorded');
    expect(await checkpointsOf(run.threadId)).toBe(0);
    expect(await saver.threadBytes(run.threadId)).toBe(0);
  });
});
