import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { PlanWorker } from '../../../src/jobs/plan.worker.js';
import { bullPrefix } from '../../../src/jobs/queues.js';
import { type RedisClient, scanAllKeys } from '../../../src/runtime/redis-client.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { answerTrip, submitTrip, type TripCommandDeps } from '../../../src/trips/trip-commands.js';
import { tripRecordKey } from '../../../src/trips/trip-keys.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { waitForStatus } from '../../support/trips.js';

const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

describe('plan worker (in process) on a real Redis', () => {
  let context: ServiceContext;
  let worker: PlanWorker;
  let blocking: RedisClient;
  let commands: TripCommandDeps;

  beforeAll(async () => {
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: uniquePrefix('worker'),
      LOG_LEVEL: 'silent',
    });
    context = createServiceContext(config, 'worker', 'test');
    worker = await startWorker(context);
    blocking = context.connect('dedicated', 'test-blocking');
    commands = {
      redis: context.redis,
      prefix: config.REDIS_PREFIX,
      store: context.store,
      events: context.events,
      queues: context.queues,
    };
  });

  afterAll(async () => {
    await worker.close();
    await context.close();
  });

  it('takes a submitted trip to completed, with its progress in the event stream', async () => {
    const { trip } = await submitTrip(commands, 'tenant-a', { text: SEATTLE });
    expect(await waitForStatus(context.events, blocking, trip.id, ['completed', 'failed'])).toBe('completed');

    const done = await context.store.get(trip.id);
    expect(done?.plan?.validation.passed).toBe(true);
    expect(done?.plan?.cost.total).toBeLessThanOrEqual(4000);
    const events = await context.events.range(trip.id);
    const statuses = events.filter((e) => e.event.type === 'status').map((e) => e.event.status);
    expect(statuses).toEqual(['queued', 'running', 'completed']);
    const submitted = events.filter(
      (e) => e.event.type === 'agent' && e.event.message.startsWith('submitted'),
    );
    expect(submitted.map((e) => e.event.agent).sort()).toEqual(['flights', 'hotels', 'intake', 'itinerary']);
    // Job progress is written at most once a second, but always ends with the last step.
    const job = await context.queues.plan.getJob(`${trip.id}.start`);
    expect(job?.progress).toMatchObject({ steps: events.filter((e) => e.event.type !== 'status').length });
  });

  it('stops at needs_input with the question, and an answer resumes the same thread', async () => {
    const { trip } = await submitTrip(commands, 'tenant-a', {
      text: '3 days in Nashville for 2, June 4-6 2027, $2,500',
    });
    expect(await waitForStatus(context.events, blocking, trip.id, ['needs_input', 'failed'])).toBe(
      'needs_input',
    );
    const waiting = await context.store.get(trip.id);
    expect(waiting?.question?.missing).toEqual(['origin']);

    const answered = await answerTrip(commands, 'tenant-a', trip.id, { text: 'from Chicago' });
    expect(answered.ok).toBe(true);
    expect(await waitForStatus(context.events, blocking, trip.id, ['completed', 'failed'])).toBe('completed');
    const done = await context.store.get(trip.id);
    expect(done?.plan?.spec.origin).toBe('Chicago');
    expect(done?.plan?.validation.passed).toBe(true);
  });

  it('ends an impossible trip as failed with the reason, and does not retry it', async () => {
    const { trip } = await submitTrip(commands, 'tenant-a', { text: SEATTLE.replace('$4,000', '$200') });
    expect(await waitForStatus(context.events, blocking, trip.id, ['completed', 'failed'])).toBe('failed');
    const failed = await context.store.get(trip.id);
    expect(failed?.error?.code).toBe('infeasible');
    expect(failed?.error?.message).toMatch(/budget of \$200/);
    const job = await context.queues.plan.getJob(`${trip.id}.start`);
    // From the start of the events stream: the job may end before this reader connects (it ends
    // just after the trip's status does), and would then be waited for until the test timed out.
    const queueEvents = new QueueEvents('plan', {
      connection: context.connect('bullmq', 'queue-events'),
      prefix: bullPrefix(context.config.REDIS_PREFIX),
      lastEventId: '0-0',
    });
    try {
      expect(await job?.waitUntilFinished(queueEvents)).toMatchObject({ status: 'failed' });
    } finally {
      await queueEvents.close();
    }
    expect((await context.queues.plan.getJob(`${trip.id}.start`))?.attemptsStarted).toBe(1);
  });

  it('puts the retention TTL on a finished trip, its events, versions and checkpoints: kept while watched', async () => {
    const { trip } = await submitTrip(commands, 'tenant-a', { text: SEATTLE });
    await waitForStatus(context.events, blocking, trip.id, ['completed']);
    // The job ends after the completion: it prunes the planning thread once the plan is recorded.
    // From the start of the events stream: the job may end before this reader connects (it ends
    // just after the trip's status does), and would then be waited for until the test timed out.
    const queueEvents = new QueueEvents('plan', {
      connection: context.connect('bullmq', 'queue-events'),
      prefix: bullPrefix(context.config.REDIS_PREFIX),
      lastEventId: '0-0',
    });
    try {
      const job = await context.queues.plan.getJob(`${trip.id}.start`);
      expect(await job?.waitUntilFinished(queueEvents)).toMatchObject({ status: 'completed' });
    } finally {
      await queueEvents.close();
    }
    const prefix = context.config.REDIS_PREFIX;
    // BullMQ's own job records (under its `{<prefix>bull}` tag, outside this pattern) are trimmed
    // by the queue's removeOnComplete policy instead.
    const ours = await scanAllKeys(context.redis, `${prefix}*${trip.id}*`);
    expect(ours.length).toBeGreaterThan(3);
    const done = await context.store.get(trip.id);
    // A planned trip is watched until it starts, then kept for the retention period.
    const untilDeparture = (Date.parse(`${done!.plan!.spec.startDate}T00:00:00Z`) - Date.now()) / 1000;
    const retention = context.config.TRIP_RETENTION_SECONDS;
    for (const key of ours) {
      const ttl = await context.redis.ttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      // Checkpoints only matter while planning: they get the plain retention period.
      const limit = key.includes(`${prefix}cp:`) ? retention : untilDeparture + retention + 5;
      expect(ttl, key).toBeLessThanOrEqual(Math.ceil(limit));
    }
    expect(await context.redis.ttl(tripRecordKey(prefix, trip.id))).toBeGreaterThan(
      Math.floor(untilDeparture),
    );
  });
});
