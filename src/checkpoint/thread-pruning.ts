import type { RedisClient } from '../runtime/redis-client.js';

/**
 * Pruning a finished thread down to what a resume or a repair reads: the latest checkpoint of
 * each namespace, its pending writes, and the channel values that checkpoint names. Superseded
 * checkpoints, the pending writes of their (finished) steps and channel values no longer named
 * go. Of a 3-day plan's checkpoint bytes most are such history (LangGraph keeps every step to
 * allow time travel, which a finished trip never uses).
 *
 * KEYS[1] index (zset of checkpoint ids), KEYS[2] blobs (hash of channel values), KEYS[3] registry.
 * ARGV[1] the latest id the caller read; ARGV[2] n; ARGV[3 .. 2+n] superseded ids;
 * ARGV[3+n .. 2+2n] their checkpoint keys; ARGV[3+2n .. 2+3n] their writes keys; the rest: the blob
 * fields to keep. Returns {checkpoints removed, blob fields removed}, or -1 without touching
 * anything when a newer checkpoint arrived since the caller read (the thread is running again).
 * The script runs atomically, so a concurrent put lands wholly before (and is seen) or after it.
 */
const PRUNE_NAMESPACE = `
local latest = redis.call('ZREVRANGEBYLEX', KEYS[1], '+', '-', 'LIMIT', 0, 1)[1]
if latest ~= ARGV[1] then return -1 end
local n = tonumber(ARGV[2])
for i = 1, n do
  local id = ARGV[2 + i]
  if id ~= latest then
    redis.call('ZREM', KEYS[1], id)
    redis.call('UNLINK', ARGV[2 + n + i], ARGV[2 + 2 * n + i])
    redis.call('SREM', KEYS[3], ARGV[2 + n + i], ARGV[2 + 2 * n + i])
  end
end
local keep = {}
for i = 3 + 3 * n, #ARGV do keep[ARGV[i]] = true end
local dropped = 0
for _, field in ipairs(redis.call('HKEYS', KEYS[2])) do
  if not keep[field] then dropped = dropped + redis.call('HDEL', KEYS[2], field) end
end
return {n, dropped}`;

export interface PruneNamespaceInput {
  indexKey: string;
  blobsKey: string;
  registryKey: string;
  latestId: string;
  superseded: readonly { id: string; checkpointKey: string; writesKey: string }[];
  keepBlobFields: readonly string[];
}

/** What one prune removed; `skipped` when the thread moved on while it was being read. */
export interface NamespacePruneResult {
  skipped: boolean;
  checkpointsRemoved: number;
  blobFieldsRemoved: number;
}

export async function pruneNamespace(
  redis: RedisClient,
  input: PruneNamespaceInput,
): Promise<NamespacePruneResult> {
  const { superseded } = input;
  const reply = await redis.eval(
    PRUNE_NAMESPACE,
    3,
    input.indexKey,
    input.blobsKey,
    input.registryKey,
    input.latestId,
    superseded.length,
    ...superseded.map((s) => s.id),
    ...superseded.map((s) => s.checkpointKey),
    ...superseded.map((s) => s.writesKey),
    ...input.keepBlobFields,
  );
  if (!Array.isArray(reply)) return { skipped: true, checkpointsRemoved: 0, blobFieldsRemoved: 0 };
  return { skipped: false, checkpointsRemoved: Number(reply[0]), blobFieldsRemoved: Number(reply[1]) };
}
