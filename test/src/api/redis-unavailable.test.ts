import { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiDeps, buildApp } from '../../../src/api/build-app.js';
import { createQueues } from '../../../src/jobs/queues.js';
import { ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { PlanVersionStore } from '../../../src/trips/plan-versions.js';
import { TripEvents } from '../../../src/trips/trip-events.js';
import { TripStore } from '../../../src/trips/trip-store.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';
import { freePort } from '../../support/redis-server.js';
import { testWatches } from '../../support/watches.js';
import { bearer, postJson, SAMPLE_REQUEST } from './support/api-harness.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A client for a port where nothing listens, configured like main-api.ts: fail fast, never queue. */
async function deadRedis(): Promise<Redis> {
  const redis = new Redis(`redis://127.0.0.1:${await freePort()}`, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 200,
  });
  redis.on('error', () => {}); // ECONNREFUSED on every reconnect attempt is the point of this test
  return redis;
}

/** An app whose trip storage is unreachable; API keys may live on a healthy Redis. */
async function appOnDeadRedis(keysRedis?: Redis) {
  const redis = await deadRedis();
  const prefix = uniquePrefix('down');
  const queues = createQueues(redis, prefix);
  for (const q of Object.values(queues)) q.on('error', () => {});
  const deps: ApiDeps = {
    redis,
    prefix,
    store: new TripStore(redis, prefix),
    events: new TripEvents(redis, prefix),
    versions: new PlanVersionStore(redis, prefix),
    ...testWatches(redis, prefix),
    queues,
    apiKeys: new ApiKeyStore(keysRedis ?? redis, prefix),
    metrics: new Registry(),
    logger: false,
    rateLimitPerMinute: 100,
    blockingRedisFactory: () => redis.duplicate(),
  };
  const app = await buildApp(deps);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  // The queues are not closed: they share this never-connected client, and BullMQ's close() drops
  // their error listeners, so ending the client afterwards would fail BullMQ's pending init() with
  // nobody listening (an unhandled rejection inside BullMQ). Ending the client is all they need.
  cleanups.push(
    () => redis.disconnect(),
    () => app.close(),
  );
  return { app, url, deps };
}

async function expectPrompt503(response: Promise<Response>) {
  const started = Date.now();
  const res = await response;
  expect(Date.now() - started).toBeLessThan(2000);
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    code: 'unavailable',
    message: 'the service is temporarily unavailable; retry shortly',
  });
  // Nothing about Redis, hosts or stack traces leaks to the client.
  expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|enableOfflineQueue/i);
}

describe('when Redis is unreachable', () => {
  it('/healthz still answers 200 and /readyz answers 503 within about a second', async () => {
    const { url } = await appOnDeadRedis();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const started = Date.now();
    const ready = await fetch(`${url}/readyz`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
  });

  it('POST /v1/trips answers 503 promptly, even though the key cannot be checked', async () => {
    const { url } = await appOnDeadRedis();
    await expectPrompt503(postJson(`${url}/v1/trips`, SAMPLE_REQUEST, bearer(`tpk_${'A'.repeat(43)}`)));
  });

  it('with a valid key, writes and reads of trips answer 503 promptly', async () => {
    const keysRedis = testRedis();
    cleanups.push(() => void keysRedis.quit());
    const { url, deps } = await appOnDeadRedis(keysRedis);
    const { key } = await deps.apiKeys.create('acme');
    await expectPrompt503(postJson(`${url}/v1/trips`, SAMPLE_REQUEST, bearer(key)));
    await expectPrompt503(fetch(`${url}/v1/trips/trp_000000000000000000000000`, { headers: bearer(key) }));
  });

  it('/metrics still answers, reporting the queue depths as unreadable', async () => {
    const { url } = await appOnDeadRedis();
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^bullmq_queue_depth_up 0$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });
});
