import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { RedisClient } from '../../../src/runtime/redis-client.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { submitTrip, type TripCommandDeps } from '../../../src/trips/trip-commands.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { waitForEvent, waitForStatus } from '../../support/trips.js';
import { startWorkerProcess, type WorkerProcess } from '../../support/worker-process.js';

const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

/** A model round is one line `model (round n): …` in the trip's stream, whichever worker made it. */
const isModelRound = (event: { type: string; message: string }) =>
  event.type === 'agent' && event.message.startsWith('model (');

describe('usage after a worker is killed mid-agent and another takes the trip over', () => {
  const prefix = uniquePrefix('usage-kill');
  let context: ServiceContext;
  let blocking: RedisClient;
  let commands: TripCommandDeps;
  const workers: WorkerProcess[] = [];
  const workerEnv = (latencyMs: number) => ({
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    // Short locks so the dead worker's job is taken over in seconds.
    WORKER_LOCK_MS: '2000',
    OFFLINE_MODEL_LATENCY_MS: String(latencyMs),
  });

  beforeAll(() => {
    context = createServiceContext(
      loadConfig({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
      'worker',
      'test',
    );
    blocking = context.connect('dedicated', 'blocking');
    commands = {
      redis: context.redis,
      prefix,
      store: context.store,
      events: context.events,
      queues: context.queues,
    };
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await context.close();
  });

  // Two worker processes start under tsx and one takes over the other's lock: 10–12 s here, and
  // over the 30 s default once on a heavily loaded machine.
  it('counts every model round, the dead worker’s included: recorded calls == model rounds', {
    timeout: 90_000,
  }, async () => {
    const first = startWorkerProcess(workerEnv(80));
    workers.push(first);
    await first.ready;
    const { trip } = await submitTrip(commands, 'tenant-u', { text: SEATTLE });
    // The itinerary agent has made its first call and not finished: its run is in no checkpoint.
    await waitForEvent(context.events, blocking, trip.id, (e) => isModelRound(e) && e.agent === 'itinerary');
    await first.kill9();

    const second = startWorkerProcess(workerEnv(0));
    workers.push(second);
    await second.ready;
    expect(await waitForStatus(context.events, blocking, trip.id, ['completed', 'failed'])).toBe('completed');

    const rounds: Record<string, number> = {};
    for (const { event } of await context.events.range(trip.id, '0', 10_000)) {
      if (isModelRound(event) && event.agent) rounds[event.agent] = (rounds[event.agent] ?? 0) + 1;
    }
    const itineraryRuns = (await context.events.range(trip.id, '0', 10_000)).filter(
      (e) => e.event.agent === 'itinerary' && e.event.message.startsWith('model (round 1)'),
    ).length;
    expect(itineraryRuns, 'the itinerary agent ran twice: killed, then taken over').toBeGreaterThanOrEqual(2);

    const usage = (await context.store.get(trip.id))?.usage;
    const calls = Object.fromEntries(
      Object.entries(usage?.byAgent ?? {}).map(([agent, u]) => [agent, u.calls]),
    );
    expect(calls).toEqual(rounds);
    expect(usage?.total.calls).toBe(Object.values(rounds).reduce((n, c) => n + c, 0));
    expect(usage?.total.inputTokens).toBeGreaterThan(0);
  });
});
