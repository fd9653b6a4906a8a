import type { Redis } from 'ioredis';

/**
 * Every key in Redis that names the trip (found by SCAN, not by the store's own key list, so a
 * key the store forgot still shows), with its TTL in seconds (-1: none). BullMQ's job records
 * are left out: the queue's removeOnComplete policy trims those.
 */
export async function ttlsOfTrip(redis: Redis, prefix: string, tripId: string): Promise<Map<string, number>> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*${tripId}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  const ours = keys.filter((key) => !key.startsWith(`${prefix}bull:`)).sort();
  const ttls = new Map<string, number>();
  for (const key of ours) ttls.set(key, await redis.ttl(key));
  return ttls;
}

/** The keys among `ttls` that would never expire. */
export function withoutTtl(ttls: Map<string, number>): string[] {
  return [...ttls].filter(([, ttl]) => ttl < 0).map(([key]) => key);
}
