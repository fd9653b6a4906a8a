import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RedisClient } from '../../runtime/redis-client.js';
import { ApiError } from '../api-error.js';
import { errorResponses } from '../api-schemas.js';

export interface HealthRoutesOptions {
  redis: RedisClient;
  /** How long /readyz waits for PING before answering 503. Default 1000 ms. */
  readinessTimeoutMs?: number;
}

const Health = z.object({ status: z.literal('ok') });

/** Resolves false when PING fails or does not answer in time: a load balancer should not wait longer. */
async function pingWithin(redis: RedisClient, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const ping = redis.ping().then(
    (reply) => reply === 'PONG',
    () => false,
  );
  try {
    return await Promise.race([ping, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, options) => {
  app.get(
    '/healthz',
    {
      schema: {
        summary: 'Liveness: the process is up (no dependencies checked)',
        tags: ['operations'],
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness: Redis answers PING within about a second',
        tags: ['operations'],
        response: { 200: Health, ...errorResponses(503) },
      },
    },
    async () => {
      if (!(await pingWithin(options.redis, options.readinessTimeoutMs ?? 1000))) {
        throw new ApiError(503, 'unavailable', 'Redis is not answering', { headers: { 'retry-after': '5' } });
      }
      return { status: 'ok' as const };
    },
  );
};
