import { randomUUID } from 'node:crypto';
import {
  Annotation,
  type BaseCheckpointSaver,
  Command,
  DeltaChannel,
  END,
  interrupt,
  isInterrupted,
  Send,
  START,
  StateGraph,
} from '@langchain/langgraph';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RedisCheckpointSaver } from '../../../src/checkpoint/redis-checkpoint-saver.js';
import { pruneNamespace } from '../../../src/checkpoint/thread-pruning.js';
import { deleteKeysUnder, testRedis, uniquePrefix } from '../../support/redis.js';

const TripState = Annotation.Root({
  trip: Annotation<string>,
  options: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
  answer: Annotation<string>,
});

/** intake → a Send to two searches → ask (interrupts) → choose: the trip graph's shape in small. */
function buildGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(TripState)
    .addNode('intake', (s) => ({ options: [`intake:${s.trip}`] }))
    .addNode('search', (s: { trip: string }) => ({ options: [`found:${s.trip}`] }))
    .addNode('ask', () => ({ answer: interrupt<string, string>('Which one?') }))
    .addNode('choose', (s) => ({ options: [`chose:${s.answer}`] }))
    .addEdge(START, 'intake')
    .addConditionalEdges(
      'intake',
      (s) => [new Send('search', { trip: `${s.trip}-1` }), new Send('search', { trip: `${s.trip}-2` })],
      ['search'],
    )
    .addEdge('search', 'ask')
    .addEdge('ask', 'choose')
    .addEdge('choose', END)
    .compile({ checkpointer });
}

describe('RedisCheckpointSaver.prune', () => {
  let prefix: string;
  const opened: Redis[] = [];

  function newSaver(): RedisCheckpointSaver {
    const redis = testRedis();
    opened.push(redis);
    return new RedisCheckpointSaver({ redis, prefix });
  }

  async function historyLength(saver: RedisCheckpointSaver, threadId: string): Promise<number> {
    let n = 0;
    for await (const _ of saver.list({ configurable: { thread_id: threadId } })) n += 1;
    return n;
  }

  /** Every key the thread's registry names still exists (nothing dangles after a prune). */
  async function danglingKeys(redis: Redis, threadId: string): Promise<string[]> {
    const registry = `${prefix}cp:{${encodeURIComponent(threadId)}}:keys`;
    const members = await redis.smembers(registry);
    const exists = await Promise.all(members.map((key) => redis.exists(key)));
    return members.filter((_, i) => exists[i] === 0);
  }

  beforeEach(() => {
    prefix = uniquePrefix('cp-prune');
  });

  afterEach(async () => {
    const admin = opened[0];
    if (admin) await deleteKeysUnder(admin, prefix);
    await Promise.all(opened.splice(0).map((redis) => redis.quit()));
  });

  it('a finished thread keeps its latest checkpoint and final state in fewer bytes, and runs on', async () => {
    const saver = newSaver();
    const graph = buildGraph(saver);
    const threadId = randomUUID();
    const config = { configurable: { thread_id: threadId } };
    await graph.invoke({ trip: 'SEA' }, config);
    const final = await graph.invoke(new Command({ resume: 'SEA-2' }), config);
    expect(final.options).toContain('chose:SEA-2');
    const before = await saver.threadBytes(threadId);
    const checkpointsBefore = await historyLength(saver, threadId);
    expect(checkpointsBefore).toBeGreaterThan(3);

    const summary = await saver.prune(threadId);

    expect(summary).toEqual({
      checkpointsRemoved: checkpointsBefore - 1,
      blobFieldsRemoved: expect.any(Number),
      namespacesSkipped: 0,
    });
    expect(summary.blobFieldsRemoved).toBeGreaterThan(0);
    expect(await historyLength(saver, threadId)).toBe(1);
    expect(await saver.threadBytes(threadId)).toBeLessThan(before / 2);
    expect(await danglingKeys(opened[0] as Redis, threadId)).toEqual([]);
    // Another process reads the same final state and can start the thread again.
    const other = buildGraph(newSaver());
    expect((await other.getState(config)).values).toEqual(final);
    const again = await other.invoke({ trip: 'LAX' }, config);
    expect(isInterrupted(again)).toBe(true);
    expect(await saver.prune(threadId)).toMatchObject({ namespacesSkipped: 0 });
  });

  it('a thread waiting for an answer keeps the interrupt: it resumes after a prune on another instance', async () => {
    const threadId = randomUUID();
    const config = { configurable: { thread_id: threadId } };
    expect(isInterrupted(await buildGraph(newSaver()).invoke({ trip: 'SEA' }, config))).toBe(true);

    expect((await newSaver().prune(threadId)).checkpointsRemoved).toBeGreaterThan(0);

    const resumer = buildGraph(newSaver());
    expect((await resumer.getState(config)).tasks[0]?.interrupts[0]?.value).toBe('Which one?');
    const done = await resumer.invoke(new Command({ resume: 'SEA-1' }), config);
    expect(done.options).toEqual(['intake:SEA', 'found:SEA-1', 'found:SEA-2', 'chose:SEA-1']);
  });

  it('dropChannels: the finished state reads without those values, the rest intact', async () => {
    const saver = newSaver();
    const graph = buildGraph(saver);
    const threadId = randomUUID();
    const config = { configurable: { thread_id: threadId } };
    await graph.invoke({ trip: 'SEA' }, config);
    const final = await graph.invoke(new Command({ resume: 'SEA-2' }), config);
    const kept = await saver.threadBytes(threadId);

    await saver.prune(threadId, { dropChannels: ['options'] });

    const state = await buildGraph(newSaver()).getState(config);
    expect(state.values).toEqual({ trip: 'SEA', answer: final.answer, options: [] });
    expect(await saver.threadBytes(threadId)).toBeLessThan(kept);
  });

  it('leaves a namespace whole when a newer checkpoint arrived after it was read', async () => {
    const saver = newSaver();
    const redis = opened[0] as Redis;
    const threadId = randomUUID();
    await buildGraph(saver).invoke({ trip: 'SEA' }, { configurable: { thread_id: threadId } });
    const index = `${prefix}cp:{${threadId}}::idx`;
    const ids = await redis.zrange(index, 0, -1);
    const keysBefore = await redis.smembers(`${prefix}cp:{${threadId}}:keys`);

    // The caller read an older "latest": as if a put landed between its read and the script.
    const result = await pruneNamespace(redis, {
      indexKey: index,
      blobsKey: `${prefix}cp:{${threadId}}::blobs`,
      registryKey: `${prefix}cp:{${threadId}}:keys`,
      latestId: ids.at(-2) ?? '',
      superseded: [],
      keepBlobFields: [],
    });

    expect(result).toEqual({ skipped: true, checkpointsRemoved: 0, blobFieldsRemoved: 0 });
    expect(await redis.zrange(index, 0, -1)).toEqual(ids);
    expect((await redis.smembers(`${prefix}cp:{${threadId}}:keys`)).sort()).toEqual(keysBefore.sort());
  });

  it('keeps the ancestors a DeltaChannel is still rebuilt from', async () => {
    const State = Annotation.Root({
      log: new DeltaChannel<string[], string[]>((state, writes) => state.concat(...writes), {
        snapshotFrequency: 100,
        initialValueFactory: () => [],
      }),
    });
    const build = (checkpointer: BaseCheckpointSaver) =>
      new StateGraph(State)
        .addNode('a', () => ({ log: ['a'] }))
        .addNode('b', () => ({ log: ['b'] }))
        .addEdge(START, 'a')
        .addEdge('a', 'b')
        .addEdge('b', END)
        .compile({ checkpointer });
    const saver = newSaver();
    const threadId = randomUUID();
    const config = { configurable: { thread_id: threadId } };
    await build(saver).invoke({ log: ['start'] }, config);

    expect(await saver.prune(threadId)).toEqual({
      checkpointsRemoved: 0,
      blobFieldsRemoved: 0,
      namespacesSkipped: 1,
    });
    expect((await build(newSaver()).getState(config)).values.log).toEqual(['start', 'a', 'b']);
  });
});
