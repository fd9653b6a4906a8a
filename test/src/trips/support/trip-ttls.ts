import { type RedisClient, scanAllKeys } from '../../../../src/runtime/redis-client.js';

/**
 * Every key in Redis that names the trip (found by SCAN, not by the store's own key list, so a
 * key the store forgot still shows), with its TTL in seconds (-1: none). BullMQ's job records
 * are left out: the queue's removeOnComplete policy trims those.
 */
export async function ttlsOfTrip(
  redis: RedisClient,
  prefix: string,
  tripId: string,
): Promise<Map<string, number>> {
  // BullMQ's keys start with its `{<prefix>bull}` hash tag, so the pattern leaves them out.
  const ours = (await scanAllKeys(redis, `${prefix}*${tripId}*`)).sort();
  const ttls = new Map<string, number>();
  for (const key of ours) {
    const ttl = await redis.ttl(key);
    // -2: deleted since the SCAN (the worker prunes the planning thread as the test reads it).
    if (ttl !== -2) ttls.set(key, ttl);
  }
  return ttls;
}

/** The keys among `ttls` that would never expire. */
export function withoutTtl(ttls: Map<string, number>): string[] {
  return [...ttls].filter(([, ttl]) => ttl === -1).map(([key]) => key);
}
