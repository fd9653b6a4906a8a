import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realKinds } from '../../../../tools/providers/real/real-kinds.js';
import { createRealSources } from '../../../../tools/providers/real/real-sources.js';
import type { SourceCache } from '../../../../tools/providers/sources/http/source-cache.js';
import type { FlightsKind } from '../../../../tools/providers/world/world-kinds.js';
import { startTripWorldFakes, type TripWorldFakes } from '../../../support/trip-world-fakes.js';

const QUERY = { from: 'London', to: 'Paris', date: '2027-02-10', travellers: 2 } as const;

/** The deployment's cache as a map (TTLs are the Redis cache's business). */
function memoryCache(): SourceCache & { keys(): string[] } {
  const kept = new Map<string, string>();
  return {
    keys: () => [...kept.keys()],
    async get(key) {
      return kept.get(key);
    },
    async set(key, value) {
      kept.set(key, value);
    },
  };
}

describe('re-quoting a lapsed Duffel offer searches past the fares cache', () => {
  let fakes: TripWorldFakes;
  let flights: FlightsKind;
  let cache: ReturnType<typeof memoryCache>;
  beforeAll(async () => {
    fakes = await startTripWorldFakes();
    cache = memoryCache();
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
