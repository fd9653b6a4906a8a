import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENTS } from '../../../graphs/graph-deps.js';
import type { TripStateValue } from '../../../graphs/trip-state.js';
import { bullPrefix } from '../../../src/jobs/queues.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { createPlanningContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { cancelTrip, submitTrip } from '../../../src/trips/trip-commands.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { serviceOnPrefix } from '../../support/service-context.js';
import { waitForEvent, waitForStatus } from '../../support/trips.js';
import { startWorkerProcess, type WorkerProcess } from '../../support/worker-process.js';
import { ttlsOfTrip, withoutTtl } from '../trips/support/trip-ttls.js';

const requests = [
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we bring the dogs',
  '4 days from Boston to New York, April 2-5 2027, 3 people, $3,000',
  '5 days from Atlanta to 2 cities in Texas, October 8-12 2027, 2 people, $5,000, no flights',
  '3 days from Denver to Las Vegas, July 1-3 2027, 4 people, $4,000, entire home',
];

function setup(label: string) {
  const prefix = uniquePrefix(label);
  const { context, commands } = serviceOnPrefix(testRedisUrl(), prefix);
  const workerEnv = (latencyMs: number) => ({
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    // Short locks so a dead worker's jobs are taken over in seconds, not the default 30 s.
    WORKER_LOCK_MS: '2000',
    OFFLINE_MODEL_LATENCY_MS: String(latencyMs),
  });
  return { context, commands, workerEnv };
}

/** How many times each agent submitted its answer for a trip, counted from the trip's event stream. */
async function submissions(context: ServiceContext, tripId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { event } of await context.events.range(tripId, '0', 10_000)) {
    if (event.type === 'agent' && event.agent && event.message.startsWith('submitted')) {
      counts[event.agent] = (counts[event.agent] ?? 0) + 1;
    }
  }
  return counts;
}

describe('a worker killed with SIGKILL mid-plan', () => {
  const { context, commands, workerEnv } = setup('crash');
  let blocking: RedisClient;
  const workers: WorkerProcess[] = [];

  beforeAll(() => {
    blocking = context.connect('dedicated', 'blocking');
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await context.close();
  });

  it('costs time, not trips: another worker finishes every plan without re-running completed agent steps', async () => {
    const first = startWorkerProcess(workerEnv(60));
    workers.push(first);
    await first.ready;
    const trips = await Promise.all(requests.map((text) => submitTrip(commands, 'tenant-a', { text })));
    const ids = trips.map((t) => t.trip.id);

    // Kill as soon as one trip has been solved: the others are somewhere mid-way.
    await waitForEvent(
      context.events,
      blocking,
      ids[0] ?? '',
      (e) => e.type === 'node' && e.node === 'solve',
    );
    await first.kill9();

    // What the dead worker had checkpointed: these agent steps must never run again.
    const { graph } = createPlanningContext(context);
    const doneAtKill = new Map<string, string[]>();
    for (const id of ids) {
      const state = (await graph.getState({ configurable: { thread_id: id } }))
        .values as Partial<TripStateValue>;
      doneAtKill.set(id, Object.keys(state.agentRuns ?? {}));
    }
    const midway = [...doneAtKill.values()].filter(
      (agents) => agents.length > 0 && agents.length < AGENTS.length,
    );
    expect(midway.length, 'trips caught between agent steps').toBeGreaterThan(0);

    const second = startWorkerProcess(workerEnv(0));
    workers.push(second);
    await second.ready;
    const finals = await Promise.all(
      ids.map((id) => waitForStatus(context.events, blocking, id, ['completed', 'failed'])),
    );
    expect(finals).toEqual(ids.map(() => 'completed'));

    for (const id of ids) {
      const trip = await context.store.get(id);
      expect(trip?.plan?.validation.passed, id).toBe(true);
      const counts = await submissions(context, id);
      for (const agent of AGENTS) expect(counts[agent], `${id} ${agent} ran`).toBeGreaterThanOrEqual(1);
      for (const agent of doneAtKill.get(id) ?? []) {
        expect(counts[agent], `${id}: ${agent} was checkpointed before the kill`).toBe(1);
      }
    }
  });
});

describe('cancelling a trip held by a worker in another process', () => {
  const { context, commands, workerEnv } = setup('cancel');
  let blocking: RedisClient;
  let worker: WorkerProcess;

  beforeAll(async () => {
    blocking = context.connect('dedicated', 'blocking');
    worker = startWorkerProcess(workerEnv(150));
    await worker.ready;
  });
  afterAll(async () => {
    await worker.stop();
    await context.close();
  });

  it('aborts the running plan through the job AbortSignal and ends the trip cancelled', async () => {
    const { trip } = await submitTrip(commands, 'tenant-a', { text: requests[2] ?? '' });
    await waitForEvent(context.events, blocking, trip.id, (e) => e.type === 'agent' && e.agent === 'intake');

    const result = await cancelTrip(commands, 'tenant-a', trip.id);
    expect(result.ok).toBe(true);

    // From the start of the events stream: a job that finished before this reader connected
    // (a loaded machine) is still seen finishing, instead of waited for until the test times out.
    const queueEvents = new QueueEvents('plan', {
      connection: context.connect('bullmq', 'queue-events'),
      prefix: bullPrefix(context.config.REDIS_PREFIX),
      lastEventId: '0-0',
    });
    try {
      const job = await context.queues.plan.getJob(`${trip.id}.start`);
      expect(await job?.waitUntilFinished(queueEvents)).toMatchObject({ status: 'cancelled' });
    } finally {
      await queueEvents.close();
    }
    const cancelled = await context.store.get(trip.id);
    expect(cancelled?.status).toBe('cancelled');
    expect(cancelled?.plan).toBeNull();
    // Retention on every key, checkpoints the aborted run wrote after the cancel included.
    const ttls = await ttlsOfTrip(context.redis, context.config.REDIS_PREFIX, trip.id);
    expect(ttls.size).toBeGreaterThan(4);
    expect(withoutTtl(ttls)).toEqual([]);
    const counts = await submissions(context, trip.id);
    expect(counts.itinerary, 'the itinerary agent never finished').toBeUndefined();
    expect(await cancelTrip(commands, 'tenant-a', trip.id)).toMatchObject({ ok: false, reason: 'conflict' });
  });
});
