import { randomUUID } from 'node:crypto';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { emptyCheckpoint } from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckpointSaverError } from '../../../src/checkpoint/checkpoint-saver-error.js';
import { RedisCheckpointSaver } from '../../../src/checkpoint/redis-checkpoint-saver.js';
import { deleteKeysUnder, testRedis, uniquePrefix } from '../../support/redis.js';

const State = Annotation.Root({
  steps: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

describe('checkpoint writes batched per step', () => {
  let redis: Redis;
  let prefix: string;
  let transactions: number;

  beforeEach(() => {
    redis = testRedis();
    prefix = uniquePrefix('cp-batch');
    transactions = 0;
    // Count the transactions the saver sends (the shared test Redis's own stats see other tests).
    const multi = redis.multi.bind(redis);
    redis.multi = ((...args: Parameters<typeof multi>) => {
      transactions += 1;
      return multi(...args);
    }) as typeof redis.multi;
  });

  afterEach(async () => {
    await deleteKeysUnder(redis, prefix);
    await redis.quit();
  });

  it("a step's pending writes travel with its checkpoint: one transaction per checkpoint", async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix });
    const graph = new StateGraph(State)
      .addNode('a', () => ({ steps: ['a'] }))
      .addNode('b', () => ({ steps: ['b'] }))
      .addNode('c', () => ({ steps: ['c'] }))
      .addEdge(START, 'a')
      .addEdge('a', 'b')
      .addEdge('b', 'c')
      .addEdge('c', END)
      .compile({ checkpointer: saver });
    const config = { configurable: { thread_id: randomUUID() } };

    const result = await graph.invoke({ steps: [] }, { ...config, durability: 'sync' });

    expect(result.steps).toEqual(['a', 'b', 'c']);
    let checkpoints = 0;
    let writes = 0;
    for await (const tuple of saver.list(config)) {
      checkpoints += 1;
      writes += tuple.pendingWrites?.length ?? 0;
    }
    expect(writes).toBeGreaterThan(0); // the writes were stored, not dropped
    expect(checkpoints).toBe(5); // input, START, a, b, c
    expect(transactions).toBe(checkpoints);
  });

  it('a read waits for writes still queued: getTuple right after an unawaited put sees it', async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix });
    const threadId = randomUUID();
    const checkpoint = { ...emptyCheckpoint(), id: '1ef00000-0000-6000-8000-000000000001' };
    const put = saver.put(
      { configurable: { thread_id: threadId, checkpoint_ns: '' } },
      checkpoint,
      { source: 'input', step: -1, parents: {} },
      {},
    );
    // No await on the put: the read must still find it.
    const [tuple] = await Promise.all([saver.getTuple({ configurable: { thread_id: threadId } }), put]);
    expect(tuple?.checkpoint.id).toBe(checkpoint.id);
  });

  it('a failed transaction rejects every write batched in it, with a CheckpointSaverError', async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix });
    const threadId = randomUUID();
    const id = '1ef00000-0000-6000-8000-000000000002';
    const config = { configurable: { thread_id: threadId, checkpoint_ns: '', checkpoint_id: id } };
    // The writes hash's key holds a string: HSETNX fails inside the transaction.
    await redis.set(`${prefix}cp:{${threadId}}::w:${id}`, 'not a hash');

    const results = await Promise.allSettled([
      saver.putWrites(config, [['steps', ['x']]], 'task-1'),
      saver.put(
        config,
        { ...emptyCheckpoint(), id: `${id.slice(0, -1)}3` },
        { source: 'loop', step: 0, parents: {} },
        {},
      ),
    ]);

    expect(transactions).toBe(1);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      if (result.status === 'rejected') expect(isCheckpointSaverError(result.reason)).toBe(true);
    }
  });

  it('writes alongside travel with the checkpoint in one transaction, and fail only themselves', async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix });
    const threadId = randomUUID();
    const id = '1ef00000-0000-6000-8000-000000000004';
    const events = `${prefix}events:{${threadId}}`;
    const wrongType = `${prefix}usage:{${threadId}}`;
    await redis.set(wrongType, 'not a hash');
    transactions = 0;

    const [put, line, broken] = await Promise.allSettled([
      saver.put(
        { configurable: { thread_id: threadId, checkpoint_ns: '' } },
        { ...emptyCheckpoint(), id },
        { source: 'loop', step: 0, parents: {} },
        {},
      ),
      saver.writeAlongside(threadId, (multi) => multi.xadd(events, '*', 'e', 'step done')),
      saver.writeAlongside(threadId, (multi) => multi.hincrby(wrongType, 'calls', 1)),
    ]);

    expect(transactions).toBe(1);
    expect(put.status).toBe('fulfilled');
    expect(line.status).toBe('fulfilled');
    expect(broken.status).toBe('rejected');
    if (broken.status === 'rejected') expect(isCheckpointSaverError(broken.reason)).toBe(true);
    expect(await redis.xlen(events)).toBe(1);
    expect((await saver.getTuple({ configurable: { thread_id: threadId } }))?.checkpoint.id).toBe(id);
    await redis.unlink(events, wrongType);
  });
});
