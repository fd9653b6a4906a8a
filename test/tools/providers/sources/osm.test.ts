import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNominatimGeocoding } from '../../../../tools/providers/osm/nominatim-geocoding.js';
import {
  nominatimHttp,
  osrmHttp,
  overpassHttp,
  photonHttp,
} from '../../../../tools/providers/osm/osm-http.js';
import { createOsrmRoutes } from '../../../../tools/providers/osm/osrm-routes.js';
import { createOverpassPlaces } from '../../../../tools/providers/osm/overpass-places.js';
import { createPhotonGeocoding } from '../../../../tools/providers/osm/photon-geocoding.js';
import { createRateLimiter } from '../../../../tools/providers/sources/http/rate-limiter.js';
import { isSourceError } from '../../../../tools/providers/sources/source-error.js';
import { type FakeServer, startFakeServer } from './fakes/fake-server.js';
import {
  createNominatimFake,
  createOsrmFake,
  createOverpassFake,
  createPhotonFake,
  LYON,
  MID_ATLANTIC,
  PARIS,
} from './fakes/osm-fake.js';
import { describeGeocodingSourceContract } from './geocoding.contract.js';
import { describeGroundRouteSourceContract } from './ground-routes.contract.js';
import { describeRestaurantSourceContract, describeSightSourceContract } from './places.contract.js';

const CONTACT = 'ops@example.org';
// The fakes need no politeness gap; the public-instance limits are tested on their own below.
const free = () => createRateLimiter({ maxConcurrent: 4, minIntervalMs: 0 });
const settings = (server: FakeServer) => ({
  baseUrl: server.url,
  contactEmail: CONTACT,
  limiter: free(),
  sleep: async () => {},
});

describeGeocodingSourceContract(
  'nominatim against its loopback fake',
  async () => {
    const server = await startFakeServer(createNominatimFake());
    return {
      source: createNominatimGeocoding(nominatimHttp(settings(server))),
      teardown: () => server.close(),
    };
  },
  { text: 'Lyon', expected: LYON },
);

describeGeocodingSourceContract(
  'photon against its loopback fake',
  async () => {
    const server = await startFakeServer(createPhotonFake());
    return { source: createPhotonGeocoding(photonHttp(settings(server))), teardown: () => server.close() };
  },
  { text: 'Lyon', expected: LYON },
);

for (const kind of ['sights', 'restaurants'] as const) {
  const setup = async () => {
    const server = await startFakeServer(createOverpassFake());
    return { source: createOverpassPlaces(overpassHttp(settings(server))), teardown: () => server.close() };
  };
  const fixture = { near: LYON, radiusKm: 3, servedNeed: 'vegetarian' as const };
  if (kind === 'sights') describeSightSourceContract('overpass against its loopback fake', setup, fixture);
  else describeRestaurantSourceContract('overpass against its loopback fake', setup, fixture);
}

describeGroundRouteSourceContract(
  'osrm against its loopback fake',
  async () => {
    const server = await startFakeServer(createOsrmFake());
    return { source: createOsrmRoutes(osrmHttp(settings(server))), teardown: () => server.close() };
  },
  { from: LYON, to: PARIS },
);

describe('OpenStreetMap adapters', () => {
  const servers: FakeServer[] = [];
  let nominatim: FakeServer;
  let overpass: FakeServer;
  let osrm: FakeServer;
  beforeAll(async () => {
    nominatim = await startFakeServer(createNominatimFake());
    overpass = await startFakeServer(createOverpassFake());
    osrm = await startFakeServer(createOsrmFake());
    servers.push(nominatim, overpass, osrm);
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
  });
  afterEach(() => {
    for (const s of servers) s.requests.length = 0;
  });

  it('geocodes with jsonv2, address details and the contact in the User-Agent', async () => {
    const geo = createNominatimGeocoding(nominatimHttp(settings(nominatim)));
    const [lyon] = await geo.geocode({ text: 'Lyon', countryCodes: ['fr'] });
    expect(lyon).toMatchObject({
      id: 'osm:relation/120965',
      name: 'Lyon',
      kind: 'city',
      region: 'Auvergne-Rhône-Alpes',
      countryCode: 'fr',
    });
    expect(lyon?.attribution.licence).toBe('ODbL 1.0');
    const sent = nominatim.requests[0];
    expect([sent?.query.get('countrycodes'), sent?.query.get('addressdetails')]).toEqual(['fr', '1']);
    expect(sent?.headers['user-agent']).toContain(`mailto:${CONTACT}`);
  });

  it('geocodes with Photon, filtering by country itself', async () => {
    const photon = await startFakeServer(createPhotonFake());
    servers.push(photon);
    const geo = createPhotonGeocoding(photonHttp(settings(photon)));
    expect((await geo.geocode({ text: 'Lyon' })).map((p) => p.countryCode)).toEqual(['fr', 'us']);
    const [us] = await geo.geocode({ text: 'Lyon', countryCodes: ['us'] });
    expect(us).toMatchObject({
      id: 'osm:relation/154986',
      region: 'Oklahoma',
      label: 'Lyon, Oklahoma, United States',
    });
  });

  it('refuses the public instances without a contact, naming the setting', () => {
    expect(() =>
      nominatimHttp({ baseUrl: 'https://nominatim.openstreetmap.org', contactEmail: undefined }),
    ).toThrow(/SOURCES_CONTACT_EMAIL is not set/);
    expect(() => nominatimHttp({ baseUrl: 'http://127.0.0.1:9', contactEmail: undefined })).not.toThrow();
  });

  it('keeps to one request per second to Nominatim by default', async () => {
    const geo = createNominatimGeocoding(nominatimHttp({ baseUrl: nominatim.url, contactEmail: CONTACT }));
    await Promise.all([geo.geocode({ text: 'Lyon 1' }), geo.geocode({ text: 'Lyon 2' })]);
    const [a, b] = nominatim.requests.map((r) => r.at);
    expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('reads sights with their kind and opening hours, skipping nameless elements', async () => {
    const places = createOverpassPlaces(overpassHttp(settings(overpass)));
    const sights = await places.searchSights({ near: LYON, radiusKm: 3 });
    expect(sights.map((s) => [s.id, s.category])).toEqual([
      ['osm:way/3001', 'attraction'],
      ['osm:node/3002', 'museum'],
      ['osm:relation/3003', 'park'],
    ]);
    expect(sights[1]?.openingHours).toBe('We-Mo 10:00-18:00');
    const query = new URLSearchParams(overpass.requests[0]?.body).get('data') ?? '';
    expect(query).toContain('(around:3000,45.76400,4.83570)');
  });

  it('reads cuisines and diet:* tags, and filters by dietary need', async () => {
    const places = createOverpassPlaces(overpassHttp(settings(overpass)));
    const all = await places.searchRestaurants({ near: LYON, radiusKm: 3 });
    expect(all.map((r) => [r.name, r.cuisines, r.dietary.sort(), r.website])).toEqual([
      ['Les Lumières Vertes', ['french', 'vegan'], ['vegan', 'vegetarian'], 'https://example.org/lumieres'],
      ['Bouchon des Cordeliers', ['lyonnaise'], [], null],
      ['Café Halal', [], ['halal'], null],
    ]);
    expect(all[0]?.address).toBe('12 Rue Mercière, Lyon');
    expect((await places.searchRestaurants({ near: LYON, dietary: ['halal'] })).map((r) => r.name)).toEqual([
      'Café Halal',
    ]);
    expect(await places.searchRestaurants({ near: LYON, dietary: ['kosher'] })).toEqual([]);
  });

  it('a query the server cut short is an error, not a shorter list', async () => {
    const places = createOverpassPlaces(overpassHttp(settings(overpass)));
    overpass.script('POST', '/api/interpreter', {
      body: { elements: [], remark: 'runtime error: Query timed out in "query" at line 1 after 26 seconds.' },
    });
    const error = await places.searchSights({ near: LYON }).catch((e: unknown) => e);
    expect(isSourceError(error) && error.code).toBe('unavailable');
    expect(String(error)).toContain('timed out');
  });

  it('routes by road with OSRM (lon,lat order), and has no road to the ocean', async () => {
    const routes = createOsrmRoutes(osrmHttp(settings(osrm)));
    const drive = await routes.route({ from: LYON, to: PARIS, mode: 'drive' });
    expect(osrm.requests[0]?.path).toBe('/route/v1/driving/4.83570,45.76400;2.35220,48.85660');
    expect(drive).toMatchObject({ mode: 'drive', cost: null });
    expect(await routes.route({ from: LYON, to: MID_ATLANTIC, mode: 'taxi' })).toBeUndefined();
    await expect(routes.route({ from: LYON, to: PARIS, mode: 'rail' })).rejects.toThrow(RangeError);
  });
});
