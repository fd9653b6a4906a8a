import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  createJsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import type { CityLookup } from '../calendar/calendar-entries.js';
import type { Queues } from '../jobs/queues.js';
import type { WebhookEgressPolicy } from '../notify/egress-policy.js';
import { createNotifyStores } from '../notify/notify-stores.js';
import type { RedisClient } from '../runtime/redis-client.js';
import type { ApiKeyStore } from '../tenancy/api-keys.js';
import type { PlanVersionStore } from '../trips/plan-versions.js';
import type { TripEvents } from '../trips/trip-events.js';
import type { TripStore } from '../trips/trip-store.js';
import { UsageTotals } from '../usage/usage-totals.js';
import type { WatchScheduler } from '../watch/watch-scheduler.js';
import type { Watches } from '../watch/watches.js';
import { ApiError } from './api-error.js';
import { createTenantAuthHook } from './auth.js';
import { installErrorHandling } from './error-handler.js';
import { installMetrics, type MetricsAccess, metricsRoutes } from './metrics.js';
import { ADMIN_QUEUES_PATH, adminRoutes } from './routes/admin.routes.js';
import { calendarRoutes } from './routes/calendar.routes.js';
import { eventsRoutes } from './routes/events.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { tripsRoutes } from './routes/trips.routes.js';
import { versionsRoutes } from './routes/versions.routes.js';
import { watchRoutes } from './routes/watch.routes.js';
import { webhooksRoutes } from './routes/webhooks.routes.js';
import { createUnauthenticatedLimit } from './unauthenticated-limit.js';
import { installWebApp } from './web-app.js';

/** Everything the API needs, built once by the process that runs it (see main-api.ts). */
export interface ApiDeps {
  /** Shared command connection: trips, events, keys, rate-limit counters, readiness. */
  redis: RedisClient;
  /** Key namespace of this deployment (REDIS_PREFIX). */
  prefix: string;
  store: TripStore;
  events: TripEvents;
  /** Plan versions of each trip (the first plan, then each repair). */
  versions: PlanVersionStore;
  /** Watches of planned trips (PUT/DELETE /v1/trips/:id/watch, cancelling a watched trip). */
  watches: Watches;
  scheduler: WatchScheduler;
  queues: Queues;
  apiKeys: ApiKeyStore;
  metrics: Registry;
  /** Fastify's pino logger options; `false` in tests. */
  logger: FastifyServerOptions['logger'];
  /** Enables /admin/queues (Bull Board); without it those routes answer 404. */
  adminKey?: string;
  /** Requests per minute per tenant across all /v1 routes. */
  rateLimitPerMinute: number;
  /** Models a request may name in `model`; when absent, any choice is refused. */
  allowedModels?: readonly string[];
  /** How many days ahead a trip may start (REQUEST_HORIZON_DAYS). Default 730. */
  requestHorizonDays?: number;
  /**
   * The blocking connection of the process's one shared SSE reader (all streams share it); asked for
   * when the first stream opens and again only after the last one closed.
   */
  blockingRedisFactory: () => RedisClient;
  /** Longest silence on an SSE stream before a heartbeat comment. Default 15 000 ms. */
  sseHeartbeatMs?: number;
  /** Open SSE streams per tenant in this process before 429. Default 20. */
  sseMaxStreamsPerTenant?: number;
  /** A quiet stream of a queued or needs_input trip ends after this long. Default 300 000 ms. */
  sseIdleMs?: number;
  /** Where webhooks may point (checked at PUT). Default: public addresses only. */
  webhookEgress?: WebhookEgressPolicy;
  /** Who may read /metrics on this port (see metrics.ts). Default 'public'; main-api passes METRICS_ACCESS. */
  metricsAccess?: MetricsAccess;
  /** Serves /docs. Default true; main-api passes DOCS_ENABLED (default false). */
  docsEnabled?: boolean;
  /** /v1 requests per minute per client address that fail the key check, before 429. Default 60. */
  unauthenticatedPerMinute?: number;
  /** Largest accepted request body. Default 64 KiB. */
  bodyLimit?: number;
  /** Zones and coordinates of cities (the world's resolveCity), for calendars and maps. */
  cities?: CityLookup;
  /** The built web app (web/dist) served at `/`; absent, `/` is not served. */
  webRoot?: string;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** A caller's X-Request-Id is kept (so logs join up across services) when it is plainly an id. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Builds the HTTP API without listening, so tests and main-api.ts share exactly one app. */
export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger,
    bodyLimit: deps.bodyLimit ?? 64 * 1024,
    genReqId: requestIdOf,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('tenantId', '');
  installErrorHandling(app, deps.redis);
  installMetrics(app, deps.metrics, deps.queues, new UsageTotals(deps.redis, deps.prefix));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Only JSON bodies: dropping the text/plain parser makes any other type a 415.
  app.removeContentTypeParser('text/plain');
  const json = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // An empty JSON body (e.g. fetch with a JSON content type on /cancel) means "no body".
    if (body === '') done(null, undefined);
    else json(request, body as string, done);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Trip planner API',
        version: '1.0.0',
        description:
          'Submit trip requests, follow their progress (SSE), answer questions, cancel. Every /v1 route ' +
          'needs `Authorization: Bearer <api key>` and sees only the key’s tenant’s trips.',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A tenant API key (tpk_…)' },
        },
      },
    },
    transform: createJsonSchemaTransform({
      skipList: ['/docs', '/docs/', '/docs/json', '/docs/yaml', '/docs/static/*', '/docs/*'],
    }),
  });
  // The document is still built (app.swagger()); only its routes depend on the setting.
  if (deps.docsEnabled ?? true) await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes, { redis: deps.redis });
  await app.register(metricsRoutes, {
    metrics: deps.metrics,
    access: deps.metricsAccess ?? 'public',
    adminKey: deps.adminKey,
  });

  await app.register(
    async (v1) => {
      // Before the key check, so a caller over its budget of bad keys costs no Redis lookup.
      const unauthenticated = createUnauthenticatedLimit({ perMinute: deps.unauthenticatedPerMinute ?? 60 });
      v1.addHook('onRequest', unauthenticated.onRequest);
      v1.addHook('onResponse', unauthenticated.onResponse);
      v1.addHook('onRequest', createTenantAuthHook(deps.apiKeys));
      v1.addHook('onRequest', unauthenticated.onAuthenticated);
      // Registered after the auth hook so the limiter (a route-level hook) runs second and can key on the tenant.
      await v1.register(rateLimit, {
        max: deps.rateLimitPerMinute,
        timeWindow: 60_000,
        redis: deps.redis,
        nameSpace: `${deps.prefix}ratelimit:`,
        keyGenerator: (request) => request.tenantId,
        errorResponseBuilder: (_request, context) =>
          new ApiError(
            429,
            'rate_limited',
            `rate limit of ${context.max} requests per minute exceeded; retry in ${Math.ceil(context.ttl / 1000)} s`,
          ),
      });
      await v1.register(tripsRoutes, {
        deps: { ...deps, endWatch: (tripId) => deps.watches.end(tripId, 'cancelled') },
      });
      await v1.register(versionsRoutes, { store: deps.store, versions: deps.versions });
      await v1.register(calendarRoutes, { store: deps.store, versions: deps.versions, cities: deps.cities });
      await v1.register(watchRoutes, { store: deps.store, watches: deps.watches, scheduler: deps.scheduler });
      await v1.register(webhooksRoutes, {
        stores: createNotifyStores(deps.redis, deps.prefix),
        egress: deps.webhookEgress,
      });
      await v1.register(eventsRoutes, {
        redis: deps.redis,
        store: deps.store,
        events: deps.events,
        blockingRedisFactory: deps.blockingRedisFactory,
        heartbeatMs: deps.sseHeartbeatMs ?? 15_000,
        maxStreamsPerTenant: deps.sseMaxStreamsPerTenant,
        idleMs: deps.sseIdleMs,
      });
    },
    { prefix: '/v1' },
  );

  if (deps.webRoot) await installWebApp(app, deps.webRoot);

  if (deps.adminKey) {
    await app.register(adminRoutes, { adminKey: deps.adminKey, queues: deps.queues });
  }
  app.log.debug({ admin: deps.adminKey ? ADMIN_QUEUES_PATH : null }, 'routes registered');
  return app;
}
