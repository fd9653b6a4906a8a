import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import { createWorld } from '../../../../src/world/create-world.js';
import type { WorldProvider } from '../../../../tools/providers/world-provider.js';
import { type RealSourceFakes, startRealSourceFakes } from '../../../support/real-source-fakes.js';

describe('a world composed of real sources by configuration (loopback fakes)', () => {
  let fakes: RealSourceFakes;
  let world: WorldProvider;
  beforeAll(async () => {
    fakes = await startRealSourceFakes({ today: '2027-04-20' });
    world = createWorld(loadConfig({ ...fakes.env }));
  });
  afterAll(() => fakes.close());

  it('FLIGHTS=duffel STAYS=duffel PLACES=osm GEO=osm WEATHER=open-meteo ROUTES=osrm TRAINS=none: every kind real', async () => {
    expect(world.name).toBe(
      'flights=duffel trains=none routes=osrm stays=duffel places=osm weather=open-meteo geo=osm',
    );
    const [flight] = await world.searchFlights({
      from: 'London',
      to: 'Paris',
      date: '2027-05-01',
      travellers: 2,
    });
    expect(flight).toMatchObject({ source: 'duffel', quoted: { currency: 'GBP' } });
    const [stay] = await world.searchStays({
      city: 'Paris',
      checkIn: '2027-05-01',
      checkOut: '2027-05-03',
      travellers: 2,
    });
    expect(stay).toMatchObject({ source: 'duffel', quoted: { currency: 'EUR' } });
    expect((await world.searchRestaurants({ city: 'Lyon' }))[0]?.source).toBe('openstreetmap');
    expect((await world.searchSights({ city: 'Lyon' }))[0]?.source).toBe('openstreetmap');
    expect(await world.groundRoute({ from: 'Lyon', to: 'Paris', mode: 'taxi' })).toMatchObject({
      estimated: ['cost'],
    });
    expect(await world.searchTrains({ from: 'Lyon', to: 'Paris', date: '2027-05-01' })).toEqual([]);
    expect(world.resolveCity('lyon')?.name).toBe('Lyon');
    // The city points came from the Nominatim fake (GEO=osm), once per city.
    expect(fakes.servers.nominatim.requests.length).toBeGreaterThan(0);
  });

  it('credits every source once: OSM (ODbL), Open-Meteo (CC BY 4.0), Duffel, and the ECB for the rates', () => {
    expect(world.attributions.map((a) => a.source).sort()).toEqual([
      'duffel',
      'ecb',
      'open-meteo',
      'openstreetmap',
    ]);
  });

  it('re-quotes through the world: an expired offer is found again in a fresh search', async () => {
    const query = { from: 'London', to: 'Paris', date: '2027-05-01', travellers: 2 } as const;
    const direct = (await world.searchFlights(query)).find((f) => f.stops === 0);
    expect(direct).toBeDefined();
    const fresh = await world.requoteFlight({ ...direct!, offerId: 'off_0000expired' }, query);
    expect(fresh?.offerId).toBe(direct?.offerId);
  });
});
