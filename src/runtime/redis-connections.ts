import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection profiles. Workers wait out a Redis restart (commands queue until it is back);
 * the API fails fast so it can answer 503 instead of hanging a client.
 */
export const REDIS_PROFILES = {
  /** BullMQ's own connections must never give up on a command. */
  bullmq: { maxRetriesPerRequest: null },
  /**
   * A worker's shared connection carries a hundred trips' checkpoints and events at once:
   * commands issued in the same tick go out as one pipeline (about half Redis's CPU per plan).
   * Never a blocking read on it: that would stall every trip queued behind it.
   */
  worker: { maxRetriesPerRequest: null, enableAutoPipelining: true },
  api: { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 },
  /** Pub/sub and blocking reads need a connection each. */
  dedicated: { maxRetriesPerRequest: null },
  /** An SSE stream's blocking reads: one failed retry ends the stream and the client resumes it. */
  sse: { maxRetriesPerRequest: 1 },
} satisfies Record<string, RedisOptions>;

export type RedisProfile = keyof typeof REDIS_PROFILES;

export function connectRedis(url: string, profile: RedisProfile, name: string): Redis {
  return new Redis(url, { ...REDIS_PROFILES[profile], connectionName: name });
}
