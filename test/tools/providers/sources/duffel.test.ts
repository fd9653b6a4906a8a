import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDuffelClient } from '../../../../tools/providers/duffel/duffel-call.js';
import { createDuffelFlights } from '../../../../tools/providers/duffel/duffel-flights.js';
import { createDuffelStays } from '../../../../tools/providers/duffel/duffel-stays.js';
import { createRedisSourceCache } from '../../../../tools/providers/sources/http/source-cache.js';
import { createSourceCaller } from '../../../../tools/providers/sources/http/source-caller.js';
import { isSourceError, type SourceError } from '../../../../tools/providers/sources/source-error.js';
import { testRedis, uniquePrefix } from '../../../support/redis.js';
import { createDuffelFake, EXPIRED_OFFER_ID, FAKE_DUFFEL_TOKEN, GONE_OFFER_ID } from './fakes/duffel-fake.js';
import { type FakeServer, recordingSleep, startFakeServer } from './fakes/fake-server.js';
import { describeFlightSourceContract } from './flights.contract.js';
import { describeStaySourceContract } from './stays.contract.js';

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isSourceError(error)) throw new Error(`expected a SourceError, got ${String(error)}`);
  return error;
}

function buildFlights(
  server: FakeServer,
  options: { token?: string; timeoutMs?: number; redis?: Redis; prefix?: string } = {},
) {
  const sleeper = recordingSleep();
  const client = createDuffelClient({ accessToken: options.token ?? FAKE_DUFFEL_TOKEN, baseUrl: server.url });
  const caller = createSourceCaller({
    source: 'duffel',
    timeoutMs: options.timeoutMs ?? 3000,
    sleep: sleeper.sleep,
  });
  const cache = options.redis
    ? createRedisSourceCache(options.redis, options.prefix ?? uniquePrefix('duffel'))
    : undefined;
  return {
    flights: createDuffelFlights({ client, caller, cache }),
    stays: createDuffelStays({ client, caller, cache }),
    sleeper,
  };
}

describeFlightSourceContract(
  'duffel against its loopback fake',
  async () => {
    const server = await startFakeServer(createDuffelFake());
    return { source: buildFlights(server).flights, teardown: () => server.close() };
  },
  { from: 'LHR', to: 'CDG', date: '2027-05-01', returnDate: '2027-05-05' },
);

describeStaySourceContract(
  'duffel stays against its loopback fake',
  async () => {
    const server = await startFakeServer(createDuffelFake());
    return { source: buildFlights(server).stays, teardown: () => server.close() };
  },
  { near: { lat: 48.8686, lon: 2.3314 }, checkIn: '2027-05-01', checkOut: '2027-05-04' },
);

describe('Duffel adapters', () => {
  let server: FakeServer;
  let redis: Redis;
  beforeAll(async () => {
    server = await startFakeServer(createDuffelFake());
    redis = testRedis();
  });
  afterAll(async () => {
    await server.close();
    await redis.quit();
  });
  afterEach(() => {
    server.requests.length = 0;
  });

  it('asks for a multi-city trip with every slice, the party, cabin and connections', async () => {
    const { flights } = buildFlights(server);
    const offers = await flights.searchFlights({
      slices: [
        { from: 'LHR', to: 'CDG', date: '2027-05-01' },
        { from: 'CDG', to: 'FCO', date: '2027-05-04' },
        { from: 'FCO', to: 'LHR', date: '2027-05-08' },
      ],
      party: { adults: 2, childAges: [7] },
      cabin: 'business',
      maxConnections: 1,
    });
    const sent = server.requests[0];
    expect(sent?.query.get('return_offers')).toBe('true');
    expect(JSON.parse(sent?.body ?? '{}').data).toMatchObject({
      slices: [
        { origin: 'LHR', destination: 'CDG', departure_date: '2027-05-01' },
        { origin: 'CDG', destination: 'FCO', departure_date: '2027-05-04' },
        { origin: 'FCO', destination: 'LHR', departure_date: '2027-05-08' },
      ],
      passengers: [{ type: 'adult' }, { type: 'adult' }, { age: 7 }],
      cabin_class: 'business',
      max_connections: 1,
    });
    const via = offers[0];
    expect(via?.slices).toHaveLength(3);
    expect(via?.slices[0]?.segments.map((s) => s.flightNumber)).toEqual(['ZZ 1011', 'ZZ 1012']);
    expect(via?.slices[0]?.layovers).toEqual([{ airport: 'AMS', minutes: 55 }]);
    expect(via?.slices[0]?.segments.map((s) => [s.departureZone, s.arrivalZone])).toEqual([
      ['Europe/London', 'Europe/Amsterdam'],
      ['Europe/Amsterdam', 'Europe/Paris'],
    ]);
    expect(via?.slices[0]?.durationMinutes).toBe(245);
    expect(via?.total).toEqual({ amount: 121.9, currency: 'GBP' });
    expect(via?.attribution.source).toBe('duffel');
    expect(Date.parse(via?.expiresAt ?? '')).toBeGreaterThan(Date.now());
  });

  it('keeps fares in Redis for minutes at most, so the same search asks once', async () => {
    const prefix = uniquePrefix('duffel');
    const { flights } = buildFlights(server, { redis, prefix });
    const query = { slices: [{ from: 'LHR', to: 'AMS', date: '2027-06-01' }], party: { adults: 1 } };
    const first = await flights.searchFlights(query);
    expect(await flights.searchFlights(query)).toEqual(first);
    expect(server.requests).toHaveLength(1);
    const [key] = await redis.keys(`${prefix}*`);
    const ttl = await redis.ttl(key ?? '');
    expect(ttl).toBeGreaterThan(500);
    expect(ttl).toBeLessThanOrEqual(600);
  });

  it('reports an offer Duffel no longer sells, or one past its expiry, as offer-expired', async () => {
    const { flights } = buildFlights(server);
    const gone = await failure(flights.repriceOffer(GONE_OFFER_ID));
    expect([gone.code, gone.retryable]).toEqual(['offer-expired', false]);
    expect(gone.message).toContain(`GET /air/offers/${GONE_OFFER_ID}`);
    expect((await failure(flights.repriceOffer(EXPIRED_OFFER_ID))).code).toBe('offer-expired');
    expect((await failure(flights.repriceOffer('off_never_quoted'))).code).toBe('offer-expired');
  });

  it('a wrong token is unauthorized at once; no token names the setting', async () => {
    const { flights } = buildFlights(server, { token: 'duffel_test_wrong' });
    const error = await failure(
      flights.searchFlights({
        slices: [{ from: 'LHR', to: 'CDG', date: '2027-05-01' }],
        party: { adults: 1 },
      }),
    );
    expect([error.code, error.source, server.requests.length]).toEqual(['unauthorized', 'duffel', 1]);
    expect(() => createDuffelClient({ accessToken: undefined })).toThrow(/DUFFEL_ACCESS_TOKEN is not set/);
  });

  it('429 is retried after Retry-After; 5xx after backoff', async () => {
    const { flights, sleeper } = buildFlights(server);
    server.script(
      'POST',
      '/air/offer_requests',
      {
        status: 429,
        headers: { 'retry-after': '3' },
        body: {
          meta: { status: 429, request_id: 'r' },
          errors: [
            {
              code: 'rate_limit_exceeded',
              message: 'slow down',
              title: 't',
              type: 'rate_limit_error',
              documentation_url: 'https://duffel.com',
            },
          ],
        },
      },
      { status: 503, body: 'upstream unavailable' },
    );
    const offers = await flights.searchFlights({
      slices: [{ from: 'LHR', to: 'FCO', date: '2027-07-01' }],
      party: { adults: 1 },
    });
    expect(offers.length).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(3);
    expect(sleeper.delays[0]).toBe(3000);
  });

  it('a body that is not Duffel’s shape is malformed, naming the field', async () => {
    const { flights } = buildFlights(server);
    server.script('POST', '/air/offer_requests', {
      body: { data: { id: 'orq', offers: [{ id: 'off_1', total_amount: 'twelve' }] } },
    });
    const error = await failure(
      flights.searchFlights({
        slices: [{ from: 'LHR', to: 'CDG', date: '2027-05-01' }],
        party: { adults: 1 },
      }),
    );
    expect(error.code).toBe('malformed-response');
    expect(error.message).toContain('total_amount');
    server.script('POST', '/air/offer_requests', { body: '<html>oops</html>' });
    expect(
      (
        await failure(
          flights.searchFlights({
            slices: [{ from: 'LHR', to: 'CDG', date: '2027-05-02' }],
            party: { adults: 1 },
          }),
        )
      ).code,
    ).toBe('malformed-response');
  });

  it('times out a hanging search', async () => {
    const { flights } = buildFlights(server, { timeoutMs: 150 });
    server.script('POST', '/air/offer_requests', { hang: true }, { hang: true }, { hang: true });
    const error = await failure(
      flights.searchFlights({
        slices: [{ from: 'LHR', to: 'CDG', date: '2027-05-03' }],
        party: { adults: 1 },
      }),
    );
    expect(error.code).toBe('timeout');
  });

  it('keeps stay searches for minutes, so the same search asks once', async () => {
    const prefix = uniquePrefix('duffel');
    const { stays } = buildFlights(server, { redis, prefix });
    const query = {
      near: { lat: 48.85, lon: 2.35 },
      checkIn: '2027-06-01',
      checkOut: '2027-06-03',
      party: { adults: 1 },
    };
    const first = await stays.searchStays(query);
    expect(await stays.searchStays(query)).toEqual(first);
    expect(server.requests).toHaveLength(1);
    const [key] = await redis.keys(`${prefix}*`);
    expect(await redis.ttl(key ?? '')).toBeGreaterThan(500);
  });

  it('searches stays by place, dates, guests and rooms, and reads every rate', async () => {
    const { stays } = buildFlights(server);
    const offers = await stays.searchStays({
      near: { lat: 48.8686, lon: 2.3314 },
      radiusKm: 3,
      checkIn: '2027-05-01',
      checkOut: '2027-05-04',
      party: { adults: 2, childAges: [9] },
      rooms: 1,
    });
    expect(JSON.parse(server.requests[0]?.body ?? '{}').data).toMatchObject({
      location: { radius: 3, geographic_coordinates: { latitude: 48.8686, longitude: 2.3314 } },
      rooms: 1,
      guests: [{ type: 'adult' }, { type: 'adult' }, { type: 'child', age: 9 }],
    });
    expect(offers.map((o) => [o.name, o.cheapest.amount, o.rating])).toEqual([
      ['Petit Hôtel Bleu', 310, 4.2],
      ['Grand Hôtel du Palais', 640, 5],
    ]);
    const rates = await stays.rates(offers[0]?.offerId ?? '');
    expect(rates.map((r) => [r.board, r.total.amount, r.refundable])).toEqual([
      ['room_only', 310, false],
      ['breakfast', 350, true],
    ]);
    expect((await failure(stays.rates('srr_unknown'))).code).toBe('offer-expired');
  });
});
