import { afterAll, describe, expect, it } from 'vitest';
import { createQueues } from '../../../src/jobs/queues.js';
import { WatchScheduler, watchSchedulerId } from '../../../src/watch/watch-scheduler.js';
import { testRedis, uniquePrefix } from '../../support/redis.js';

describe('watch scheduler', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('sched');
  const queues = createQueues(redis, prefix);
  const scheduler = new WatchScheduler(queues, redis, prefix);
  afterAll(async () => {
    await Promise.all(Object.values(queues).map((q) => q.close()));
    redis.disconnect();
  });

  it('waits one interval before the first re-check (a plan that just completed needs none yet)', async () => {
    const tripId = 'trp_0000000000000000000000aa';
    const before = Date.now();
    await scheduler.upsert(
      tripId,
      { everyMinutes: 60, priceChangePct: 10, weather: true },
      before + 86_400_000,
    );
    expect(await queues.replan.getWaitingCount()).toBe(0);
    const job = (await queues.replan.getDelayed()).find((j) => j.repeatJobKey === watchSchedulerId(tripId));
    expect(job).toBeDefined();
    expect(job!.timestamp + job!.opts.delay!).toBeGreaterThanOrEqual(before + 60 * 60_000);
    expect(await scheduler.advance(tripId)).toBe(job!.id);
    expect(await queues.replan.getWaitingCount()).toBe(1);
  });
});
