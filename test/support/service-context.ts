import { loadConfig } from '../../src/config.js';
import { createServiceContext, type ServiceContext } from '../../src/runtime/service-context.js';
import type { TripCommandDeps } from '../../src/trips/trip-commands.js';

/** What submitTrip and the other trip commands need, taken from a service context (its own prefix). */
export function tripCommandsOf(context: ServiceContext): TripCommandDeps {
  return {
    redis: context.redis,
    prefix: context.config.REDIS_PREFIX,
    store: context.store,
    events: context.events,
    queues: context.queues,
  };
}

/**
 * A worker-role service context under `prefix` of the Redis at `redisUrl`, logs silent, and its
 * trip commands: how a test or bench submits trips to worker processes it started itself.
 * `env` adds settings (e.g. WEBHOOK_ALLOW_PRIVATE); `name` labels the context's connections.
 */
export function serviceOnPrefix(
  redisUrl: string,
  prefix: string,
  options: { name?: string; env?: Record<string, string> } = {},
): { context: ServiceContext; commands: TripCommandDeps } {
  const config = loadConfig({
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const context = createServiceContext(config, 'worker', options.name ?? 'test');
  return { context, commands: tripCommandsOf(context) };
}
