import type { Cluster, Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTag, type RedisClient, scanAllKeys } from '../../../src/runtime/redis-client.js';
import { openRedis } from '../../../src/runtime/redis-connections.js';
import { testRedisClient, testRedisUrl, uniquePrefix } from '../../support/redis.js';

/** Enough tags that every master of a 3-master cluster holds some of them. */
const KEYS = 60;

describe('scanAllKeys on a Redis Cluster', () => {
  const prefix = uniquePrefix('scan');
  const written = Array.from({ length: KEYS }, (_, i) => `${prefix}${hashTag(`k${i}`)}`).sort();
  let writer: RedisClient;
  const opened: RedisClient[] = [];

  beforeAll(async () => {
    writer = testRedisClient();
    await Promise.all(written.map((key) => writer.set(key, '1')));
  });
  afterAll(async () => {
    await Promise.all(written.map((key) => writer.del(key)));
    writer.disconnect();
    for (const client of opened) client.disconnect();
  });

  it.each([
    ['still connecting', false],
    ['lazy, never used', true],
  ])('finds every key on every master with a client %s (it learns the masters first)', async (_, lazy) => {
    const fresh = openRedis(testRedisUrl(), { maxRetriesPerRequest: 3, lazyConnect: lazy });
    opened.push(fresh);
    expect((await scanAllKeys(fresh, `${prefix}*`)).sort()).toEqual(written);
  });

  it('finds them on a client that is ready, where one master alone holds only some', async () => {
    expect((await scanAllKeys(writer, `${prefix}*`)).sort()).toEqual(written);
    const [first] = (writer as Cluster).nodes('master');
    expect((await scanAllKeys(first as Redis, `${prefix}*`)).length).toBeLessThan(KEYS);
  });
});
