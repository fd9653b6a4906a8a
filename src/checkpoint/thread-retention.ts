import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../runtime/redis-client.js';
import { CheckpointSaverError } from './checkpoint-saver-error.js';
import { execAll } from './exec-all.js';

/**
 * Whole-thread operations. Each thread keeps a registry set naming all its other keys, so
 * expiring, deleting and measuring a thread is O(keys of the thread) and never scans the
 * keyspace. The scripts run atomically, so a concurrent put lands entirely before or after them.
 * (They touch keys named in the registry rather than in KEYS; those share the registry's hash
 * tag, which is what plain Redis, and in practice a cluster, needs.)
 */

/**
 * Run in the same MULTI as every put/putWrites, after the registry has been updated.
 * KEYS[1] registry; ARGV[1] TTL in ms, 0 when the saver has none.
 *
 * - With a TTL, every key of the thread gets it afresh (sliding expiry): a channel value written
 *   by the first checkpoint is still needed by the latest one, so no key may expire before another.
 * - Without one, a thread that was retired by expireThread but is written again is made
 *   persistent as a whole; otherwise its old keys would expire beneath the new ones and leave a
 *   half thread. Callers retire it again when the new run finishes.
 */
const APPLY_RETENTION = `
local ttl = tonumber(ARGV[1])
if ttl > 0 then
  for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do redis.call('PEXPIRE', key, ttl) end
  redis.call('PEXPIRE', KEYS[1], ttl)
elseif redis.call('PTTL', KEYS[1]) > 0 then
  for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do redis.call('PERSIST', key) end
  redis.call('PERSIST', KEYS[1])
end
return 0`;

/** KEYS[1] registry; ARGV[1] seconds. Returns how many keys got the TTL. */
const EXPIRE_THREAD = `
local n = 0
for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do n = n + redis.call('EXPIRE', key, ARGV[1]) end
return n + redis.call('EXPIRE', KEYS[1], ARGV[1])`;

/** KEYS[1] registry. UNLINK frees memory off the main thread; returns how many keys existed. */
const DELETE_THREAD = `
local n = 0
for _, key in ipairs(redis.call('SMEMBERS', KEYS[1])) do n = n + redis.call('UNLINK', key) end
return n + redis.call('UNLINK', KEYS[1])`;

/** EVAL rather than EVALSHA: inside MULTI a NOSCRIPT reply would fail the transaction after the fact. */
export function queueApplyRetention(
  multi: ChainableCommander,
  registryKey: string,
  ttlSeconds?: number,
): void {
  multi.eval(
    APPLY_RETENTION,
    1,
    registryKey,
    ttlSeconds === undefined ? 0 : Math.max(1, Math.round(ttlSeconds * 1000)),
  );
}

export async function expireThreadKeys(
  redis: RedisClient,
  registryKey: string,
  seconds: number,
): Promise<number> {
  if (!Number.isInteger(seconds) || seconds <= 0)
    throw new CheckpointSaverError(
      'invalid-options',
      `expiry must be a positive whole number of seconds: ${seconds}`,
    );
  return Number(await redis.eval(EXPIRE_THREAD, 1, registryKey, seconds));
}

export async function deleteThreadKeys(redis: RedisClient, registryKey: string): Promise<number> {
  return Number(await redis.eval(DELETE_THREAD, 1, registryKey));
}

/**
 * Sum of MEMORY USAGE over the thread's keys. SAMPLES 0 measures every field of a hash instead
 * of extrapolating from five, so the figure is exact enough to report per plan.
 */
export async function threadMemoryUsage(redis: RedisClient, registryKey: string): Promise<number> {
  const keys = [registryKey, ...(await redis.smembers(registryKey))];
  const pipeline = redis.pipeline();
  for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', 0);
  let total = 0;
  for (const usage of await execAll(pipeline)) total += typeof usage === 'number' ? usage : 0;
  return total;
}
