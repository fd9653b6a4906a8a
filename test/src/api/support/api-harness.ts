import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { type ApiDeps, buildApp } from '../../../../src/api/build-app.js';
import { closeQueues, createQueues, type Queues } from '../../../../src/jobs/queues.js';
import { createNotifyStores } from '../../../../src/notify/notify-stores.js';
import type { RedisClient } from '../../../../src/runtime/redis-client.js';
import { ApiKeyStore } from '../../../../src/tenancy/api-keys.js';
import { PlanVersionStore } from '../../../../src/trips/plan-versions.js';
import { TripEvents } from '../../../../src/trips/trip-events.js';
import { TripStore } from '../../../../src/trips/trip-store.js';
import { createWatches } from '../../../../src/watch/watches.js';
import { testRedis, uniquePrefix } from '../../../support/redis.js';

export interface ApiHarness {
  app: FastifyInstance;
  /** Base URL of the listening app, e.g. http://127.0.0.1:41234 */
  url: string;
  redis: RedisClient;
  prefix: string;
  store: TripStore;
  events: TripEvents;
  versions: PlanVersionStore;
  queues: Queues;
  apiKeys: ApiKeyStore;
  /** Every connection the SSE routes asked for, to check they are closed. */
  blockingConnections: Redis[];
  /** A fresh API key for `tenant`, as a ready-made Authorization header. */
  keyFor(tenant: string): Promise<{ key: string; auth: Record<string, string> }>;
  close(): Promise<void>;
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** A real app on a real port over the test Redis, under its own prefix; `overrides` replace any dep. */
export async function startApi(overrides: Partial<ApiDeps> = {}): Promise<ApiHarness> {
  const redis = testRedis();
  const prefix = uniquePrefix('api');
  const queues = createQueues(redis, prefix);
  const blockingConnections: Redis[] = [];
  const apiKeys = overrides.apiKeys ?? new ApiKeyStore(redis, prefix);
  const store = new TripStore(redis, prefix);
  const events = new TripEvents(redis, prefix);
  const versions = new PlanVersionStore(redis, prefix);
  const notifyStores = createNotifyStores(redis, prefix);
  const deps: ApiDeps = {
    redis,
    prefix,
    store,
    events,
    versions,
    ...createWatches(redis, prefix, { store, events, versions, queues, notifyStores }),
    queues,
    apiKeys,
    metrics: new Registry(),
    logger: false,
    rateLimitPerMinute: 1000,
    blockingRedisFactory: () => {
      const connection = testRedis({ maxRetriesPerRequest: 1 });
      blockingConnections.push(connection);
      return connection;
    },
    ...overrides,
  };
  const app = await buildApp(deps);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    redis: deps.redis,
    prefix,
    store: deps.store,
    events: deps.events,
    versions: deps.versions,
    queues: deps.queues,
    apiKeys,
    blockingConnections,
    async keyFor(tenant) {
      const { key } = await apiKeys.create(tenant, 'test');
      return { key, auth: bearer(key) };
    },
    async close() {
      await app.close();
      await closeQueues(queues);
      for (const c of blockingConnections) c.disconnect();
      await redis.quit();
    },
  };
}

/** POSTs JSON with the given headers. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

export const SAMPLE_REQUEST = { text: '3 days from Seattle to Portland, June 3 2027, 2 people' };
