import type { FakeHandler } from './fake-server.js';

/** Lyon's centre, where the fake Overpass has its places. */
export const LYON = { lat: 45.764, lon: 4.8357 };
export const PARIS = { lat: 48.8566, lon: 2.3522 };
/** A point in the Atlantic: the fake OSRM finds no road to it. */
export const MID_ATLANTIC = { lat: 40, lon: -40 };

const LICENCE = 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright';

/** Nominatim /search?format=jsonv2&addressdetails=1, as documented. */
export function createNominatimFake(): FakeHandler {
  return (req) => {
    if (req.path !== '/search') return undefined;
    if (req.query.get('format') !== 'jsonv2')
      return { status: 400, body: 'format must be jsonv2 in this fake' };
    const q = (req.query.get('q') ?? '').toLowerCase();
    if (!q.includes('lyon')) return { body: [] };
    return {
      body: [
        {
          place_id: 88245436,
          licence: LICENCE,
          osm_type: 'relation',
          osm_id: 120965,
          lat: '45.7578137',
          lon: '4.8320114',
          category: 'boundary',
          type: 'administrative',
          place_rank: 16,
          importance: 0.79,
          addresstype: 'city',
          name: 'Lyon',
          display_name: 'Lyon, Métropole de Lyon, Rhône, Auvergne-Rhône-Alpes, France métropolitaine, France',
          address: {
            city: 'Lyon',
            county: 'Métropole de Lyon',
            state: 'Auvergne-Rhône-Alpes',
            country: 'France',
            country_code: 'fr',
          },
          boundingbox: ['45.7073666', '45.8082628', '4.7718134', '4.8983774'],
        },
      ],
    };
  };
}

/** Photon /api?q=…: a GeoJSON FeatureCollection, coordinates lon,lat, OSM type as N/W/R. */
export function createPhotonFake(): FakeHandler {
  return (req) => {
    if (req.path !== '/api') return undefined;
    const q = (req.query.get('q') ?? '').toLowerCase();
    const feature = (id: number, type: string, lon: number, lat: number, props: Record<string, unknown>) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { osm_type: type, osm_id: id, osm_key: 'place', ...props },
    });
    const features = q.includes('lyon')
      ? [
          feature(120965, 'R', 4.8320114, 45.7578137, {
            osm_value: 'city',
            type: 'city',
            name: 'Lyon',
            state: 'Auvergne-Rhône-Alpes',
            country: 'France',
            countrycode: 'FR',
          }),
          feature(154986, 'R', -95.2, 35.3, {
            osm_value: 'town',
            type: 'city',
            name: 'Lyon',
            state: 'Oklahoma',
            country: 'United States',
            countrycode: 'US',
          }),
        ]
      : [];
    return { body: { type: 'FeatureCollection', features } };
  };
}

/** Overpass `[out:json]` with `out center tags`: nodes with lat/lon, ways with a center. */
export function createOverpassFake(): FakeHandler {
  return (req) => {
    if (req.method !== 'POST' || req.path !== '/api/interpreter') return undefined;
    const query = new URLSearchParams(req.body).get('data') ?? '';
    const head = {
      version: 0.6,
      generator: 'Overpass API 0.7.62.1 084b4234',
      osm3s: { timestamp_osm_base: '2026-12-07T03:00:00Z', copyright: LICENCE },
    };
    if (query.includes('amenity'))
      return {
        body: {
          ...head,
          elements: [
            {
              type: 'node',
              id: 1001,
              lat: 45.7625,
              lon: 4.8339,
              tags: {
                amenity: 'restaurant',
                name: 'Les Lumières Vertes',
                cuisine: 'french;Vegan',
                'diet:vegan': 'only',
                opening_hours: 'Tu-Sa 12:00-14:00,19:00-22:30',
                website: 'https://example.org/lumieres',
                'addr:housenumber': '12',
                'addr:street': 'Rue Mercière',
                'addr:city': 'Lyon',
              },
            },
            {
              type: 'way',
              id: 2002,
              center: { lat: 45.7651, lon: 4.8362 },
              tags: {
                amenity: 'restaurant',
                name: 'Bouchon des Cordeliers',
                cuisine: 'lyonnaise',
                website: 'not a url',
              },
            },
            {
              type: 'node',
              id: 1003,
              lat: 45.7601,
              lon: 4.8301,
              tags: { amenity: 'cafe', name: 'Café Halal', 'diet:halal': 'yes', 'diet:vegetarian': 'no' },
            },
            { type: 'node', id: 1004, lat: 45.761, lon: 4.831, tags: { amenity: 'restaurant' } },
          ],
        },
      };
    return {
      body: {
        ...head,
        elements: [
          {
            type: 'way',
            id: 3001,
            center: { lat: 45.7621, lon: 4.8225 },
            tags: { tourism: 'attraction', historic: 'castle', name: 'Basilique Notre-Dame de Fourvière' },
          },
          {
            type: 'node',
            id: 3002,
            lat: 45.7669,
            lon: 4.8336,
            tags: {
              tourism: 'museum',
              name: 'Musée des Beaux-Arts de Lyon',
              opening_hours: 'We-Mo 10:00-18:00',
            },
          },
          {
            type: 'relation',
            id: 3003,
            center: { lat: 45.7772, lon: 4.8553 },
            tags: { leisure: 'park', name: 'Parc de la Tête d’Or' },
          },
        ],
      },
    };
  };
}

/** OSRM /route/v1/driving/{lon,lat;lon,lat}: `code: "Ok"` with routes, or HTTP 400 `NoRoute`. */
export function createOsrmFake(): FakeHandler {
  return (req) => {
    if (!req.path.startsWith('/route/')) return undefined;
    const m = /^\/route\/v1\/driving\/([-\d.]+),([-\d.]+);([-\d.]+),([-\d.]+)$/.exec(req.path);
    if (!m)
      return {
        status: 400,
        body: { code: 'InvalidUrl', message: `URL string malformed close to position 1` },
      };
    const [lon1, lat1, lon2, lat2] = m.slice(1).map(Number) as [number, number, number, number];
    if ([lon1, lon2].some((lon) => Math.abs(lon - MID_ATLANTIC.lon) < 0.01))
      return { status: 400, body: { code: 'NoRoute', message: 'Impossible route between points' } };
    const km = Math.hypot(lat2 - lat1, (lon2 - lon1) * 0.7) * 111 * 1.25;
    return {
      body: {
        code: 'Ok',
        routes: [
          {
            distance: km * 1000,
            duration: (km / 95) * 3600,
            weight: (km / 95) * 3600,
            weight_name: 'routability',
            legs: [],
          },
        ],
        waypoints: [
          { hint: 'x', distance: 4.2, name: 'Quai', location: [lon1, lat1] },
          { hint: 'y', distance: 3.1, name: 'Rue', location: [lon2, lat2] },
        ],
      },
    };
  };
}
