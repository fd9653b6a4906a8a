import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { FAULT_KINDS } from '../../../src/devtools/fault-plan.js';
import {
  type RunningOpenAiServer,
  startOpenAiCompatibleServer,
} from '../../../src/devtools/openai-compatible-server.js';
import type { PlanWorker } from '../../../src/jobs/plan.worker.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startApi } from '../../../src/runtime/start-api.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { waitForStatus } from '../../support/trips.js';

const REQUESTS = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  '4 days from Boston to New York, April 2-5 2027, 3 people, $3,000',
  'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs',
  '3 days from Denver to Las Vegas, July 1-3 2027, 4 people, $4,000, entire home',
];
const TRIPS = 50;

describe('the whole system on a hosted-model endpoint that misbehaves 20% of the time', () => {
  let server: RunningOpenAiServer;
  let api: ServiceContext;
  let workers: ServiceContext;
  let worker: PlanWorker;
  let app: FastifyInstance;
  let blocking: RedisClient;

  beforeAll(async () => {
    const world = createSandboxWorld({ seed: 1 });
    server = await startOpenAiCompatibleServer({
      gazetteer: { cities: world.listCities(), regions: world.listRegions() },
      models: ['offline-policy'],
      faults: { rate: 0.2, kinds: [...FAULT_KINDS], seed: 7, retryAfterSeconds: 1 },
    });
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix('hosted'),
      API_PORT: '0',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_PER_MINUTE: '10000',
      OPENAI_API_KEY: 'local-test-key',
      OPENAI_BASE_URL: server.url,
      OPENAI_MODEL: 'offline-policy',
      // A held request is abandoned after 1.5 s and retried; 429s wait for their Retry-After.
      OPENAI_TIMEOUT_MS: '1500',
      OPENAI_MAX_RETRIES: '6',
      MODEL_MAX_CONCURRENCY: '64',
      WORKER_CONCURRENCY: String(TRIPS),
    });
    api = createServiceContext(config, 'api', 'api');
    workers = createServiceContext(config, 'worker', 'worker');
    worker = await startWorker(workers);
    app = await startApi(api);
    blocking = workers.connect('dedicated', 'blocking');
    // The API's connection queues nothing while it connects (it answers 503 instead): on a busy
    // machine the test's first command could otherwise beat the connection.
    if (api.redis.status !== 'ready') await once(api.redis, 'ready');
  });

  afterAll(async () => {
    await app.close();
    await worker.close();
    await Promise.all([api.close(), workers.close()]);
    await server.close();
  });

  it(`completes all ${TRIPS} trips submitted through the API, each with a valid plan`, async () => {
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const { key } = await new ApiKeyStore(api.redis, api.config.REDIS_PREFIX).create('tenant-h');
    const ids = await Promise.all(
      Array.from({ length: TRIPS }, async (_, i) => {
        const response = await fetch(`${base}/v1/trips`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text: REQUESTS[i % REQUESTS.length] }),
        });
        expect(response.status).toBe(202);
        return ((await response.json()) as { id: string }).id;
      }),
    );
    const finals = await Promise.all(
      ids.map((id) => waitForStatus(workers.events, blocking, id, ['completed', 'failed', 'cancelled'])),
    );
    const failed = ids.filter((_, i) => finals[i] !== 'completed');
    const reasons = await Promise.all(
      failed.map(async (id) => (await workers.store.get(id))?.error?.message),
    );
    expect(reasons).toEqual([]);

    for (const id of ids) {
      const trip = await workers.store.get(id);
      expect(trip?.plan?.validation.passed, id).toBe(true);
      expect(new Set(Object.values(trip?.plan?.models ?? {}))).toEqual(new Set(['openai:offline-policy']));
    }
    const stats = server.stats();
    for (const kind of FAULT_KINDS) expect(stats.faults[kind], `${kind} faults injected`).toBeGreaterThan(0);
    const injected = Object.values(stats.faults).reduce((a, b) => a + b, 0);
    expect(injected / stats.completions).toBeGreaterThan(0.12);
    // ~600 model calls, a second per 429 and 1.5 s per timeout: 15 s alone, more beside other suites.
  }, 180_000);
});
