import { createPlanWorker, type PlanWorker } from '../jobs/plan.worker.js';
import { createNotifyWorker } from '../notify/notify.worker.js';
import { UsageTotals } from '../usage/usage-totals.js';
import { createReplanWorker } from '../watch/replan.worker.js';
import { createPlanningContext, type ServiceContext } from './service-context.js';

/** A worker process: plans trips from the `plan` queue until SIGTERM, then drains. */
export async function startWorker(context: ServiceContext): Promise<PlanWorker> {
  const planning = createPlanningContext(context);
  const { config } = context;
  const worker = await createPlanWorker({
    connection: context.connect('bullmq', 'plan-worker'),
    subscriber: context.connect('dedicated', 'cancel-subscriber'),
    redis: context.redis,
    prefix: config.REDIS_PREFIX,
    store: context.store,
    events: context.events,
    graph: planning.graph,
    logger: context.logger,
    concurrency: config.WORKER_CONCURRENCY,
    lockDurationMs: config.WORKER_LOCK_MS,
    prices: config.MODEL_PRICES,
    usageTotals: new UsageTotals(context.redis, config.REDIS_PREFIX),
    startWatch: (tripId, plan) => context.watches.schedule(tripId, plan),
  });
  // Re-checks of watched trips (the replan queue) run beside planning too.
  const replan = createReplanWorker({
    connection: context.connect('bullmq', 'replan-worker'),
    prefix: config.REDIS_PREFIX,
    store: context.store,
    events: context.events,
    versions: context.versions,
    watches: context.watches,
    graph: planning.repairGraph,
    logger: context.logger,
    forgetThread: (threadId) => planning.saver.deleteThread(threadId),
    prices: config.MODEL_PRICES,
    lockDurationMs: config.WORKER_LOCK_MS,
  });
  // Webhook deliveries (the notify queue) run beside planning in every worker process.
  const notify = await createNotifyWorker({
    connection: context.connect('bullmq', 'notify-worker'),
    prefix: config.REDIS_PREFIX,
    ...context.notifyStores,
    logger: context.logger,
    egress: { allowPrivate: config.WEBHOOK_ALLOW_PRIVATE },
    lockDurationMs: config.WORKER_LOCK_MS,
  });
  // Ready means connected: each worker's connections have read the cluster's slot map (or the
  // server's version), so a drain that comes next finds nothing half-started to close.
  await Promise.all([worker, replan, notify].map((w) => w.worker.waitUntilReady()));
  context.logger.info({ concurrency: config.WORKER_CONCURRENCY, world: planning.world.name }, 'worker ready');
  return {
    ...worker,
    async close() {
      await Promise.all([worker.close(), notify.close(), replan.close()]);
    },
  };
}
