import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRedisUnavailable } from '../../../src/api/api-error.js';
import { loadConfig } from '../../../src/config.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { submitTrip, type TripCommandDeps } from '../../../src/trips/trip-commands.js';
import { tripRecordKey } from '../../../src/trips/trip-keys.js';
import { uniquePrefix } from '../../support/redis.js';
import { type RunningCluster, startRedisCluster } from '../../support/redis-cluster.js';
import { waitForEvent, waitForStatus } from '../../support/trips.js';
import { startWorkerProcess, type WorkerProcess } from '../../support/worker-process.js';

const requests = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '4 days from Boston to New York, April 2-5 2027, 3 people, $3,000',
  '3 days from Denver to Las Vegas, July 1-3 2027, 4 people, $4,000, entire home',
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, no flights',
  '5 days from Atlanta to 2 cities in Texas, October 8-12 2027, 2 people, $5,000, no flights',
  '3 days from Miami to Orlando, May 2-4 2027, 2 people, $2,000',
];

/** The service's view of a cluster: a worker-role context to submit and watch trips with. */
function serviceOn(cluster: RunningCluster, label: string) {
  const prefix = uniquePrefix(label);
  const config = loadConfig({ REDIS_URL: cluster.url, REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' });
  const context = createServiceContext(config, 'worker', 'test');
  const commands: TripCommandDeps = {
    redis: context.redis,
    prefix,
    store: context.store,
    events: context.events,
    queues: context.queues,
  };
  const workerEnv = {
    REDIS_URL: cluster.url,
    REDIS_PREFIX: prefix,
    // Short locks: a job whose lock was lost with the dead master is taken over in seconds.
    WORKER_LOCK_MS: '2000',
    // Slow enough that the kill lands mid-plan.
    OFFLINE_MODEL_LATENCY_MS: '150',
  };
  return { prefix, context, commands, workerEnv };
}

/** The cluster slot of `key`, as the cluster itself computes it. */
async function slotOf(context: ServiceContext, key: string): Promise<number> {
  return Number(await context.redis.call('CLUSTER', 'KEYSLOT', key));
}

describe('a Redis Cluster master killed with SIGKILL mid-plan, with replicas', () => {
  let cluster: RunningCluster;
  let service: ReturnType<typeof serviceOn>;
  let worker: WorkerProcess;

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3, replicas: 1, nodeTimeoutMs: 2000 });
    service = serviceOn(cluster, 'failover');
    worker = startWorkerProcess(service.workerEnv);
    await worker.ready;
  }, 60_000);
  afterAll(async () => {
    let t = Date.now();
    const lap = (what: string) => {
      console.log(`${what}: ${Date.now() - t} ms`);
      t = Date.now();
    };
    await worker?.stop();
    lap('worker stop');
    await service?.context.close();
    lap('context close');
    await cluster?.stop();
    lap('cluster stop');
  }, 60_000);

  it('costs time, not trips: a replica takes over and every trip completes', {
    timeout: 180_000,
  }, async () => {
    const { context, commands } = service;
    const blocking = context.connect('dedicated', 'blocking');
    const trips = await Promise.all(requests.map((text) => submitTrip(commands, 'tenant-a', { text })));
    const ids = trips.map((t) => t.trip.id);
    const first = ids[0] ?? '';
    // Kill the master holding the first trip once its planning is under way (agents at work).
    await waitForEvent(context.events, blocking, first, (e) => e.type === 'agent');
    const slot = await slotOf(context, tripRecordKey(service.prefix, first));
    const victim = await cluster.masterOf(slot);
    const killedAt = Date.now();
    victim.process.kill('SIGKILL');
    await cluster.waitForFailover(slot, victim, { timeoutMs: 30_000 });
    const failoverMs = Date.now() - killedAt;

    const finals = [];
    for (const id of ids)
      finals.push(await waitForStatus(context.events, blocking, id, ['completed', 'failed']));
    console.log(`cluster failover: replica serving after ${failoverMs} ms; trips ${finals.join(', ')}`);
    expect(finals).toEqual(ids.map(() => 'completed'));
    for (const id of ids) expect((await context.store.get(id))?.plan?.validation.passed, id).toBe(true);
    blocking.disconnect();
  });
});

describe('a Redis Cluster master killed with SIGKILL, without replicas', () => {
  let cluster: RunningCluster;
  let service: ReturnType<typeof serviceOn>;

  beforeAll(async () => {
    cluster = await startRedisCluster({ masters: 3, replicas: 0 });
    service = serviceOn(cluster, 'nofailover');
  }, 60_000);
  afterAll(async () => {
    await service?.context.close();
    await cluster?.stop();
  });

  it('fails clearly and at once on the API side: a Redis outage, never a hang', {
    timeout: 60_000,
  }, async () => {
    const { context, commands } = service;
    const { trip } = await submitTrip(commands, 'tenant-a', { text: requests[0] ?? '' });
    // The API's connection profile: fail fast so a request can be answered 503.
    const api = createServiceContext(
      loadConfig({ REDIS_URL: cluster.url, REDIS_PREFIX: service.prefix, LOG_LEVEL: 'silent' }),
      'api',
      'api',
    );
    // Without an offline queue, the API answers only once connected (as at its start-up).
    if (api.redis.status !== 'ready') await once(api.redis, 'ready');
    expect((await api.store.get(trip.id))?.id).toBe(trip.id);
    const victim = await cluster.masterOf(await slotOf(context, tripRecordKey(service.prefix, trip.id)));
    victim.process.kill('SIGKILL');
    try {
      const started = Date.now();
      const error = await api.store.get(trip.id).then(
        () => null,
        (e: unknown) => e,
      );
      const tookMs = Date.now() - started;
      expect(error, 'reading a trip whose master is dead').toBeInstanceOf(Error);
      expect(isRedisUnavailable(error, api.redis), String(error)).toBe(true);
      console.log(
        `cluster without replicas: a read of the dead slot failed after ${tookMs} ms: ${String(error)}`,
      );
      // Within the API profile's redirections (4 × 250 ms) plus connect time, not a hang.
      expect(tookMs).toBeLessThan(10_000);
    } finally {
      await api.close();
    }
  });
});
