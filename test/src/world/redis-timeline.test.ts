import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisWorldTimeline, worldTimelineKeys } from '../../../src/world/redis-timeline.js';
import type { WorldChange } from '../../../tools/domain/world-change.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { createManualTimeline } from '../../../tools/providers/world-timeline.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';

describe('createRedisWorldTimeline', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = testRedis();
  });
  afterAll(() => redis.quit());

  it('starts at hours 0 with no changes and keeps its keys under the prefix', async () => {
    const prefix = uniquePrefix('world');
    const timeline = createRedisWorldTimeline({ redis, prefix });
    expect(await timeline.read()).toEqual({ hours: 0, changes: [] });
    await timeline.advance(1);
    await timeline.inject({ kind: 'flight-cancelled', flightNumber: 'AS1' });
    // One hash tag for both keys: on a cluster they share a slot, as the MULTI reading them needs.
    expect((await redis.keys(`${prefix}*`)).sort()).toEqual([
      `${prefix}{world}:changes`,
      `${prefix}{world}:hours`,
    ]);
    expect(worldTimelineKeys(prefix)).toEqual({
      hours: `${prefix}{world}:hours`,
      changes: `${prefix}{world}:changes`,
    });
  });

  it('is one clock for every process: advances add up, injected changes are seen by all', async () => {
    const prefix = uniquePrefix('world');
    const other = testRedis();
    try {
      const a = createRedisWorldTimeline({ redis, prefix });
      const b = createRedisWorldTimeline({ redis: other, prefix });
      expect(await a.advance(6)).toBe(6);
      expect(await b.advance(1.5)).toBe(7.5);
      await Promise.all(Array.from({ length: 20 }, () => a.advance(0.25)));
      const fare: WorldChange = { kind: 'fare', flightNumber: 'AS1', date: '2027-05-01', factor: 1.4 };
      const soldOut: WorldChange = { kind: 'stay-sold-out', city: 'Seattle', stayName: 'Loft' };
      await a.inject(fare);
      await b.inject(soldOut);
      expect(await a.read()).toEqual({ hours: 12.5, changes: [fare, soldOut] });
      expect(await b.read()).toEqual(await a.read());
    } finally {
      await other.quit();
    }
  });

  it('validates what it injects and advances', async () => {
    const timeline = createRedisWorldTimeline({ redis, prefix: uniquePrefix('world') });
    await expect(
      timeline.inject({ kind: 'weather', city: 'Seattle', condition: 'hail' } as unknown as WorldChange),
    ).rejects.toMatchObject({ name: 'WorldTimelineError', code: 'invalid-change' });
    await expect(timeline.advance(-6)).rejects.toMatchObject({ code: 'invalid-hours' });
    expect(await timeline.read()).toEqual({ hours: 0, changes: [] });
  });

  it('clears injected changes but keeps the clock', async () => {
    const timeline = createRedisWorldTimeline({ redis, prefix: uniquePrefix('world') });
    await timeline.advance(30);
    await timeline.inject({ kind: 'flight-cancelled', flightNumber: 'AS1' });
    await timeline.inject({ kind: 'flight-cancelled', flightNumber: 'AS2' });
    expect(await timeline.clear()).toBe(2);
    expect(await timeline.clear()).toBe(0);
    expect(await timeline.read()).toEqual({ hours: 30, changes: [] });
  });

  it('reads in one MULTI round trip, shared by the reads asked for in the same tick', async () => {
    // Its own connection, so the monitor can tell its commands from other tests' on the shared Redis.
    const client = testRedis();
    const sent: string[] = [];
    const monitor = await redis.monitor();
    try {
      await client.ping();
      const source = `:${client.stream.localPort}`;
      monitor.on('monitor', (_time: string, args: string[], from: string) => {
        if (from.endsWith(source)) sent.push(String(args[0]).toLowerCase());
      });
      const timeline = createRedisWorldTimeline({ redis: client, prefix: uniquePrefix('world') });
      await timeline.inject({ kind: 'flight-cancelled', flightNumber: 'AS1' });
      const reads = await Promise.all(Array.from({ length: 30 }, () => timeline.read()));
      expect(reads.every((r) => r === reads[0] && r.changes.length === 1)).toBe(true);
      // A read asked for after a write, in the tick that follows it, sees that write.
      await timeline.inject({ kind: 'flight-cancelled', flightNumber: 'AS2' });
      expect((await timeline.read()).changes).toHaveLength(2);
      await client.ping();
      await expect.poll(() => sent.at(-1)).toBe('ping');
      // The connecting ping may or may not reach the monitor before the listener does.
      expect(sent.slice(sent.indexOf('rpush'))).toEqual([
        'rpush',
        ...['multi', 'get', 'lrange', 'exec'],
        'rpush',
        ...['multi', 'get', 'lrange', 'exec'],
        'ping',
      ]);
    } finally {
      monitor.disconnect();
      await client.quit();
    }
  });

  it('reports a damaged record instead of guessing', async () => {
    const prefix = uniquePrefix('world');
    const timeline = createRedisWorldTimeline({ redis, prefix });
    await redis.rpush(worldTimelineKeys(prefix).changes, '{"kind":"fare"');
    await expect(timeline.read()).rejects.toMatchObject({ code: 'corrupt-record' });
    await redis.del(worldTimelineKeys(prefix).changes);
    await redis.set(worldTimelineKeys(prefix).hours, 'soon');
    await expect(timeline.read()).rejects.toMatchObject({ code: 'corrupt-record' });
  });

  it('drives a sandbox world exactly like the in-memory timeline', async () => {
    const prefix = uniquePrefix('world');
    const shared = createRedisWorldTimeline({ redis, prefix });
    const local = createManualTimeline();
    const query = { from: 'Seattle', to: 'Los Angeles', date: '2025-06-13' };
    const [first] = await createSandboxWorld({ seed: 7 }).searchFlights(query);
    const change: WorldChange = { kind: 'fare', flightNumber: first!.flightNumber, factor: 1.4 };
    for (const timeline of [shared, local]) {
      await timeline.advance(42);
      await timeline.inject(change);
    }
    const viaRedis = createSandboxWorld({ seed: 7, timeline: shared });
    const inMemory = createSandboxWorld({ seed: 7, timeline: local });
    expect(await viaRedis.searchFlights(query)).toEqual(await inMemory.searchFlights(query));
    expect(await viaRedis.searchStays({ city: 'Seattle' })).toEqual(
      await inMemory.searchStays({ city: 'Seattle' }),
    );
  });
});
