import { Job, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { bullPrefix } from '../../../src/jobs/queues.js';
import { verifyWebhookSignature } from '../../../src/notify/webhook-signature.js';
import { scanAllKeys } from '../../../src/runtime/redis-client.js';
import { createServiceContext, type ServiceContext } from '../../../src/runtime/service-context.js';
import { startWorker } from '../../../src/runtime/start-worker.js';
import type { TripRecord } from '../../../src/trips/trip.schema.js';
import { submitTrip } from '../../../src/trips/trip-commands.js';
import { sweepWatches } from '../../../src/watch/sweep-watches.js';
import { createWatches } from '../../../src/watch/watches.js';
import { createRedisWorldTimeline } from '../../../src/world/redis-timeline.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { testRedisUrl, uniquePrefix } from '../../support/redis.js';
import { tripCommandsOf } from '../../support/service-context.js';
import { waitForEvent, waitForStatus } from '../../support/trips.js';
import { startReceiver, type WebhookReceiver } from '../notify/support/webhook-receiver.js';

const COLORADO =
  'a week from Indianapolis through three cities in Colorado for five of us, March 10 2027, $15,100, we bring the dogs, we love Mexican food';
const TENANT = 'tenant-watch';

/** A deployment under its own prefix: `workers` worker instances, each with its own connections. */
async function deployment(label: string, workers = 1) {
  const prefix = uniquePrefix(label);
  // The webhook receiver is on loopback, which deliveries may reach only when a deployment allows it.
  const config = loadConfig({
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    WEBHOOK_ALLOW_PRIVATE: 'true',
  });
  const contexts = Array.from({ length: workers + 1 }, (_, i) =>
    createServiceContext(config, 'worker', i === 0 ? 'test' : `worker-${i}`),
  );
  const context = contexts[0]!;
  const running = await Promise.all(contexts.slice(1).map((c) => startWorker(c)));
  const blocking = context.connect('dedicated', 'blocking');
  const queueEvents = new QueueEvents('replan', {
    connection: context.connect('dedicated', 'replan-events'),
    prefix: bullPrefix(prefix),
  });
  await queueEvents.waitUntilReady();
  const receiver = await startReceiver();
  const { secret } = await context.notifyStores.webhooks.put(TENANT, {
    url: receiver.url,
    events: ['replanned', 'needs_attention', 'watch_ended'],
  });
  const commands = tripCommandsOf(context);
  const timeline = createRedisWorldTimeline({ redis: context.redis, prefix });

  /** Plans the Colorado trip through the queue and returns it completed, version 1, watched. */
  const plannedTrip = async (): Promise<TripRecord & { plan: Plan }> => {
    const { trip } = await submitTrip(commands, TENANT, { text: COLORADO });
    await waitForStatus(context.events, blocking, trip.id, ['completed', 'failed']);
    const done = await context.store.get(trip.id);
    if (!done?.plan || done.status !== 'completed') throw new Error(JSON.stringify(done?.error));
    return done as TripRecord & { plan: Plan };
  };

  /** Waits for a replan job to finish, by its id. */
  const finished = async (jobId: string | null) => {
    if (!jobId) throw new Error('no re-check job');
    const job = await Job.fromId(context.queues.replan as never, jobId);
    if (!job) throw new Error(`job ${jobId} not found`);
    return job.waitUntilFinished(queueEvents);
  };

  return {
    prefix,
    context: context as ServiceContext,
    contexts,
    blocking: blocking as Redis,
    receiver: receiver as WebhookReceiver,
    secret,
    timeline,
    plannedTrip,
    finished,
    async close() {
      await Promise.all(running.map((w) => w.close()));
      await queueEvents.close();
      await receiver.close();
      await Promise.all(contexts.map((c) => c.close()));
    },
  };
}

function body(request: { body: string }) {
  return JSON.parse(request.body) as {
    id: string;
    event: string;
    tripId: string;
    data: Record<string, unknown>;
  };
}

describe('watched trips are re-checked and repaired', () => {
  let env: Awaited<ReturnType<typeof deployment>>;
  beforeAll(async () => {
    env = await deployment('replan');
  });
  afterAll(() => env.close());

  it('a completed plan is version 1 and watched every 6 hours until departure', async () => {
    const trip = await env.plannedTrip();
    expect(trip.planVersion).toBe(1);
    expect(trip.watch).toMatchObject({ status: 'active', settings: { priceChangePct: 10, weather: true } });
    expect(await env.context.scheduler.exists(trip.id)).toBe(true);
    const versions = await env.context.versions.list(trip.id);
    expect(versions.map((v) => [v.version, v.reason])).toEqual([[1, 'initial plan']]);
  });

  it('hotel in city 2 sold out → version 2 with a new stay there, everything else unchanged, and a signed webhook', async () => {
    const trip = await env.plannedTrip();
    const gone = trip.plan.stays[1]!;
    await env.timeline.inject({ kind: 'stay-sold-out', city: gone.city, stayName: gone.stay.name });
    const hooks = env.receiver.requests.length;
    await env.finished(await env.context.scheduler.advance(trip.id));

    const now = (await env.context.store.get(trip.id))!;
    expect(now.planVersion).toBe(2);
    const plan = now.plan!;
    expect(plan.stays[1]!.city).toBe(gone.city);
    expect(plan.stays[1]!.stay.name).not.toBe(gone.stay.name);
    expect([plan.stays[0], plan.stays[2]]).toEqual([trip.plan.stays[0], trip.plan.stays[2]]);
    expect(plan.legs).toEqual(trip.plan.legs);
    expect(plan.validation.passed).toBe(true);
    expect(plan.cost.total).toBeLessThanOrEqual(15_100);
    expect(Object.keys(plan.usage?.byAgent ?? {})).toEqual(['hotels']);

    const versions = await env.context.versions.list(trip.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.reason).toContain(`${gone.stay.name} in ${gone.city} is sold out`);

    const [request] = (await env.receiver.waitForRequests(hooks + 1)).slice(hooks);
    expect(verifyWebhookSignature(env.secret, request!.headers, request!.body)).toMatchObject({ ok: true });
    expect(body(request!)).toMatchObject({ event: 'replanned', tripId: trip.id, data: { version: 2 } });
    expect(String(body(request!).data.sentence)).toContain(`Stay in ${gone.city} changed`);
  });

  it('a fare past the threshold → the cheaper alternative is swapped in', async () => {
    const trip = await env.plannedTrip();
    const index = trip.plan.legs.findIndex((l) => l.mode === 'flight');
    const leg = trip.plan.legs[index]!;
    if (leg.mode !== 'flight') throw new Error('the Colorado plan flies from Indianapolis');
    await env.timeline.inject({
      kind: 'fare',
      flightNumber: leg.flight.flightNumber,
      date: leg.flight.date,
      factor: 1.4,
    });
    await env.finished(await env.context.scheduler.advance(trip.id));

    const now = (await env.context.store.get(trip.id))!;
    expect(now.planVersion).toBe(2);
    const swapped = now.plan!.legs[index]!;
    expect(swapped.mode === 'flight' && swapped.flight.flightNumber).not.toBe(leg.flight.flightNumber);
    expect(swapped.cost).toBeLessThan(Math.round(leg.flight.price * 1.4) * trip.plan.spec.travellers);
    expect(now.plan!.stays).toEqual(trip.plan.stays);
    expect(now.plan!.validation.passed).toBe(true);
  });

  it('no valid repair → needs_attention, the old version stays current, the tenant is told once', async () => {
    const trip = await env.plannedTrip();
    const city = trip.plan.stays[1]!.city;
    const world = createRedisWorldTimeline({ redis: env.context.redis, prefix: env.prefix });
    const stays = await import('../../../tools/providers/sandbox/sandbox-world.js').then((m) =>
      m.createSandboxWorld({ seed: 1, timeline: world }).searchStays({ city }),
    );
    for (const stay of stays) await env.timeline.inject({ kind: 'stay-sold-out', city, stayName: stay.name });
    const hooks = env.receiver.requests.length;
    await env.finished(await env.context.scheduler.advance(trip.id));
    await env.finished(await env.context.scheduler.checkNow(trip.id));

    const now = (await env.context.store.get(trip.id))!;
    expect(now.planVersion).toBe(1);
    expect(now.plan).toEqual(trip.plan);
    expect(now.attention).toMatchObject({ version: 1 });
    expect(now.attention!.reasons.join(' ')).toContain('is sold out');
    expect(now.watch!.lastCheck).toMatchObject({ outcome: 'needs_attention', version: 1 });
    expect(await env.context.versions.list(trip.id)).toHaveLength(1);
    const [request] = (await env.receiver.waitForRequests(hooks + 1)).slice(hooks);
    expect(body(request!)).toMatchObject({ event: 'needs_attention', tripId: trip.id });
    const deliveries = await env.context.notifyStores.deliveries.list(TENANT, 100);
    expect(deliveries.filter((d) => d.tripId === trip.id && d.event === 'needs_attention')).toHaveLength(1);
    await env.timeline.clear();
  });

  it('a plan that still holds records a check and makes no version', async () => {
    const trip = await env.plannedTrip();
    await env.finished(await env.context.scheduler.checkNow(trip.id));
    await waitForEvent(env.context.events, env.blocking, trip.id, (e) =>
      e.message.startsWith('check of version 1'),
    );
    const now = (await env.context.store.get(trip.id))!;
    expect(now.planVersion).toBe(1);
    expect(now.watch).toMatchObject({ checks: 1, lastCheck: { outcome: 'unchanged', version: 1 } });
  });

  it('a fare 12% up with only a drive as the cheaper option → the flight is kept and the check says so, no version, no alarm', async () => {
    await env.timeline.clear();
    const trip = await env.plannedTrip();
    const out = trip.plan.legs[0]!;
    if (out.mode !== 'flight') throw new Error('the Colorado plan flies from Indianapolis');
    const date = out.flight.date;
    const { flightNumber } = out.flight;
    await env.timeline.inject({ kind: 'fare', flightNumber, date, factor: 1.12 });
    for (const f of await sandbox(env).searchFlights({ from: out.from, to: out.to, date }))
      if (f.flightNumber !== flightNumber)
        await env.timeline.inject({ kind: 'flight-cancelled', flightNumber: f.flightNumber, date });
    const hooks = env.receiver.requests.length;
    await env.finished(await env.context.scheduler.checkNow(trip.id));

    const now = (await env.context.store.get(trip.id))!;
    expect(now.planVersion).toBe(1);
    expect(now.attention).toBeNull();
    expect(now.watch!.lastCheck).toMatchObject({ outcome: 'unchanged', version: 1 });
    expect(now.watch!.lastCheck!.summary).toMatch(
      new RegExp(`^flight ${flightNumber} .* fare \\+1[12](\\.\\d)?%, kept: no cheaper valid option$`),
    );
    expect(await env.context.versions.list(trip.id)).toHaveLength(1);
    const deliveries = await env.context.notifyStores.deliveries.list(TENANT, 100);
    expect(deliveries.filter((d) => d.tripId === trip.id)).toEqual([]);
    expect(env.receiver.requests.length).toBe(hooks);
    // The kept quote is the new baseline: the next check finds the rise settled and asks no agent.
    expect(Object.values(now.watch!.keptPrices ?? {})).toEqual([Math.round(out.flight.price * 1.12) * 5]);
    await env.finished(await env.context.scheduler.checkNow(trip.id));
    const again = (await env.context.store.get(trip.id))!;
    expect(again.watch).toMatchObject({ checks: 2, lastCheck: { outcome: 'unchanged', version: 1 } });
    expect(again.watch!.lastCheck!.summary).toContain('within thresholds');
    expect(again.attention).toBeNull();
    await env.timeline.clear();
  });

  it('a trip whose planning checkpoints expired is still repaired from its stored version (finding 11)', async () => {
    await env.timeline.clear();
    const trip = await env.plannedTrip();
    // The worker deletes the planning thread once the plan is recorded (src/planner/lean-thread.ts),
    // and retention would expire it anyway; the watch outlives it. Whatever is left of it goes now.
    const pattern = `${env.prefix}cp:{${encodeURIComponent(trip.id)}}*`;
    const keys = await scanAllKeys(env.context.redis, pattern);
    if (keys.length > 0) await env.context.redis.del(...keys);
    expect(await scanAllKeys(env.context.redis, pattern)).toEqual([]);

    const gone = trip.plan.stays[1]!;
    await env.timeline.inject({ kind: 'stay-sold-out', city: gone.city, stayName: gone.stay.name });
    await env.finished(await env.context.scheduler.checkNow(trip.id));
    const now = (await env.context.store.get(trip.id))!;
    expect(now.planVersion).toBe(2);
    expect(now.plan!.stays[1]!.stay.name).not.toBe(gone.stay.name);
    expect(now.plan!.validation.passed).toBe(true);
    expect(now.plan!.request).toEqual(trip.plan.request);
    expect(now.attention).toBeNull();
    await env.timeline.clear();
  });
});

/** The sandbox as the deployment's workers see it (same seed, same injected changes). */
function sandbox(env: { context: ServiceContext; prefix: string }) {
  const timeline = createRedisWorldTimeline({ redis: env.context.redis, prefix: env.prefix });
  return createSandboxWorld({ seed: env.context.config.SANDBOX_SEED, timeline });
}

describe('exactly once with two schedulers and two workers', () => {
  let env: Awaited<ReturnType<typeof deployment>>;
  beforeAll(async () => {
    env = await deployment('once', 2);
  });
  afterAll(() => env.close());

  it('one change, three racing re-checks on two workers → one new version and one webhook', async () => {
    const trip = await env.plannedTrip();
    const gone = trip.plan.stays[0]!;
    await env.timeline.inject({ kind: 'stay-sold-out', city: gone.city, stayName: gone.stay.name });
    const [scheduled, manualA, manualB] = await Promise.all([
      env.context.scheduler.advance(trip.id),
      env.contexts[1]!.scheduler.checkNow(trip.id),
      env.contexts[2]!.scheduler.checkNow(trip.id),
    ]);
    await Promise.all([scheduled, manualA, manualB].map((id) => env.finished(id)));

    const versions = await env.context.versions.list(trip.id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await env.context.store.get(trip.id))!.planVersion).toBe(2);
    const deliveries = await env.context.notifyStores.deliveries.list(TENANT, 100);
    expect(deliveries.filter((d) => d.tripId === trip.id && d.event === 'replanned')).toHaveLength(1);
  });

  it('two schedulers sweeping a departed trip end its watch once, with one watch_ended', async () => {
    const trip = await env.plannedTrip();
    const afterDeparture = () => new Date(Date.parse(`${trip.plan.spec.startDate}T06:00:00Z`));
    const schedulers = env.contexts.slice(1).map((c) =>
      createWatches(c.redis, env.prefix, {
        store: c.store,
        events: c.events,
        versions: c.versions,
        queues: c.queues,
        notifyStores: c.notifyStores,
        now: afterDeparture,
      }),
    );
    const results = await Promise.all(
      schedulers.map((s, i) => sweepWatches({ store: env.contexts[i + 1]!.store, ...s })),
    );
    expect(results.reduce((n, r) => n + r.departed, 0)).toBeGreaterThanOrEqual(1);
    const now = (await env.context.store.get(trip.id))!;
    expect(now.watch).toMatchObject({ status: 'ended', endedReason: 'departed' });
    expect(await env.context.scheduler.exists(trip.id)).toBe(false);
    const deliveries = await env.context.notifyStores.deliveries.list(TENANT, 100);
    expect(deliveries.filter((d) => d.tripId === trip.id && d.event === 'watch_ended')).toHaveLength(1);
  });
});
