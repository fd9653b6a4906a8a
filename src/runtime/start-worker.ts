import { createPlanWorker, type PlanWorker } from '../jobs/plan.worker.js';
import { UsageTotals } from '../usage/usage-totals.js';
import { createPlanningContext, type ServiceContext } from './service-context.js';

/** A worker process: plans trips from the `plan` queue until SIGTERM, then drains. */
export async function startWorker(context: ServiceContext): Promise<PlanWorker> {
  const planning = createPlanningContext(context);
  const { config } = context;
  const worker = await createPlanWorker({
    connection: context.connect('bullmq', 'plan-worker'),
    subscriber: context.connect('dedicated', 'cancel-subscriber'),
    prefix: config.REDIS_PREFIX,
    store: context.store,
    events: context.events,
    graph: planning.graph,
    logger: context.logger,
    concurrency: config.WORKER_CONCURRENCY,
    lockDurationMs: config.WORKER_LOCK_MS,
    retain: planning.retain,
    prices: config.MODEL_PRICES,
    usageTotals: new UsageTotals(context.redis, config.REDIS_PREFIX),
  });
  context.logger.info({ concurrency: config.WORKER_CONCURRENCY, world: planning.world.name }, 'worker ready');
  return worker;
}
