import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { inject } from 'vitest';
import { type RedisClient, scanAllKeys } from '../../src/runtime/redis-client.js';
import { openRedis } from '../../src/runtime/redis-connections.js';
import { parseRedisTarget } from '../../src/runtime/redis-target.js';

/** The run's Redis URL (see redis-global-setup.ts): one server, or `redis+cluster://…` in the cluster project. */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A key prefix no other test uses, so tests share one Redis without seeing each other. */
export function uniquePrefix(label = 't'): string {
  return `${label}-${randomUUID().slice(0, 8)}:`;
}

/**
 * A connection to the test Redis (a Cluster client when the run has a cluster); close it in
 * afterAll/afterEach. BullMQ workers and QueueEvents need `maxRetriesPerRequest: null`.
 */
export function testRedisClient(options: { maxRetriesPerRequest?: number | null } = {}): RedisClient {
  return openRedis(testRedisUrl(), {
    maxRetriesPerRequest: options.maxRetriesPerRequest === undefined ? 3 : options.maxRetriesPerRequest,
    lazyConnect: false,
  });
}

/**
 * `testRedisClient` typed as a single server, for the many tests written against `Redis`. In the
 * cluster project it is a `Cluster`, which answers the same commands; a test that needs what only
 * one server has (SCAN of the whole keyspace, SELECT, restarts) stays out of that project.
 */
export function testRedis(options: { maxRetriesPerRequest?: number | null } = {}): Redis {
  return testRedisClient(options) as Redis;
}

/**
 * Deletes every key under `prefix` (a test's clean-up): found on every master of a cluster, and
 * unlinked a key per command, since the keys of different threads or trips live in different slots.
 */
export async function deleteKeysUnder(redis: RedisClient, prefix: string): Promise<void> {
  const keys = await scanAllKeys(redis, `${prefix}*`);
  await Promise.all(keys.map((key) => redis.unlink(key)));
}

/** The port of the run's Redis: the server's, or the first node's a cluster URL names. */
export function testRedisPort(): number {
  const target = parseRedisTarget(testRedisUrl());
  if (target.kind === 'single') return Number(new URL(target.url).port || 6379);
  const [first] = target.nodes;
  if (!first) throw new Error('the cluster URL names no node');
  return first.port;
}
