import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { buildTripGraph, type TripGraph } from '../../graphs/trip-graph.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import { RedisCheckpointSaver } from '../checkpoint/redis-checkpoint-saver.js';
import type { Config } from '../config.js';
import { closeQueues, createQueues, type Queues } from '../jobs/queues.js';
import { createModels } from '../models/model-factory.js';
import type { TripRecord } from '../trips/trip.schema.js';
import { TripEvents } from '../trips/trip-events.js';
import { TripStore } from '../trips/trip-store.js';
import { createLogger } from './logger.js';
import { connectRedis, type RedisProfile } from './redis-connections.js';

/** What every process shares, built once at start-up and closed on shutdown. */
export interface ServiceContext {
  config: Config;
  logger: Logger;
  redis: Redis;
  store: TripStore;
  events: TripEvents;
  queues: Queues;
  /** Opens another connection of the same profile (blocking reads, pub/sub). */
  connect(profile: RedisProfile, name: string): Redis;
  close(): Promise<void>;
}

export interface PlanningContext {
  world: WorldProvider;
  saver: RedisCheckpointSaver;
  graph: TripGraph;
  /** Puts the retention TTL on everything a finished trip left in Redis. */
  retain(trip: TripRecord): Promise<void>;
}

export function createServiceContext(config: Config, role: 'api' | 'worker', name: string): ServiceContext {
  const logger = createLogger(config, name);
  const opened: Redis[] = [];
  const connect = (profile: RedisProfile, label: string) => {
    const connection = connectRedis(config.REDIS_URL, profile, `${name}:${label}`);
    connection.on('error', (error) =>
      logger.warn({ err: error, connection: label }, 'redis connection error'),
    );
    opened.push(connection);
    return connection;
  };
  const redis = connect(role, 'main');
  // Producers only: the API's queues must fail fast like the rest of the API when Redis is away.
  const queues = createQueues(connect(role === 'api' ? 'api' : 'bullmq', 'queues'), config.REDIS_PREFIX);
  for (const queue of Object.values(queues)) {
    // Without a listener, a connection error re-emitted by a queue would crash the process.
    queue.on('error', (error: Error) =>
      logger.warn({ err: error, queue: queue.name }, 'queue connection error'),
    );
  }
  return {
    config,
    logger,
    redis,
    store: new TripStore(redis, config.REDIS_PREFIX),
    events: new TripEvents(redis, config.REDIS_PREFIX),
    queues,
    connect,
    async close() {
      await closeQueues(queues);
      await Promise.all(opened.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/** The planner on Redis checkpoints: the sandbox world and the configured models. */
export function createPlanningContext(
  context: ServiceContext,
  options: { world?: WorldProvider } = {},
): PlanningContext {
  const { config } = context;
  const world = options.world ?? createSandboxWorld({ seed: config.SANDBOX_SEED });
  const saver = new RedisCheckpointSaver({ redis: context.redis, prefix: config.REDIS_PREFIX });
  const models = createModels(config, world);
  const graph = buildTripGraph({
    world,
    models: models.defaults,
    modelChoices: models.choices,
    checkpointer: saver,
  });
  const retention = config.TRIP_RETENTION_SECONDS;
  return {
    world,
    saver,
    graph,
    async retain(trip) {
      await Promise.all([
        context.store.expireFinished(trip, retention),
        context.events.expire(trip.id, retention),
        saver.expireThread(trip.id, retention),
      ]);
    },
  };
}
