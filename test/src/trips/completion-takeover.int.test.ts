import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { PlanWorker } from '../../../src/jobs/plan.worker.js';
import { bullPrefix } from '../../../src/jobs/queues.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { submitTrip, type TripCommandDeps } from '../../../src/trips/trip-commands.js';
import type { TripStore } from '../../../src/trips/trip-store.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { ttlsOfTrip, withoutTtl } from './support/trip-ttls.js';

const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

class WorkerKilled extends Error {
  override readonly name = 'WorkerKilled';
}

/**
 * The worker "dies" right after the write that made the trip completed: the store call returns
 * into a process that throws instead of going on, as a kill -9 between that write and the next
 * would leave it. BullMQ retries the job, and the retry is the takeover.
 */
function dieAfterCompleting(store: TripStore): { deaths: () => number } {
  const transition = store.transition.bind(store);
  let deaths = 0;
  store.transition = (async (...args: Parameters<TripStore['transition']>) => {
    const result = await transition(...args);
    if (deaths === 0 && result.applied && result.trip?.status === 'completed') {
      deaths += 1;
      throw new WorkerKilled('killed right after the completion was written');
    }
    return result;
  }) as TripStore['transition'];
  return { deaths: () => deaths };
}

describe('a worker that dies right as a trip completes', () => {
  let context: ServiceContext;
  let worker: PlanWorker;
  let queueEvents: QueueEvents;
  let commands: TripCommandDeps;
  let killer: { deaths: () => number };

  beforeAll(async () => {
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix('done'),
      LOG_LEVEL: 'silent',
    });
    context = createServiceContext(config, 'worker', 'test');
    killer = dieAfterCompleting(context.store);
    worker = await startWorker(context);
    queueEvents = new QueueEvents('plan', {
      connection: context.connect('bullmq', 'queue-events') as Redis,
      prefix: bullPrefix(config.REDIS_PREFIX),
    });
    await queueEvents.waitUntilReady();
    commands = {
      redis: context.redis,
      prefix: config.REDIS_PREFIX,
      store: context.store,
      events: context.events,
      queues: context.queues,
    };
  });

  afterAll(async () => {
    await queueEvents?.close();
    await worker?.close();
    await context?.close();
  });

  it('leaves the takeover nothing to redo: one completed event, version 1, the watch, a TTL on every key', async () => {
    const { trip } = await submitTrip(commands, 'tenant-a', { text: SEATTLE });
    const job = await context.queues.plan.getJob(`${trip.id}.start`);
    // The retry (the takeover) finds the trip completed and has nothing left to do.
    expect(await job?.waitUntilFinished(queueEvents)).toEqual({ skipped: 'completed' });
    expect(killer.deaths()).toBe(1);

    const events = await context.events.range(trip.id, '0', 10_000);
    const completed = events.filter((e) => e.event.type === 'status' && e.event.status === 'completed');
    expect(completed, 'SSE followers see the end exactly once').toHaveLength(1);

    const done = await context.store.get(trip.id);
    expect(done?.status).toBe('completed');
    expect(done?.planVersion).toBe(1);
    expect(done?.watch?.status).toBe('active');
    expect((await context.versions.list(trip.id)).map((v) => v.version)).toEqual([1]);

    const ttls = await ttlsOfTrip(context.redis, context.config.REDIS_PREFIX, trip.id);
    // The planning thread is deleted once the plan is recorded (src/planner/lean-thread.ts).
    expect(ttls.size, 'trip, events, versions and their index, usage').toBeGreaterThanOrEqual(5);
    expect(withoutTtl(ttls)).toEqual([]);
  });
});
