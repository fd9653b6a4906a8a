import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { PlanWorker } from '../../../src/jobs/plan.worker.js';
import { closeQueues, createQueues } from '../../../src/jobs/queues.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import { expireWaitingTrips } from '../../../src/trips/expire-waiting-trips.js';
import { newTripRecord, type TripRecord } from '../../../src/trips/trip.schema.js';
import {
  answerTrip,
  cancelTrip,
  submitTrip,
  type TripCommandDeps,
} from '../../../src/trips/trip-commands.js';
import { newTripId } from '../../../src/trips/trip-ids.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { waitForStatus } from '../../support/trips.js';
import { ttlsOfTrip, withoutTtl } from './support/trip-ttls.js';

/** No origin: the planner asks where the trip starts, and the trip waits for the answer. */
const NO_ORIGIN = '3 days in Nashville for 2, June 4-6 2027, $2,500';
const NEEDS_INPUT_TTL = 120;
const RETENTION = 3600;

describe('retention of trips waiting for an answer, and of trips cancelled or expired while waiting', () => {
  let context: ServiceContext;
  let worker: PlanWorker;
  let blocking: RedisClient;
  let commands: TripCommandDeps;
  let prefix: string;

  beforeAll(async () => {
    prefix = uniquePrefix('wait');
    const config = loadConfig({
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: prefix,
      LOG_LEVEL: 'silent',
      NEEDS_INPUT_TTL_SECONDS: String(NEEDS_INPUT_TTL),
      TRIP_RETENTION_SECONDS: String(RETENTION),
    });
    context = createServiceContext(config, 'worker', 'test');
    worker = await startWorker(context);
    blocking = context.connect('dedicated', 'test-blocking');
    commands = {
      redis: context.redis,
      prefix,
      store: context.store,
      events: context.events,
      queues: context.queues,
    };
  });

  afterAll(async () => {
    await worker?.close();
    await context?.close();
  });

  const waitingTrip = async (): Promise<TripRecord> => {
    const { trip } = await submitTrip(commands, 'tenant-w', { text: NO_ORIGIN });
    expect(await waitForStatus(context.events, blocking, trip.id, ['needs_input', 'failed'])).toBe(
      'needs_input',
    );
    return trip;
  };

  const expectAllExpiring = async (tripId: string, atMost: number, atLeastKeys = 5) => {
    const ttls = await ttlsOfTrip(context.redis, prefix, tripId);
    expect(ttls.size, 'trip, events, usage and checkpoints').toBeGreaterThanOrEqual(atLeastKeys);
    expect(withoutTtl(ttls), 'keys that would never expire').toEqual([]);
    for (const [key, ttl] of ttls) expect(ttl, key).toBeLessThanOrEqual(atMost);
    return ttls;
  };

  it('a trip waiting for an answer has a TTL on every key: its answer deadline plus the retention period', async () => {
    const trip = await waitingTrip();
    const ttls = await expectAllExpiring(trip.id, NEEDS_INPUT_TTL + RETENTION);
    // Past the deadline, so the sweeper still finds the trip to end it with an event.
    for (const [key, ttl] of ttls) expect(ttl, key).toBeGreaterThan(NEEDS_INPUT_TTL);
  });

  it('a trip cancelled while waiting keeps every key for the retention period, then goes', async () => {
    const trip = await waitingTrip();
    expect(await cancelTrip(commands, 'tenant-w', trip.id)).toMatchObject({ ok: true });
    await expectAllExpiring(trip.id, RETENTION);
    const statuses = (await context.events.range(trip.id)).filter((e) => e.event.type === 'status');
    expect(statuses.at(-1)?.event).toMatchObject({ status: 'cancelled', message: 'cancelled by the user' });
    // No longer waiting: the sweeper leaves it alone.
    const swept = await expireWaitingTrips(context.store, Date.now() + 2 * NEEDS_INPUT_TTL * 1000);
    expect(swept.expired).not.toContain(trip.id);
    expect((await context.store.get(trip.id))?.error).toBeNull();
  });

  it('a trip past its answer deadline ends cancelled (input-expired) with an event saying so, kept for the retention period', async () => {
    const trip = await waitingTrip();
    // Not yet due: the sweeper leaves it waiting.
    expect((await expireWaitingTrips(context.store, Date.now())).expired).not.toContain(trip.id);
    expect((await context.store.get(trip.id))?.status).toBe('needs_input');

    const due = Date.now() + NEEDS_INPUT_TTL * 1000 + 1000;
    expect((await expireWaitingTrips(context.store, due)).expired).toContain(trip.id);
    // A second sweep (another scheduler process) finds nothing to do.
    expect((await expireWaitingTrips(context.store, due)).expired).toEqual([]);

    const expired = await context.store.get(trip.id);
    expect(expired?.status).toBe('cancelled');
    expect(expired?.error).toMatchObject({
      code: 'input-expired',
      message: 'no answer within 120 seconds: the trip expired',
    });
    expect(expired?.question?.missing).toEqual(['origin']);
    expect(await waitForStatus(context.events, blocking, trip.id, ['cancelled'])).toBe('cancelled');
    const statuses = (await context.events.range(trip.id)).filter((e) => e.event.type === 'status');
    expect(statuses.filter((e) => e.event.status === 'cancelled')).toHaveLength(1);
    expect(statuses.at(-1)?.event.message).toBe('no answer within 120 seconds: the trip expired');
    await expectAllExpiring(trip.id, RETENTION);
  });

  it('an answered trip plans again without TTLs: nothing may expire under a running plan', async () => {
    const now = new Date().toISOString();
    const trip: TripRecord = {
      ...newTripRecord({
        id: newTripId(),
        tenantId: 'tenant-w',
        request: { text: NO_ORIGIN },
        today: '2026-12-01',
        createdAt: now,
      }),
      status: 'running',
    };
    await context.store.create(trip);
    const question = { question: 'Where does the trip start?', missing: ['origin'] };
    const asked = await context.store.transition(
      trip.id,
      ['running'],
      { status: 'needs_input', question },
      undefined,
      {
        event: { message: question.question },
      },
    );
    expect(asked.applied).toBe(true);
    // Only the trip and its events exist: it never ran.
    await expectAllExpiring(trip.id, NEEDS_INPUT_TTL + RETENTION, 2);

    // Its continuation is queued where no worker listens, so nothing else writes to the trip.
    const idle = createQueues(context.redis, uniquePrefix('idle'));
    const answered = await answerTrip({ ...commands, queues: idle }, 'tenant-w', trip.id, {
      text: 'from Chicago',
    });
    await closeQueues(idle);
    expect(answered.ok).toBe(true);
    expect(answered.trip?.status).toBe('queued');
    const ttls = await ttlsOfTrip(context.redis, prefix, trip.id);
    expect(ttls.size).toBe(2);
    expect([...ttls.values()]).toEqual([-1, -1]);
  });
});
