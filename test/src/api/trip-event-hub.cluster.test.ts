import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HubSubscriber, TripEventHub } from '../../../src/api/trip-event-hub.js';
import { isClusterClient, type RedisClient } from '../../../src/runtime/redis-client.js';
import { TripEvents } from '../../../src/trips/trip-events.js';
import { newTripId } from '../../../src/trips/trip-ids.js';
import { testRedisClient, uniquePrefix } from '../../support/redis.js';

/** Collects what the hub delivers to one trip's stream; resolves once `count` entries arrived. */
function collector(count: number) {
  const messages: string[] = [];
  const aborted: unknown[] = [];
  let done: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const subscriber: HubSubscriber = {
    deliver(entry) {
      messages.push(entry.event.message);
      if (messages.length === count) done();
    },
    heartbeat() {},
    abort(error) {
      aborted.push(error);
    },
  };
  return { subscriber, messages, aborted, all };
}

// On a cluster one XREAD may not span slots: the hub reads each trip (its own slot) apart.
describe('the shared SSE reader on a Redis Cluster', () => {
  let redis: RedisClient;
  const opened: RedisClient[] = [];

  beforeAll(() => {
    redis = testRedisClient();
  });
  afterAll(async () => {
    for (const connection of opened) connection.disconnect();
    await redis.quit();
  });

  it('delivers every event of trips in different slots, in order, live', async () => {
    expect(isClusterClient(redis), 'this test runs in the cluster project').toBe(true);
    const events = new TripEvents(redis, uniquePrefix('hub'));
    const hub = new TripEventHub({
      redis,
      events,
      connect: () => {
        const connection = testRedisClient({ maxRetriesPerRequest: 1 });
        opened.push(connection);
        return connection;
      },
      heartbeatMs: 1000,
      log: pino({ level: 'silent' }),
    });
    const trips = Array.from({ length: 4 }, () => newTripId());
    const slots = new Set(
      await Promise.all(
        trips.map(async (t) => Number(await redis.call('CLUSTER', 'KEYSLOT', events.key(t)))),
      ),
    );
    expect(slots.size, 'trips in different slots').toBeGreaterThan(1);

    const streams = trips.map(() => collector(3));
    for (const [i, trip] of trips.entries()) await hub.join(trip, streams[i]!.subscriber);
    for (let step = 1; step <= 3; step++)
      for (const trip of trips) await events.append(trip, { type: 'node', message: `${trip} step ${step}` });
    await Promise.all(streams.map((s) => s.all));
    for (const [i, trip] of trips.entries())
      expect(streams[i]!.messages).toEqual([1, 2, 3].map((step) => `${trip} step ${step}`));
    expect(streams.flatMap((s) => s.aborted)).toEqual([]);
    for (const [i, trip] of trips.entries()) hub.leave(trip, streams[i]!.subscriber);
  });
});
