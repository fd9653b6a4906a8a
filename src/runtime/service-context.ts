import type { Logger } from 'pino';
import { buildRepairGraph, type RepairGraph } from '../../graphs/repair/repair-graph.js';
import { buildTripGraph, type TripGraph } from '../../graphs/trip-graph.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import { RedisCheckpointSaver } from '../checkpoint/redis-checkpoint-saver.js';
import type { Config } from '../config.js';
import { closeQueues, createQueues, type Queues } from '../jobs/queues.js';
import { createModels } from '../models/model-factory.js';
import { createNotifyStores, type NotifyStores } from '../notify/notify-stores.js';
import { PlanVersionStore } from '../trips/plan-versions.js';
import { TripEvents } from '../trips/trip-events.js';
import { TripStore } from '../trips/trip-store.js';
import type { WatchScheduler } from '../watch/watch-scheduler.js';
import { createWatches, type Watches } from '../watch/watches.js';
import { createWorld } from '../world/create-world.js';
import { createLogger } from './logger.js';
import type { RedisClient } from './redis-client.js';
import { connectRedis, type RedisProfile } from './redis-connections.js';

/** What every process shares, built once at start-up and closed on shutdown. */
export interface ServiceContext {
  config: Config;
  logger: Logger;
  redis: RedisClient;
  store: TripStore;
  events: TripEvents;
  queues: Queues;
  /** Plan versions (the source of truth for which plan is current). */
  versions: PlanVersionStore;
  notifyStores: NotifyStores;
  /** The job schedulers that re-check watched trips. */
  scheduler: WatchScheduler;
  watches: Watches;
  /** Opens another connection of the same profile (blocking reads, pub/sub). */
  connect(profile: RedisProfile, name: string): RedisClient;
  close(): Promise<void>;
}

export interface PlanningContext {
  world: WorldProvider;
  saver: RedisCheckpointSaver;
  graph: TripGraph;
  /** Re-checks and repairs watched plans. */
  repairGraph: RepairGraph;
}

export function createServiceContext(config: Config, role: 'api' | 'worker', name: string): ServiceContext {
  const logger = createLogger(config, name);
  const opened: RedisClient[] = [];
  const connect = (profile: RedisProfile, label: string) => {
    // The listener goes on every copy BullMQ makes of the connection too (see redis-connections.ts).
    const connection = connectRedis(config.REDIS_URL, profile, `${name}:${label}`, (error) =>
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
  const store = new TripStore(redis, config.REDIS_PREFIX, {
    retentionSeconds: config.TRIP_RETENTION_SECONDS,
    needsInputSeconds: config.NEEDS_INPUT_TTL_SECONDS,
  });
  const events = new TripEvents(redis, config.REDIS_PREFIX);
  const versions = new PlanVersionStore(redis, config.REDIS_PREFIX);
  const notifyStores = createNotifyStores(redis, config.REDIS_PREFIX);
  const { scheduler, watches } = createWatches(redis, config.REDIS_PREFIX, {
    store,
    events,
    versions,
    queues,
    notifyStores,
  });
  return {
    config,
    logger,
    redis,
    store,
    events,
    queues,
    versions,
    notifyStores,
    scheduler,
    watches,
    connect,
    async close() {
      await closeQueues(queues);
      await Promise.all(opened.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}

/** The planner on Redis checkpoints: the configured world (src/world/create-world.ts) and models. */
export function createPlanningContext(
  context: ServiceContext,
  options: { world?: WorldProvider } = {},
): PlanningContext {
  const { config } = context;
  // With Redis, the sandbox's clock and injected changes are shared by every process (`npm run
  // world`), and real sources share their caches and rate gates.
  const world = options.world ?? createWorld(config, { redis: context.redis, logger: context.logger });
  // Finished threads are pruned (lean-thread.ts), so a step's superseded writes are never stored.
  const saver = new RedisCheckpointSaver({
    redis: context.redis,
    prefix: config.REDIS_PREFIX,
    leanHistory: true,
  });
  const models = createModels(config, world);
  const deps = {
    world,
    models: models.defaults,
    modelChoices: models.choices,
    checkpointer: saver,
    requestHorizonDays: config.REQUEST_HORIZON_DAYS,
  };
  // Retention is the trip store's: every status change writes its TTLs (src/trips/trip-retention.ts).
  return { world, saver, graph: buildTripGraph(deps), repairGraph: buildRepairGraph(deps) };
}
