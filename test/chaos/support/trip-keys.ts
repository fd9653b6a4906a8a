import { type RedisClient, scanAllKeys } from '../../../src/runtime/redis-client.js';

/**
 * Every key of a trip outside BullMQ's own (which BullMQ expires by its job options): the record,
 * events, checkpoints, versions, usage. Found by the trip id in the key name, with SCAN.
 */
export async function tripKeys(redis: RedisClient, prefix: string, tripId: string): Promise<string[]> {
  // BullMQ's keys start with its `{<prefix>bull}` hash tag, so the pattern leaves them out.
  return scanAllKeys(redis, `${prefix}*${tripId}*`);
}

/** Keys of the trip that would live forever (TTL -1). */
export async function keysWithoutTtl(redis: RedisClient, prefix: string, tripId: string): Promise<string[]> {
  const keys = await tripKeys(redis, prefix, tripId);
  const ttls = await Promise.all(keys.map((k) => redis.ttl(k)));
  return keys.filter((_, i) => ttls[i] === -1);
}
