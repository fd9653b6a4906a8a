import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources } from '../../../../tools/providers/real/real-sources.js';
import type { FlightsKind } from '../../../../tools/providers/world/world-kinds.js';
import { startTripWorldFakes, type TripWorldFakes } from '../../../support/trip-world-fakes.js';
import { inspectableCache } from './inspectable-cache.js';

const QUERY = { from: 'London', to: 'Paris', date: '2027-02-10', travellers: 2 } as const;

describe('re-quoting a lapsed Duffel offer searches past the fares cache', () => {
  let fakes: TripWorldFakes;
  let flights: FlightsKind;
  let cache: ReturnType<typeof inspectableCache>;
  beforeAll(async () => {
    fakes = await startTripWorldFakes();
    cache = inspectableCache();
    flights = realKinds.duffelFlights(createRealSources(fakes.settings({ geo: 'table', cache }))).kind;
  });
  afterAll(() => fakes.close());

  it('finds the flight again at its new fare, or not at all once withdrawn, while plain searches keep the cache', async () => {
    const [nonstop] = (await flights.searchFlights(QUERY)).filter((f) => f.flightNumber === 'ZZ 304');
    expect(nonstop).toMatchObject({ price: 192, quoted: { amount: 120, currency: 'GBP' } });
    expect(cache.keys().some((k) => k.startsWith('duffel:flights:'))).toBe(true);

    fakes.duffel.expireOffers();
    fakes.duffel.setFare('ZZ 304', 140);
    const requoted = await flights.requoteFlight!(nonstop!, QUERY);
    expect(requoted).toMatchObject({ flightNumber: 'ZZ 304', price: 224 });
    expect(requoted?.offerId).not.toBe(nonstop!.offerId);
    // A plain search within the fares' minutes may still answer from the cache: that is what it is for.
    const searchesBefore = fakes.servers.duffel.requests.filter((r) => r.method === 'POST').length;
    await flights.searchFlights(QUERY);
    expect(fakes.servers.duffel.requests.filter((r) => r.method === 'POST')).toHaveLength(searchesBefore);

    fakes.duffel.expireOffers();
    fakes.duffel.withdraw('ZZ 304');
    expect(await flights.requoteFlight!(requoted!, QUERY)).toBeUndefined();
  });
});
