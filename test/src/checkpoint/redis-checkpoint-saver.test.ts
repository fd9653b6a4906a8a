import { randomUUID } from 'node:crypto';
import type { RunnableConfig } from '@langchain/core/runnables';
import {
  Annotation,
  type BaseCheckpointSaver,
  Command,
  DeltaChannel,
  END,
  interrupt,
  isInterrupted,
  MemorySaver,
  START,
  StateGraph,
} from '@langchain/langgraph';
import { type CheckpointListOptions, emptyCheckpoint } from '@langchain/langgraph-checkpoint';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCheckpointSaverError } from '../../../src/checkpoint/checkpoint-saver-error.js';
import {
  RedisCheckpointSaver,
  type RedisCheckpointSaverOptions,
} from '../../../src/checkpoint/redis-checkpoint-saver.js';
import { scanAllKeys } from '../../../src/runtime/redis-client.js';
import { deleteKeysUnder, testRedis, uniquePrefix } from '../../support/redis.js';

const TripState = Annotation.Root({
  trip: Annotation<string>,
  steps: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
  answer: Annotation<string>,
  bytes: Annotation<Uint8Array>,
});

/** intake → price → done: each node leaves a trace, so the history says which steps ran. */
function buildGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(TripState)
    .addNode('intake', (s) => ({ steps: [`intake:${s.trip}`] }))
    .addNode('price', () => ({ steps: ['price'] }))
    .addEdge(START, 'intake')
    .addEdge('intake', 'price')
    .addEdge('price', END)
    .compile({ checkpointer });
}

/** intake → ask (interrupts for the budget) → done. */
function buildAskingGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(TripState)
    .addNode('intake', () => ({ steps: ['intake'] }))
    .addNode('ask', () => {
      const answer = interrupt<{ question: string }, string>({ question: 'What is your budget?' });
      return { answer, steps: ['ask'] };
    })
    .addEdge(START, 'intake')
    .addEdge('intake', 'ask')
    .addEdge('ask', END)
    .compile({ checkpointer });
}

/** Every key under `prefix`, sorted; on a cluster, of every master (a SCAN sees one node). */
async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  return (await scanAllKeys(redis, `${prefix}*`)).sort();
}

describe('RedisCheckpointSaver with a real LangGraph graph', () => {
  let prefix: string;
  let admin: Redis;
  const opened: Redis[] = [];

  /** A saver on a connection of its own, as another worker process would have. */
  function newSaver(options: Partial<RedisCheckpointSaverOptions> = {}): RedisCheckpointSaver {
    const redis = testRedis();
    opened.push(redis);
    return new RedisCheckpointSaver({ redis, prefix, ...options });
  }

  beforeEach(() => {
    prefix = uniquePrefix('cp');
    admin = testRedis();
    opened.push(admin);
  });

  afterEach(async () => {
    await deleteKeysUnder(admin, prefix);
    await Promise.all(opened.splice(0).map((redis) => redis.quit()));
  });

  it('a second saver on a new connection reads and continues a thread the first one wrote', async () => {
    const config = { configurable: { thread_id: randomUUID() } };
    const first = await buildGraph(newSaver()).invoke({ trip: 'SEA→SFO' }, config);
    expect(first.steps).toEqual(['intake:SEA→SFO', 'price']);

    const other = buildGraph(newSaver());
    const state = await other.getState(config);
    expect(state.values.steps).toEqual(['intake:SEA→SFO', 'price']);
    expect(state.next).toEqual([]);
    const history = [];
    for await (const snapshot of other.getStateHistory(config)) history.push(snapshot);
    // input, after-input (START), intake, price: newest first, each pointing at its parent.
    expect(history.map((s) => s.metadata?.step)).toEqual([2, 1, 0, -1]);
    expect(history[0]?.parentConfig?.configurable?.checkpoint_id).toBe(
      history[1]?.config.configurable?.checkpoint_id,
    );

    const second = await other.invoke({ trip: 'SFO→LAX' }, config);
    expect(second.steps).toEqual(['intake:SEA→SFO', 'price', 'intake:SFO→LAX', 'price']);
  });

  it('interrupt() on one instance, Command({ resume }) on another', async () => {
    const config = { configurable: { thread_id: randomUUID() } };
    const paused = await buildAskingGraph(newSaver()).invoke({ trip: 'SEA→SFO' }, config);
    expect(isInterrupted(paused)).toBe(true);
    if (!isInterrupted(paused)) return;
    expect(paused.__interrupt__[0]?.value).toEqual({ question: 'What is your budget?' });

    const resumer = buildAskingGraph(newSaver());
    const waiting = await resumer.getState(config);
    expect(waiting.next).toEqual(['ask']);
    expect(waiting.tasks[0]?.interrupts[0]?.value).toEqual({ question: 'What is your budget?' });

    const done = await resumer.invoke(new Command({ resume: '$3,000' }), config);
    expect(done.answer).toBe('$3,000');
    expect(done.steps).toEqual(['intake', 'ask']);
    expect((await buildAskingGraph(newSaver()).getState(config)).next).toEqual([]);
  });

  it('records the same history as MemorySaver through an interrupt and a resume', async () => {
    const config = { configurable: { thread_id: randomUUID() } };
    const historyOf = async (checkpointer: BaseCheckpointSaver) => {
      const graph = buildAskingGraph(checkpointer);
      await graph.invoke({ trip: 'SEA→SFO' }, config);
      await graph.invoke(new Command({ resume: 'yes' }), config);
      const snapshots = [];
      // Checkpoint and task ids are fresh per run; everything else must match.
      for await (const s of graph.getStateHistory(config))
        snapshots.push({
          values: s.values,
          next: s.next,
          metadata: s.metadata,
          tasks: s.tasks.map((t) => ({
            name: t.name,
            interrupts: t.interrupts.map((i) => i.value),
            result: t.result,
          })),
        });
      return snapshots;
    };
    const redis = await historyOf(newSaver());
    expect(redis.length).toBeGreaterThan(3);
    expect(redis).toEqual(await historyOf(new MemorySaver()));
  });

  it('an interrupt inside a subgraph resumes on another instance (child namespaces)', async () => {
    const build = (checkpointer: RedisCheckpointSaver) => {
      const child = new StateGraph(TripState)
        .addNode('confirm', () => ({ answer: interrupt<string, string>('Book it?') }))
        .addEdge(START, 'confirm')
        .compile();
      return new StateGraph(TripState)
        .addNode('booking', child)
        .addEdge(START, 'booking')
        .addEdge('booking', END)
        .compile({ checkpointer });
    };
    const config = { configurable: { thread_id: randomUUID() } };
    expect(isInterrupted(await build(newSaver()).invoke({ trip: 'x' }, config))).toBe(true);
    const done = await build(newSaver()).invoke(new Command({ resume: 'yes' }), config);
    expect(done.answer).toBe('yes');

    const namespaces = new Set<string>();
    for await (const tuple of newSaver().list(config))
      namespaces.add(String(tuple.config.configurable?.checkpoint_ns));
    expect([...namespaces].some((ns) => ns.startsWith('booking:'))).toBe(true);
  });

  it('time travel: a branch forked from an old checkpoint leaves the original branch intact', async () => {
    const saver = newSaver();
    const graph = buildGraph(saver);
    const config = { configurable: { thread_id: randomUUID() } };
    await graph.invoke({ trip: 'A' }, config);
    const history = [];
    for await (const snapshot of graph.getStateHistory(config)) history.push(snapshot);
    const afterIntake = history.find((s) => s.metadata?.step === 1);
    if (!afterIntake) throw new Error('no checkpoint after intake');

    // Both branches give `steps` its next version from the same parent; values are stored per
    // version, so the versions must differ or one branch would read the other's value.
    const fork = await graph.updateState(afterIntake.config, { steps: ['forked'] }, 'price');
    expect((await graph.getState(fork)).values.steps).toEqual(['intake:A', 'forked']);
    expect((await graph.getState(history[0]?.config ?? config)).values.steps).toEqual(['intake:A', 'price']);
  });

  it('binary-safe: emoji, lone surrogates, NUL and raw bytes round-trip', async () => {
    const trip = 'Zürich → 東京 🐕‍🦺 \u0000 \ud800 end';
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    const config = { configurable: { thread_id: `weird:{id}*?[]${randomUUID()} 🧳` } };
    await buildGraph(newSaver()).invoke({ trip, bytes }, config);

    const state = await buildGraph(newSaver()).getState(config);
    expect(state.values.trip).toBe(trip);
    expect(state.values.steps).toEqual([`intake:${trip}`, 'price']);
    expect(Buffer.from(state.values.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a DeltaChannel is rebuilt from stored writes by another instance', async () => {
    const State = Annotation.Root({
      log: new DeltaChannel<string[], string[]>((state, writes) => state.concat(...writes), {
        snapshotFrequency: 2,
        initialValueFactory: () => [],
      }),
    });
    const build = (checkpointer: BaseCheckpointSaver) =>
      new StateGraph(State)
        .addNode('a', () => ({ log: ['a'] }))
        .addNode('b', () => ({ log: ['b'] }))
        .addNode('c', () => ({ log: ['c'] }))
        .addEdge(START, 'a')
        .addEdge('a', 'b')
        .addEdge('b', 'c')
        .addEdge('c', END)
        .compile({ checkpointer });
    const config = { configurable: { thread_id: randomUUID() } };
    await build(newSaver()).invoke({ log: ['start'] }, config);
    // Snapshots land every second update; the checkpoints between them hold no value for `log`
    // and are rebuilt by replaying the stored writes of their ancestors.
    const historyOf = async (graph: ReturnType<typeof build>) => {
      const logs = [];
      for await (const snapshot of graph.getStateHistory(config)) logs.push(snapshot.values.log);
      return logs;
    };
    const logs = await historyOf(build(newSaver()));
    expect(logs).toEqual([['start', 'a', 'b', 'c'], ['start', 'a', 'b'], ['start', 'a'], ['start'], []]);
    const memory = build(new MemorySaver());
    await memory.invoke({ log: ['start'] }, config);
    expect(logs).toEqual(await historyOf(memory));
    const again = await build(newSaver()).invoke({ log: ['again'] }, config);
    expect(again.log).toEqual(['start', 'a', 'b', 'c', 'again', 'a', 'b', 'c']);
  });

  it('list filters on metadata, honours before and limit, newest first', async () => {
    const saver = newSaver();
    const config = { configurable: { thread_id: randomUUID() } };
    await buildGraph(saver).invoke({ trip: 'x' }, config);
    const all = [];
    for await (const tuple of saver.list(config)) all.push(tuple);
    const ids = all.map((t) => String(t.config.configurable?.checkpoint_id));
    expect(ids).toEqual([...ids].sort().reverse());

    const loops = [];
    for await (const tuple of saver.list(config, { filter: { source: 'loop' }, limit: 2 })) loops.push(tuple);
    expect(loops.map((t) => t.metadata?.step)).toEqual([2, 1]);

    const older = [];
    for await (const tuple of saver.list(config, { before: all[1]?.config })) older.push(tuple);
    expect(older.map((t) => t.config.configurable?.checkpoint_id)).toEqual(ids.slice(2));
  });

  it('list pages through long threads (more checkpoints than one page)', async () => {
    const saver = newSaver();
    let config: RunnableConfig = { configurable: { thread_id: randomUUID(), checkpoint_ns: '' } };
    const ids: string[] = [];
    for (let step = 0; step < 120; step += 1) {
      const checkpoint = emptyCheckpoint();
      ids.push(checkpoint.id);
      config = await saver.put(
        config,
        checkpoint,
        { source: step % 3 === 0 ? 'input' : 'loop', step, parents: {} },
        {},
      );
    }
    const listed = async (options: CheckpointListOptions) => {
      const found = [];
      for await (const tuple of saver.list(
        { configurable: { thread_id: config.configurable?.thread_id } },
        options,
      ))
        found.push(String(tuple.config.configurable?.checkpoint_id));
      return found;
    };
    const newestFirst = [...ids].reverse();
    expect(await listed({})).toEqual(newestFirst);
    expect(await listed({ limit: 70 })).toEqual(newestFirst.slice(0, 70));
    expect(await listed({ before: { configurable: { checkpoint_id: ids[100] } } })).toEqual(
      newestFirst.slice(20),
    );
    expect(await listed({ filter: { source: 'input' }, limit: 30 })).toEqual(
      newestFirst.filter((id) => ids.indexOf(id) % 3 === 0).slice(0, 30),
    );
  });

  it('expireThread puts a TTL on every key of the thread and nothing else', async () => {
    const saver = newSaver();
    const finished = { configurable: { thread_id: randomUUID() } };
    const running = { configurable: { thread_id: randomUUID() } };
    await buildGraph(saver).invoke({ trip: 'done' }, finished);
    await buildGraph(saver).invoke({ trip: 'busy' }, running);

    const expired = await saver.expireThread(finished.configurable.thread_id, 3600);
    const keys = await keysUnder(admin, prefix);
    const ttls = await Promise.all(keys.map(async (key) => [key, await admin.ttl(key)] as const));
    const withTtl = ttls.filter(([, ttl]) => ttl > 0);
    expect(withTtl.length).toBe(expired);
    expect(expired).toBeGreaterThan(4);
    for (const [key, ttl] of withTtl) {
      expect(key).toContain(finished.configurable.thread_id);
      expect(ttl).toBeLessThanOrEqual(3600);
    }
    // Every key of the other thread stays persistent (-1).
    expect(
      ttls.filter(([key]) => key.includes(running.configurable.thread_id)).every(([, t]) => t === -1),
    ).toBe(true);
    expect(ttls.filter(([, ttl]) => ttl === -1).length).toBe(keys.length - expired);
  });

  it('a retired thread written again becomes persistent as a whole', async () => {
    const saver = newSaver();
    const config = { configurable: { thread_id: randomUUID() } };
    await buildGraph(saver).invoke({ trip: 'first' }, config);
    await saver.expireThread(config.configurable.thread_id, 3600);
    await buildGraph(saver).invoke({ trip: 'second' }, config);
    const keys = await keysUnder(admin, prefix);
    expect(await Promise.all(keys.map((key) => admin.ttl(key)))).toEqual(keys.map(() => -1));
  });

  it('ttlSeconds gives every key of a thread a fresh TTL on each write', async () => {
    const saver = newSaver({ ttlSeconds: 600 });
    await buildGraph(saver).invoke({ trip: 'x' }, { configurable: { thread_id: randomUUID() } });
    const keys = await keysUnder(admin, prefix);
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys) expect(await admin.ttl(key)).toBeGreaterThan(590);
  });

  it('deleteThread removes every key of the thread and only those', async () => {
    const saver = newSaver();
    const doomed = { configurable: { thread_id: randomUUID() } };
    const kept = { configurable: { thread_id: randomUUID() } };
    await buildAskingGraph(saver).invoke({ trip: 'x' }, doomed); // stops at an interrupt: pending writes
    await buildGraph(saver).invoke({ trip: 'y' }, kept);
    const before = await keysUnder(admin, prefix);
    expect(before.some((key) => key.includes(doomed.configurable.thread_id))).toBe(true);

    await saver.deleteThread(doomed.configurable.thread_id);
    const after = await keysUnder(admin, prefix);
    expect(after.length).toBeGreaterThan(0);
    expect(after.some((key) => key.includes(doomed.configurable.thread_id))).toBe(false);
    expect(after).toEqual(before.filter((key) => !key.includes(doomed.configurable.thread_id)));
    expect(await saver.getTuple(doomed)).toBeUndefined();
    expect(await saver.getTuple(kept)).toBeDefined();
  });

  it('threadBytes sums the memory of a thread, 0 for an unknown one', async () => {
    const saver = newSaver();
    const config = { configurable: { thread_id: randomUUID() } };
    await buildGraph(saver).invoke({ trip: 'SEA→SFO' }, config);
    expect(await saver.threadBytes(config.configurable.thread_id)).toBeGreaterThan(0);
    expect(await saver.threadBytes(randomUUID())).toBe(0);
  });

  it('refuses unusable ids and options with a CheckpointSaverError', async () => {
    const saver = newSaver();
    await expect(
      saver.put({ configurable: { thread_id: 42 } }, {} as never, {} as never, {}),
    ).rejects.toSatisfy(isCheckpointSaverError);
    await expect(saver.expireThread('t', 0)).rejects.toSatisfy(isCheckpointSaverError);
    expect(() => newSaver({ prefix: 'a{b}:' })).toThrow(/braces/);
    expect(() => newSaver({ ttlSeconds: -1 })).toThrow(/ttlSeconds/);
  });
});
