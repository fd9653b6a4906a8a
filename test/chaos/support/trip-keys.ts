import type { Redis } from 'ioredis';

/**
 * Every key of a trip outside BullMQ's own (which BullMQ expires by its job options): the record,
 * events, checkpoints, versions, usage. Found by the trip id in the key name, with SCAN.
 */
export async function tripKeys(redis: Redis, prefix: string, tripId: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*${tripId}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch.filter((k) => !k.includes(':bull:') && !k.startsWith(`${prefix}bull:`)));
  } while (cursor !== '0');
  return keys;
}

/** Keys of the trip that would live forever (TTL -1). */
export async function keysWithoutTtl(redis: Redis, prefix: string, tripId: string): Promise<string[]> {
  const keys = await tripKeys(redis, prefix, tripId);
  const ttls = await Promise.all(keys.map((k) => redis.ttl(k)));
  return keys.filter((_, i) => ttls[i] === -1);
}
