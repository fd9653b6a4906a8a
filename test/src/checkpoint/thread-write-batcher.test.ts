import { randomUUID } from 'node:crypto';
import { Annotation, Command, END, interrupt, START, StateGraph } from '@langchain/langgraph';
import { emptyCheckpoint } from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckpointSaverError } from '../../../src/checkpoint/checkpoint-saver-error.js';
import { PlainJsonSerializer } from '../../../src/checkpoint/plain-json-serde.js';
import { RedisCheckpointSaver } from '../../../src/checkpoint/redis-checkpoint-saver.js';
import { deleteKeysUnder, testRedis, uniquePrefix } from '../../support/redis.js';

const State = Annotation.Root({
  steps: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

/** Lets the event loop turn `n` times: a batch queued before it has been sent by then. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** The pending writes stored for each checkpoint of a thread, newest checkpoint first. */
async function storedWrites(saver: RedisCheckpointSaver, threadId: string) {
  const found: { step: number | undefined; writes: [string, string, unknown][] }[] = [];
  for await (const tuple of saver.list({ configurable: { thread_id: threadId } }))
    found.push({ step: tuple.metadata?.step, writes: tuple.pendingWrites ?? [] });
  return found;
}

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

  it("a step's pending writes travel with its checkpoint: one transaction per checkpoint, MemorySaver's history", async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix });
    const graph = new StateGraph(State)
      .addNode('a', () => ({ steps: ['a'] }))
      .addNode('b', () => ({ steps: ['b'] }))
      .addEdge(START, 'a')
      .addEdge('a', 'b')
      .addEdge('b', END)
      .compile({ checkpointer: saver });
    const config = { configurable: { thread_id: randomUUID() } };

    await graph.invoke({ steps: [] }, { ...config, durability: 'sync' });

    const stored = await storedWrites(saver, config.configurable.thread_id);
    expect(transactions).toBe(stored.length);
    // Every step's writes stay, as MemorySaver keeps them: the history shows what each task wrote.
    expect(stored.filter((s) => s.writes.length > 0).map((s) => s.step)).toEqual([1, 0, -1]);
  });

  it("lean history: a step's last writes travel with its checkpoint, which holds them, and are not kept", async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix, leanHistory: true });
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
    const stored = await storedWrites(saver, config.configurable.thread_id);
    expect(stored).toHaveLength(5); // input, START, a, b, c
    expect(transactions).toBe(stored.length);
    // Each step's writes went in the transaction of the checkpoint that applied them: none kept.
    // The input's are stored with the input checkpoint, a transaction before the first step's.
    expect(stored.filter((s) => s.writes.length > 0).map((s) => s.step)).toEqual([-1]);
    expect((await graph.getState(config)).values.steps).toEqual(['a', 'b', 'c']);
  });

  it('lean history: a task that finishes before the rest of its step keeps its writes', async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix, leanHistory: true });
    const graph = new StateGraph(State)
      .addNode('fast', () => ({ steps: ['fast'] }))
      .addNode('slow', async () => {
        await turns(5);
        return { steps: ['slow'] };
      })
      .addEdge(START, 'fast')
      .addEdge(START, 'slow')
      .addEdge('fast', END)
      .addEdge('slow', END)
      .compile({ checkpointer: saver });
    const config = { configurable: { thread_id: randomUUID() } };

    await graph.invoke({ steps: [] }, { ...config, durability: 'sync' });

    // The parallel step: 'fast' was stored on its own (a crash then would not run it again);
    // 'slow' ended the step in the checkpoint's own transaction.
    const parallel = (await storedWrites(saver, config.configurable.thread_id)).find((s) => s.step === 0);
    expect(parallel?.writes.map(([, channel, value]) => [channel, value])).toEqual([['steps', ['fast']]]);
    expect((await graph.getState(config)).values.steps.sort()).toEqual(['fast', 'slow']);
  });

  it('lean history: a step that stopped to ask keeps its writes, so the question survives a restart', async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix, leanHistory: true });
    const build = (checkpointer: RedisCheckpointSaver) =>
      new StateGraph(State)
        .addNode('ask', () => ({ steps: [interrupt<string, string>('Which one?')] }))
        .addEdge(START, 'ask')
        .addEdge('ask', END)
        .compile({ checkpointer });
    const config = { configurable: { thread_id: randomUUID() } };

    await build(saver).invoke({ steps: [] }, { ...config, durability: 'sync' });

    const restarted = build(new RedisCheckpointSaver({ redis, prefix, leanHistory: true }));
    expect((await restarted.getState(config)).tasks[0]?.interrupts[0]?.value).toBe('Which one?');
    const done = await restarted.invoke(new Command({ resume: 'the blue one' }), config);
    expect(done.steps).toEqual(['the blue one']);
  });

  it("serializes a value once per step: the checkpoint takes its writes' bytes", async () => {
    const serde = new PlainJsonSerializer();
    const serialized = new Map<unknown, number>();
    const dumpsTyped = serde.dumpsTyped.bind(serde);
    serde.dumpsTyped = (value: unknown) => {
      serialized.set(value, (serialized.get(value) ?? 0) + 1);
      return dumpsTyped(value);
    };
    const Big = Annotation.Root({ options: Annotation<{ hops: number[] } | null>() });
    const options = { hops: Array.from({ length: 1000 }, (_, i) => i) };
    const graph = new StateGraph(Big)
      .addNode('search', () => ({ options }))
      .addEdge(START, 'search')
      .addEdge('search', END)
      .compile({ checkpointer: new RedisCheckpointSaver({ redis, prefix, serde }) });

    await graph.invoke({ options: null }, { configurable: { thread_id: randomUUID() }, durability: 'sync' });

    expect(serialized.get(options)).toBe(1);
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
      // A checkpoint of another step: the writes are sent, and fail the transaction.
      saver.put(
        { configurable: { thread_id: threadId, checkpoint_ns: '' } },
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

  it('writes the checkpoint holds share its fate: they fail when its transaction fails', async () => {
    const saver = new RedisCheckpointSaver({ redis, prefix });
    const threadId = randomUUID();
    const id = '1ef00000-0000-6000-8000-000000000005';
    const config = { configurable: { thread_id: threadId, checkpoint_ns: '', checkpoint_id: id } };
    // The checkpoint's values hash holds a string: its HSET fails inside the transaction.
    await redis.set(`${prefix}cp:{${threadId}}::blobs`, 'not a hash');

    const [writes, put] = await Promise.allSettled([
      saver.putWrites(config, [['steps', ['x']]], 'task-1'),
      saver.put(
        config,
        { ...emptyCheckpoint(), id: `${id.slice(0, -1)}6` },
        { source: 'loop', step: 0, parents: {} },
        { steps: 2 },
      ),
    ]);

    expect(transactions).toBe(1);
    expect(put.status).toBe('rejected');
    expect(writes.status).toBe('rejected');
    if (writes.status === 'rejected') expect(isCheckpointSaverError(writes.reason)).toBe(true);
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
