import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Flight } from '../../../../tools/domain/inventory.schema.js';
import { ECB_RATE_SOURCE } from '../../../../tools/providers/fx/frankfurter-rates.js';
import { BUILTIN_RATE_SOURCE, createBuiltinRates } from '../../../../tools/providers/fx/fx-rates.js';
import { createCityLocator, type LocatedCity } from '../../../../tools/providers/real/city-locator.js';
import { offerToFlight } from '../../../../tools/providers/real/offer-to-flight.js';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources } from '../../../../tools/providers/real/real-sources.js';
import type { FlightOffer } from '../../../../tools/providers/sources/flights.source.js';
import type { FlightsKind } from '../../../../tools/providers/world/world-kinds.js';
import { type RealSourceFakes, startRealSourceFakes } from '../../../support/real-source-fakes.js';
import { EXPIRED_OFFER_ID, GONE_OFFER_ID } from '../sources/fakes/duffel-fake.js';
import { FAKE_RATE_DATE } from './fakes/frankfurter-fake.js';

const QUERY = { from: 'London', to: 'Paris', date: '2027-05-01', travellers: 2 } as const;

describe('Duffel flights as the planner’s FlightsKind (loopback fakes)', () => {
  let fakes: RealSourceFakes;
  let flights: FlightsKind;
  beforeAll(async () => {
    fakes = await startRealSourceFakes();
    flights = realKinds.duffelFlights(createRealSources(fakes.settings({ geo: 'table' }))).kind;
  });
  afterAll(() => fakes.close());
  afterEach(() => {
    fakes.servers.duffel.requests.length = 0;
  });

  it('searches every pair of the cities’ first two airports with the party, cabin and connections', async () => {
    await flights.searchFlights({ ...QUERY, cabin: 'business', maxStops: 1 });
    const asked = fakes.servers.duffel.requests.map((r) => JSON.parse(r.body).data);
    expect(asked.map((d) => `${d.slices[0].origin}-${d.slices[0].destination}`).sort()).toEqual([
      'LGW-CDG',
      'LGW-ORY',
      'LHR-CDG',
      'LHR-ORY',
    ]);
    for (const d of asked)
      expect(d).toMatchObject({
        passengers: [{ type: 'adult' }, { type: 'adult' }],
        cabin_class: 'business',
        max_connections: 1,
      });
  });

  it('a connecting offer becomes one Flight with its segments, layover, local times, zones and a converted per-person fare', async () => {
    const found = await flights.searchFlights(QUERY);
    for (const f of found) expect(Flight.parse(f)).toEqual(f);
    const via = found.find((f) => f.offerId === 'off_LHRCDG_via');
    // The fake quotes £121.90 for the party of two; 1 USD = 0.625 GBP in the fake's ECB table.
    expect(via).toMatchObject({
      flightNumber: 'ZZ 1011/ZZ 1012',
      from: 'London',
      to: 'Paris',
      date: '2027-05-01',
      departureTime: '07:15',
      arrivalTime: '11:20',
      departureZone: 'Europe/London',
      arrivalZone: 'Europe/Paris',
      departureAt: '2027-05-01T07:15+01:00',
      arrivalAt: '2027-05-01T11:20+02:00',
      arrivalDate: '2027-05-01',
      // 06:15Z → 09:20Z, measured across the zones (not the fake's nominal PT4H05M).
      durationMinutes: 185,
      stops: 1,
      layovers: [{ airport: 'AMS', minutes: 55 }],
      price: 97.52,
      quoted: {
        amount: 60.95,
        currency: 'GBP',
        rate: 1.6,
        rateSource: ECB_RATE_SOURCE,
        rateDate: FAKE_RATE_DATE,
      },
      source: 'duffel',
    });
    expect(via?.segments).toEqual([
      {
        flightNumber: 'ZZ 1011',
        from: 'LHR',
        to: 'AMS',
        departure: '2027-05-01T07:15',
        arrival: '2027-05-01T09:30',
        departureZone: 'Europe/London',
        arrivalZone: 'Europe/Amsterdam',
      },
      {
        flightNumber: 'ZZ 1012',
        from: 'AMS',
        to: 'CDG',
        departure: '2027-05-01T10:25',
        arrival: '2027-05-01T11:20',
        departureZone: 'Europe/Amsterdam',
        arrivalZone: 'Europe/Paris',
      },
    ]);
    expect(Date.parse(via?.expiresAt ?? '')).toBeGreaterThan(Date.now());
    expect(via?.distanceKm).toBeGreaterThan(300);
    expect(via?.distanceKm).toBeLessThan(400);
  });

  it('the same flights sold from two airports or as two fares are one Flight, cheapest first', async () => {
    const found = await flights.searchFlights(QUERY);
    expect(found.map((f) => [f.flightNumber, f.price])).toEqual([
      ['ZZ 1011/ZZ 1012', 97.52],
      ['ZZ 1001', 145.92],
    ]);
  });

  it('nonstop only asks for no connections and gets the direct flight', async () => {
    const found = await flights.searchFlights({ ...QUERY, maxStops: 0 });
    expect(found.map((f) => [f.flightNumber, f.stops])).toEqual([['ZZ 1001', 0]]);
    expect(JSON.parse(fakes.servers.duffel.requests[0]?.body ?? '{}').data.max_connections).toBe(0);
  });

  it('an unknown city has no flights and asks nothing; a party Duffel cannot seat is a clear error', async () => {
    expect(await flights.searchFlights({ ...QUERY, to: 'Atlantis' })).toEqual([]);
    expect(fakes.servers.duffel.requests).toHaveLength(0);
    await expect(flights.searchFlights({ ...QUERY, travellers: 12 })).rejects.toThrow(
      /1–9 travellers, got 12/,
    );
  });

  describe('requoteFlight', () => {
    it('re-prices a live offer by its id', async () => {
      const [cheapest] = await flights.searchFlights(QUERY);
      fakes.servers.duffel.requests.length = 0;
      const again = await flights.requoteFlight?.(cheapest as Flight, QUERY);
      expect(again).toEqual(cheapest);
      expect(fakes.servers.duffel.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /air/offers/off_LHRCDG_via',
      ]);
    });

    it('an expired offer is found again by flight number and departure in a fresh search', async () => {
      const [, direct] = await flights.searchFlights(QUERY);
      const stale = { ...(direct as Flight), offerId: EXPIRED_OFFER_ID, price: 60 };
      fakes.servers.duffel.requests.length = 0;
      const fresh = await flights.requoteFlight?.(stale, QUERY);
      expect(fresh).toMatchObject({ flightNumber: 'ZZ 1001', offerId: 'off_LHRCDG_direct', price: 145.92 });
      expect(fakes.servers.duffel.requests[0]?.path).toBe(`/air/offers/${EXPIRED_OFFER_ID}`);
      expect(fakes.servers.duffel.requests.slice(1).every((r) => r.path === '/air/offer_requests/')).toBe(
        true,
      );
    });

    it('a flight no longer sold and no longer in a search is undefined', async () => {
      const [, direct] = await flights.searchFlights(QUERY);
      const gone = { ...(direct as Flight), offerId: GONE_OFFER_ID, flightNumber: 'ZZ 9999' };
      expect(await flights.requoteFlight?.(gone, QUERY)).toBeUndefined();
    });

    it('other failures are not taken for an expiry', async () => {
      const [cheapest] = await flights.searchFlights(QUERY);
      fakes.servers.duffel.script('GET', '/air/offers/', {
        status: 401,
        body: { errors: [{ code: 'unauthorized', message: 'no' }] },
      });
      await expect(flights.requoteFlight?.(cheapest as Flight, QUERY)).rejects.toMatchObject({
        name: 'SourceError',
        code: 'unauthorized',
      });
    });
  });
});

describe('offerToFlight', () => {
  const segment = (from: string, to: string, dep: string, arr: string, n: string) => ({
    flightNumber: n,
    carrier: 'Test Air',
    from,
    to,
    departingAt: dep,
    arrivingAt: arr,
    // The source gave no zones: the cities' zones from the table place the times.
    departureZone: null,
    arrivalZone: null,
    durationMinutes: null,
    aircraft: null,
  });
  const offer = (segments: ReturnType<typeof segment>[]): FlightOffer => ({
    offerId: 'off_overnight',
    slices: [{ from: 'LHR', to: 'HND', durationMinutes: null, segments, layovers: [] }],
    total: { amount: 1000, currency: 'JPY' },
    cabin: 'economy',
    quotedAt: '2026-12-07T04:00:00Z',
    expiresAt: null,
    bookingUrl: 'https://book.example/off_overnight',
    attribution: { source: 'test-air', text: 'x', licence: null, url: null },
  });

  it('an overnight flight arrives the next local day, its duration measured across the zones; the fare converted with the table', async () => {
    const locator = createCityLocator();
    const [london, tokyo] = [await locator.locate('London'), await locator.locate('Tokyo')] as LocatedCity[];
    const flight = await offerToFlight(
      offer([segment('LHR', 'HND', '2027-05-01T22:00:00', '2027-05-02T18:00:00', 'TA 1')]),
      { from: london as LocatedCity, to: tokyo as LocatedCity, travellers: 1 },
      createBuiltinRates(),
    );
    expect(flight).toMatchObject({
      date: '2027-05-01',
      arrivalDate: '2027-05-02',
      departureZone: 'Europe/London',
      arrivalZone: 'Asia/Tokyo',
      departureAt: '2027-05-01T22:00+01:00',
      arrivalAt: '2027-05-02T18:00+09:00',
      // 21:00Z → 09:00Z next day.
      durationMinutes: 720,
      stops: 0,
      price: 6.7,
      quoted: {
        amount: 1000,
        currency: 'JPY',
        rate: 0.0067,
        rateSource: BUILTIN_RATE_SOURCE,
        rateDate: null,
      },
      bookingUrl: 'https://book.example/off_overnight',
      source: 'test-air',
    });
    expect(Flight.parse(flight)).toEqual(flight);
  });

  it('times that put the arrival before the departure give no flight rather than a negative duration', async () => {
    const locator = createCityLocator();
    const [london, tokyo] = [await locator.locate('London'), await locator.locate('Tokyo')] as LocatedCity[];
    const flight = await offerToFlight(
      offer([segment('LHR', 'HND', '2027-05-01T22:00:00', '2027-05-01T23:00:00', 'TA 2')]),
      { from: london as LocatedCity, to: tokyo as LocatedCity, travellers: 1 },
      createBuiltinRates(),
    );
    expect(flight).toBeUndefined();
  });
});
