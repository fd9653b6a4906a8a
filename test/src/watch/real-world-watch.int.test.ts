import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisClient, scanAllKeys } from '../../../src/runtime/redis-client.js';
import type { FlightLeg, Plan } from '../../../tools/domain/plan.schema.js';
import { testRedis, testRedisUrl } from '../../support/redis.js';
import {
  SCENARIO_REQUEST,
  startTripWorldFakes,
  type TripWorldFakes,
} from '../../support/trip-world-fakes.js';
import { waitForEvent, waitForStatus } from '../../support/trips.js';
import { startWorkerProcess, type WorkerProcess } from '../../support/worker-process.js';
import { type ApiHarness, startApi } from '../api/support/api-harness.js';

const flightLegs = (plan: Plan) => plan.legs.filter((l): l is FlightLeg => l.mode === 'flight');

/**
 * The service with every kind from a real source (Duffel, OpenStreetMap, Open-Meteo, OSRM, ECB
 * rates) on loopback fakes: a trip submitted to the API is planned by a worker process, watched,
 * and repaired after its offers lapse, one fare rises and one flight is withdrawn.
 */
describe('API → worker with real sources: plan, watch, re-quote, repair', () => {
  let fakes: TripWorldFakes;
  let api: ApiHarness;
  let worker: WorkerProcess;
  let blocking: RedisClient;
  let auth: Record<string, string>;

  beforeAll(async () => {
    fakes = await startTripWorldFakes();
    api = await startApi();
    worker = startWorkerProcess({ REDIS_URL: testRedisUrl(), REDIS_PREFIX: api.prefix, ...fakes.env });
    await worker.ready;
    blocking = testRedis();
    ({ auth } = await api.keyFor('tenant-real'));
  });
  afterAll(async () => {
    await worker?.stop();
    blocking?.disconnect();
    await api?.close();
    await fakes?.close();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${api.url}/v1${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('plans from the real sources, then repairs the plan when its offers lapse', async () => {
    const submitted = await call('POST', '/trips', { text: SCENARIO_REQUEST });
    expect(submitted.status).toBe(202);
    const id = submitted.body.id as string;
    const status = await waitForStatus(api.events, blocking, id, ['completed', 'failed']);
    expect(status, worker.output()).toBe('completed');

    const first = (await call('GET', `/trips/${id}`)).body.plan as Plan;
    expect(first.validation.passed).toBe(true);
    expect(first.provider).toMatch(/flights=duffel/);
    expect(first.provider).not.toMatch(/sandbox/);
    expect(flightLegs(first).map((l) => [l.flight.flightNumber, l.flight.source])).toEqual([
      ['ZZ 304', 'duffel'],
      ['ZZ 1013/ZZ 1014', 'duffel'],
    ]);
    expect(first.stays.map((b) => b.stay.source)).toEqual(['duffel']);
    const places = first.days.flatMap((d) => [d.lunch, d.dinner, ...d.sights]).filter((p) => p !== null);
    expect(new Set(places.map((p) => p.source))).toEqual(new Set(['openstreetmap']));
    expect(first.attributions?.map((a) => a.source).sort()).toEqual([
      'duffel',
      'ecb',
      'open-meteo',
      'openstreetmap',
    ]);

    // The world moves on: every offer lapses, the nonstop out costs £140 (was £120) and the
    // connection home is withdrawn. The searches cached minutes ago still hold the lapsed offers:
    // the re-quote must search past them.
    fakes.duffel.expireOffers();
    fakes.duffel.setFare('ZZ 304', 140);
    fakes.duffel.withdraw('ZZ 1013/ZZ 1014');
    expect(await scanAllKeys(api.redis, `${api.prefix}sources:duffel:flights:*`)).not.toEqual([]);

    const check = await call('POST', `/trips/${id}/watch/check`);
    expect(check.status).toBe(202);
    await waitForEvent(api.events, blocking, id, (e) => e.type === 'watch');

    const versions = (await call('GET', `/trips/${id}/versions`)).body as {
      current: number;
      versions: Array<{ version: number; reason: string }>;
    };
    expect(versions.current, worker.output()).toBe(2);
    const reason = versions.versions[1]!.reason;
    expect(reason).toContain('flight ZZ 1013/ZZ 1014 Paris → London on day 3 no longer runs');
    expect(reason).toContain('flight ZZ 304 London → Paris on day 1 costs $448 (was $384, +16.7%)');

    const second = ((await call('GET', `/trips/${id}/versions/2`)).body as { plan: Plan }).plan;
    expect(second.validation.passed).toBe(true);
    const [out, back] = flightLegs(second);
    expect(out!.flight).toMatchObject({ flightNumber: 'ZZ 304', source: 'duffel', price: 224 });
    expect(back!.flight).toMatchObject({ flightNumber: 'ZZ 305', source: 'duffel' });
    // Both legs carry offers that can be booked now, not the lapsed ones.
    expect(out!.flight.offerId).not.toBe(flightLegs(first)[0]!.flight.offerId);
    expect(second.attributions).toEqual(first.attributions);
  });
});
