import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Counter, collectDefaultMetrics, Gauge, Histogram, type Registry } from 'prom-client';
import { z } from 'zod';
import type { Queues } from '../jobs/queues.js';
import type { UsageTotals, UsageTotalsSnapshot } from '../usage/usage-totals.js';
import { errorResponses } from './api-schemas.js';
import { createAdminAuthHook } from './auth.js';

/** The queue states an operator alerts on. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** A scrape must not hang on an unreachable Redis (BullMQ waits for a connection that never comes). */
const QUEUE_COUNT_TIMEOUT_MS = 1000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Model usage of finished trips, summed by the workers in Redis (see UsageTotals) and read at
 * scrape time, so every API replica reports the same deployment-wide totals. When Redis cannot
 * answer, the series are left out rather than reported stale.
 */
function installUsageMetrics(app: FastifyInstance, registry: Registry, totals: UsageTotals): void {
  // The three counters below are collected in the same scrape; they share one read of the hash.
  let pending: Promise<UsageTotalsSnapshot | null> | null = null;
  const readTotals = (): Promise<UsageTotalsSnapshot | null> => {
    pending ??= withTimeout(totals.read(), QUEUE_COUNT_TIMEOUT_MS)
      .catch((error: unknown) => {
        app.log.warn({ err: error }, 'could not read usage totals for /metrics');
        return null;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  new Counter({
    name: 'llm_tokens_total',
    help: 'Model tokens of finished trips by model, agent and kind (input|output), across all workers',
    labelNames: ['model', 'agent', 'kind'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const t of (await readTotals())?.byAgent ?? []) {
        this.inc({ model: t.model, agent: t.agent, kind: 'input' }, t.inputTokens);
        this.inc({ model: t.model, agent: t.agent, kind: 'output' }, t.outputTokens);
      }
    },
  });
  new Counter({
    name: 'llm_calls_total',
    help: 'Model calls of finished trips by model and agent, across all workers',
    labelNames: ['model', 'agent'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const t of (await readTotals())?.byAgent ?? [])
        this.inc({ model: t.model, agent: t.agent }, t.calls);
    },
  });
  new Counter({
    name: 'llm_cost_usd_total',
    help: 'USD spent on models by finished trips, for models with a price (MODEL_PRICES)',
    labelNames: ['model'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { model, usd } of (await readTotals())?.costByModel ?? []) this.inc({ model }, usd);
    },
  });
}

/**
 * Registers the API's metrics on `registry`: default process metrics, HTTP requests by route
 * pattern (not raw URL, which would explode cardinality) and status, BullMQ queue depths read
 * at scrape time, and model usage (see installUsageMetrics). When Redis cannot answer,
 * `bullmq_queue_depth_up` drops to 0 and the depths are left out rather than reported stale.
 */
export function installMetrics(
  app: FastifyInstance,
  registry: Registry,
  queues: Queues,
  usageTotals: UsageTotals,
): void {
  // A registry shared with other components may already carry the process metrics.
  if (!registry.getSingleMetric('process_cpu_user_seconds_total'))
    collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  type Depths = { name: string; counts: Record<string, number> }[] | null;
  // Both gauges below are collected in the same scrape; they share one read of the queues.
  let pending: Promise<Depths> | null = null;
  const readDepths = (): Promise<Depths> => {
    pending ??= Promise.all(
      Object.entries(queues).map(async ([name, queue]: [string, Queue]) => ({
        name,
        counts: await withTimeout(queue.getJobCounts(...QUEUE_STATES), QUEUE_COUNT_TIMEOUT_MS),
      })),
    )
      .catch((error: unknown) => {
        app.log.warn({ err: error }, 'could not read queue depths for /metrics');
        return null;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  new Gauge({
    name: 'bullmq_queue_jobs',
    help: 'Jobs per BullMQ queue and state, read when scraped',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { name, counts } of (await readDepths()) ?? []) {
        for (const state of QUEUE_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
      }
    },
  });
  new Gauge({
    name: 'bullmq_queue_depth_up',
    help: '1 when this scrape could read the queue depths from Redis, else 0',
    registers: [registry],
    async collect() {
      this.set((await readDepths()) === null ? 0 : 1);
    },
  });

  installUsageMetrics(app, registry, usageTotals);

  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });
}

/**
 * Who may read /metrics on the API port: 'admin' (the admin key, as Bearer or Basic; without an
 * admin key the route is not there), 'public' (anyone who reaches the port), or 'off' (not on the
 * API port: serve it on a separate bind address instead, see metrics-server.ts). The series name
 * queues, routes and token spend, so they are not for every client of the API.
 */
export const METRICS_ACCESS = ['admin', 'public', 'off'] as const;
export type MetricsAccess = (typeof METRICS_ACCESS)[number];

export interface MetricsRoutesOptions {
  metrics: Registry;
  access: MetricsAccess;
  adminKey?: string;
}

export const metricsRoutes: FastifyPluginAsyncZod<MetricsRoutesOptions> = async (app, options) => {
  if (options.access === 'off' || (options.access === 'admin' && !options.adminKey)) return;
  if (options.access === 'admin' && options.adminKey) {
    app.addHook('onRequest', createAdminAuthHook(options.adminKey));
  }
  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics: process, HTTP requests, BullMQ queue depths, model tokens and cost',
        tags: ['operations'],
        response: {
          200: { description: 'Prometheus text format', content: { 'text/plain': { schema: z.string() } } },
          ...(options.access === 'admin' ? errorResponses(401) : {}),
        },
      },
    },
    async (_request, reply) => reply.type(options.metrics.contentType).send(await options.metrics.metrics()),
  );
};
