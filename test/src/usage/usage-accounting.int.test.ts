import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_MODEL_NAME } from '../../../agents/offline/offline-chat-model.js';
import { buildApp } from '../../../src/api/build-app.js';
import { loadConfig } from '../../../src/config.js';
import type { PlanWorker } from '../../../src/jobs/plan.worker.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { ApiKeyStore } from '../../../src/tenancy/api-keys.js';
import { PlanVersionStore } from '../../../src/trips/plan-versions.js';
import type { TripRecord } from '../../../src/trips/trip.schema.js';
import { submitTrip, type TripCommandDeps } from '../../../src/trips/trip-commands.js';
import type { TripUsage } from '../../../tools/domain/usage.schema.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { waitForStatus } from '../../support/trips.js';
import { testWatches } from '../../support/watches.js';

const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';
const AGENTS = ['flights', 'hotels', 'intake', 'itinerary'];
const PRICE = { inputPerMillion: 0.15, outputPerMillion: 0.6 };

/** Prometheus text → value by `name{labels}` with labels sorted, so label order does not matter. */
function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = (match[2] ?? '').split(',').filter(Boolean).sort().join(',');
    values.set(`${match[1]}{${labels}}`, Number(match[3]));
  }
  return values;
}

const series = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',')}}`;

function expectTokensInEveryAgent(usage: TripUsage | null | undefined, agents: string[]): TripUsage {
  if (!usage) throw new Error('no usage');
  expect(Object.keys(usage.byAgent)).toEqual(agents);
  for (const agent of agents) {
    const entry = usage.byAgent[agent];
    expect(entry?.model, agent).toBe(OFFLINE_MODEL_NAME);
    expect(entry?.calls, agent).toBeGreaterThan(0);
    expect(entry?.inputTokens, agent).toBeGreaterThan(0);
    expect(entry?.outputTokens, agent).toBeGreaterThan(0);
    expect(entry?.cost, agent).toBeGreaterThan(0);
  }
  return usage;
}

describe('usage accounting: worker, trip record, API and /metrics on a real Redis', () => {
  let context: ServiceContext;
  let worker: PlanWorker;
  let blocking: RedisClient;
  let app: FastifyInstance;
  let auth: Record<string, string>;
  let completed: TripRecord;
  let failed: TripRecord;
  let waiting: TripRecord;

  beforeAll(async () => {
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix('usage'),
      LOG_LEVEL: 'silent',
      MODEL_PRICES: JSON.stringify({ [OFFLINE_MODEL_NAME]: PRICE }),
    });
    context = createServiceContext(config, 'worker', 'test');
    worker = await startWorker(context);
    blocking = context.connect('dedicated', 'test-blocking');
    const apiKeys = new ApiKeyStore(context.redis, config.REDIS_PREFIX);
    app = await buildApp({
      redis: context.redis,
      prefix: config.REDIS_PREFIX,
      store: context.store,
      events: context.events,
      versions: new PlanVersionStore(context.redis, config.REDIS_PREFIX),
      ...testWatches(context.redis, config.REDIS_PREFIX),
      queues: context.queues,
      apiKeys,
      metrics: new Registry(),
      logger: false,
      rateLimitPerMinute: 1000,
      blockingRedisFactory: () => context.connect('dedicated', 'sse'),
    });
    auth = { authorization: `Bearer ${(await apiKeys.create('tenant-u', 'test')).key}` };

    const commands: TripCommandDeps = {
      redis: context.redis,
      prefix: config.REDIS_PREFIX,
      store: context.store,
      events: context.events,
      queues: context.queues,
    };
    const plan = async (text: string, until: TripRecord['status']) => {
      const { trip } = await submitTrip(commands, 'tenant-u', { text });
      expect(await waitForStatus(context.events, blocking, trip.id, [until, 'failed', 'completed'])).toBe(
        until,
      );
      const stored = await context.store.get(trip.id);
      if (!stored) throw new Error(`trip ${trip.id} is gone`);
      return stored;
    };
    [completed, failed, waiting] = await Promise.all([
      plan(SEATTLE, 'completed'),
      plan(SEATTLE.replace('$4,000', '$200'), 'failed'),
      plan('3 days in Nashville for 2, June 4-6 2027, $2,500', 'needs_input'),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.close();
    await context?.close();
  });

  it('a completed trip carries priced usage of all four agents, on its record and its plan', async () => {
    const usage = expectTokensInEveryAgent(completed.usage, AGENTS);
    expect(completed.plan?.usage).toEqual(usage);
    const sum = (key: 'calls' | 'inputTokens' | 'outputTokens') =>
      Object.values(usage.byAgent).reduce((n, a) => n + a[key], 0);
    expect(usage.total).toMatchObject({
      calls: sum('calls'),
      inputTokens: sum('inputTokens'),
      outputTokens: sum('outputTokens'),
    });
    const cost =
      (usage.total.inputTokens * PRICE.inputPerMillion + usage.total.outputTokens * PRICE.outputPerMillion) /
      1e6;
    expect(usage.total.cost).toBeCloseTo(cost, 8);
    expect(usage.currency).toBe('USD');
  });

  it('a trip that fails (budget too small) still says what its agents used', () => {
    expect(failed.error?.code).toBe('infeasible');
    expectTokensInEveryAgent(failed.usage, ['flights', 'hotels', 'intake']);
  });

  it('a trip waiting for input shows the usage so far', () => {
    expect(waiting.status).toBe('needs_input');
    expectTokensInEveryAgent(waiting.usage, ['intake']);
  });

  it('GET /v1/trips/:id returns the usage, and the OpenAPI document describes it', async () => {
    const response = await app.inject({ method: 'GET', url: `/v1/trips/${completed.id}`, headers: auth });
    expect(response.statusCode).toBe(200);
    const view = response.json() as { usage: TripUsage; plan: { usage: TripUsage } };
    expect(view.usage).toEqual(completed.usage);
    expect(view.plan.usage).toEqual(completed.usage);

    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<
        string,
        { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }
      >;
    };
    const schema = JSON.stringify(
      doc.paths['/v1/trips/{id}']?.get.responses['200']?.content['application/json'],
    );
    for (const field of ['usage', 'byAgent', 'inputTokens', 'outputTokens', 'cost'])
      expect(schema).toContain(`"${field}"`);
  });

  it('/metrics sums the finished trips across workers (not the one still waiting)', async () => {
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    const metrics = parseMetrics(response.body);
    const finished = [completed, failed].map((t) => t.usage as TripUsage);
    const model = OFFLINE_MODEL_NAME;
    for (const agent of AGENTS) {
      const total = (key: 'calls' | 'inputTokens' | 'outputTokens') =>
        finished.reduce((n, u) => n + (u.byAgent[agent]?.[key] ?? 0), 0);
      expect(metrics.get(series('llm_calls_total', { model, agent })), agent).toBe(total('calls'));
      expect(metrics.get(series('llm_tokens_total', { model, agent, kind: 'input' })), agent).toBe(
        total('inputTokens'),
      );
      expect(metrics.get(series('llm_tokens_total', { model, agent, kind: 'output' })), agent).toBe(
        total('outputTokens'),
      );
    }
    const usd = finished.reduce((n, u) => n + (u.total.cost ?? 0), 0);
    expect(metrics.get(series('llm_cost_usd_total', { model }))).toBeCloseTo(usd, 8);
  });
});
