import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { buildApp } from '../api/build-app.js';
import { startMetricsServer } from '../api/metrics-server.js';
import { builtWebRoot } from '../api/web-app.js';
import { allowedModels } from '../models/model-factory.js';
import { ApiKeyStore } from '../tenancy/api-keys.js';
import { createWorld } from '../world/create-world.js';
import { connectRedis } from './redis-connections.js';
import type { ServiceContext } from './service-context.js';

/** The HTTP API on a service context (built with role 'api': Redis failures answer 503 at once). */
export async function startApi(context: ServiceContext): Promise<FastifyInstance> {
  const { config } = context;
  // Only its gazetteer is used (zones and coordinates for calendars and maps): no clock needed.
  const cityWorld = createWorld(config);
  const metrics = new Registry();
  const app = await buildApp({
    redis: context.redis,
    prefix: config.REDIS_PREFIX,
    store: context.store,
    events: context.events,
    versions: context.versions,
    watches: context.watches,
    scheduler: context.scheduler,
    queues: context.queues,
    apiKeys: new ApiKeyStore(context.redis, config.REDIS_PREFIX),
    metrics,
    // With a metrics port of its own, /metrics leaves the API port.
    metricsAccess: config.METRICS_PORT ? 'off' : config.METRICS_ACCESS,
    docsEnabled: config.DOCS_ENABLED,
    unauthenticatedPerMinute: config.RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE,
    webhookEgress: { allowPrivate: config.WEBHOOK_ALLOW_PRIVATE },
    sseMaxStreamsPerTenant: config.SSE_MAX_STREAMS_PER_TENANT,
    sseIdleMs: config.SSE_IDLE_SECONDS * 1000,
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization'] },
    adminKey: config.ADMIN_KEY,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    allowedModels: allowedModels(config),
    requestHorizonDays: config.REQUEST_HORIZON_DAYS,
    // One blocking connection for all SSE streams of this process (the shared reader).
    blockingRedisFactory: () => connectRedis(config.REDIS_URL, 'sse', 'sse'),
    cities: (name) => cityWorld.resolveCity(name),
    webRoot: builtWebRoot(),
  });
  if (config.METRICS_PORT) {
    const server = await startMetricsServer(metrics, config.METRICS_HOST, config.METRICS_PORT);
    app.addHook('onClose', async () => {
      server.close();
    });
  }
  await app.listen({ host: config.API_HOST, port: config.API_PORT });
  return app;
}
