import { Cluster, type ClusterNode, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import type { RedisClient } from './redis-client.js';
import { parseRedisTarget } from './redis-target.js';

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

/** What a connection does with its errors (log them); without one, an error would end the process. */
export type RedisErrorListener = (error: Error) => void;

/**
 * Opens `url` (see redis-target.ts) with `profile`: a `Redis`, or a `Cluster` for a
 * `redis+cluster://` URL. On a cluster the profile applies to every node connection, and
 * `enableOfflineQueue`/`enableAutoPipelining` to the cluster client too, so a worker queues its
 * commands through a failover (the cluster re-reads its slots and sends them to the new master)
 * while the API still fails fast. `onError` listens on the connection and on every copy made of it.
 */
export function connectRedis(
  url: string,
  profile: RedisProfile,
  name: string,
  onError?: RedisErrorListener,
): RedisClient {
  return openRedis(url, { ...REDIS_PROFILES[profile], connectionName: name }, onError);
}

/**
 * A copy of a connection (`duplicate()`: BullMQ makes one per Worker for its blocking reads, and
 * one per QueueEvents) gets the 'error' listener the factory gave its original, and only that one
 * (a BullMQ listener on the original belongs to that original's RedisConnection, which stops
 * listening when it closes). BullMQ listens on the copy only until it closes it; an error the copy
 * emits while it closes would otherwise reach no one.
 */
class ServiceRedis extends Redis {
  copiesListener?: RedisErrorListener;
  override duplicate(override?: Partial<RedisOptions>): Redis {
    return listenedCopy(this, super.duplicate(override));
  }
}

class ServiceCluster extends Cluster {
  copiesListener?: RedisErrorListener;
  override duplicate(overrideStartupNodes?: ClusterNode[], overrideOptions?: ClusterOptions): Cluster {
    return listenedCopy(this, super.duplicate(overrideStartupNodes, overrideOptions));
  }
}

function listenedCopy<C extends RedisClient>(original: ServiceRedis | ServiceCluster, copy: C): C {
  if (original.copiesListener) copy.on('error', original.copiesListener);
  return copy;
}

function listened<C extends ServiceRedis | ServiceCluster>(client: C, onError?: RedisErrorListener): C {
  if (onError) {
    client.on('error', onError);
    client.copiesListener = onError;
  }
  return client;
}

/** Retry interval of a cluster command while its slot has no reachable master. */
const RETRY_ON_FAILOVER_MS = 250;

/** `connectRedis` with options of one's own (operator commands, tests). */
export function openRedis(url: string, options: RedisOptions, onError?: RedisErrorListener): RedisClient {
  const target = parseRedisTarget(url);
  if (target.kind === 'single') return listened(new ServiceRedis(target.url, options), onError);
  const { enableOfflineQueue, enableAutoPipelining, lazyConnect, maxRetriesPerRequest } = options;
  // A command whose master died is retried every RETRY_ON_FAILOVER_MS until a replica has taken
  // over: for up to a minute on connections that wait out outages (workers, BullMQ), about 1 s
  // on those that fail fast (the API answers 503, operator commands report it).
  const patient = maxRetriesPerRequest === null;
  const cluster = new ServiceCluster(target.nodes, {
    retryDelayOnFailover: RETRY_ON_FAILOVER_MS,
    retryDelayOnClusterDown: RETRY_ON_FAILOVER_MS,
    retryDelayOnTryAgain: RETRY_ON_FAILOVER_MS,
    maxRedirections: patient ? Math.ceil(60_000 / RETRY_ON_FAILOVER_MS) : 4,
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(enableAutoPipelining === undefined ? {} : { enableAutoPipelining }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    redisOptions: {
      ...options,
      ...(target.username ? { username: target.username } : {}),
      ...(target.password ? { password: target.password } : {}),
      ...(target.tls ? { tls: {} } : {}),
    },
  });
  return listened(cluster, onError);
}
