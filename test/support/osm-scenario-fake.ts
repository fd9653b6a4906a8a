import type { FakeHandler } from '../tools/providers/sources/fakes/fake-server.js';

/**
 * OpenStreetMap for the trip scenario (London ⇄ Paris): Nominatim places both cities, and
 * Overpass answers around whichever point it is asked with that city's kitchens and sights,
 * enough distinct ones for a few days of meals and visits. Wire formats as osm-fake.ts.
 */

const LICENCE = 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright';

interface ScenarioCity {
  name: string;
  state: string;
  country: string;
  code: string;
  lat: number;
  lon: number;
  kitchens: Array<[name: string, amenity: string, cuisine: string, diet?: string]>;
  sights: Array<[name: string, key: string, value: string]>;
}

const CITIES: ScenarioCity[] = [
  {
    name: 'Paris',
    state: 'Île-de-France',
    country: 'France',
    code: 'fr',
    lat: 48.8566,
    lon: 2.3522,
    kitchens: [
      ['Le Petit Zinc', 'restaurant', 'french'],
      ['Café des Arts', 'cafe', 'coffee_shop;french'],
      ['Trattoria Marais', 'restaurant', 'italian'],
      ['Sushi Opéra', 'restaurant', 'japanese'],
      ['Pho Belleville', 'restaurant', 'vietnamese'],
      ['Le Jardin Vert', 'restaurant', 'french;vegetarian', 'diet:vegetarian'],
      ['Chez Fatima', 'restaurant', 'moroccan'],
      ['Boulangerie du Pont', 'cafe', 'french'],
      ['Le Comptoir Libanais', 'restaurant', 'lebanese'],
      ['Curry Saint-Denis', 'restaurant', 'indian'],
      ['Crêperie Montparnasse', 'restaurant', 'crepe;french'],
      ['Brasserie du Louvre', 'restaurant', 'french;seafood'],
    ],
    sights: [
      ['Musée du Louvre', 'tourism', 'museum'],
      ['Musée d’Orsay', 'tourism', 'museum'],
      ['Tour Eiffel', 'tourism', 'attraction'],
      ['Sacré-Cœur viewpoint', 'tourism', 'viewpoint'],
      ['Centre Pompidou', 'tourism', 'gallery'],
      ['Arc de Triomphe', 'historic', 'monument'],
      ['Jardin du Luxembourg', 'leisure', 'park'],
      ['Place des Vosges', 'leisure', 'garden'],
    ],
  },
  {
    name: 'London',
    state: 'England',
    country: 'United Kingdom',
    code: 'gb',
    lat: 51.5074,
    lon: -0.1278,
    kitchens: [
      ['The Golden Kettle', 'cafe', 'british'],
      ['Soho Noodle Bar', 'restaurant', 'chinese'],
      ['Dishoom-ish', 'restaurant', 'indian'],
      ['The Borough Grill', 'restaurant', 'british;steak_house'],
      ['Green Leaf Kitchen', 'restaurant', 'vegan', 'diet:vegan'],
      ['Trattoria Covent', 'restaurant', 'italian'],
    ],
    sights: [
      ['British Museum', 'tourism', 'museum'],
      ['Tate Modern', 'tourism', 'gallery'],
      ['Tower of London', 'tourism', 'attraction'],
    ],
  },
];

function nearest(lat: number, lon: number): ScenarioCity | undefined {
  return CITIES.find((c) => Math.abs(c.lat - lat) < 0.3 && Math.abs(c.lon - lon) < 0.4);
}

/** Nominatim /search?format=jsonv2: the scenario's cities by name. */
export function createNominatimScenario(): FakeHandler {
  return (req) => {
    if (req.path !== '/search') return undefined;
    const q = (req.query.get('q') ?? '').toLowerCase();
    const city = CITIES.find((c) => q.includes(c.name.toLowerCase()));
    if (!city) return { body: [] };
    return {
      body: [
        {
          place_id: city.name.length,
          licence: LICENCE,
          osm_type: 'relation',
          osm_id: city.name.length * 1000,
          lat: String(city.lat),
          lon: String(city.lon),
          category: 'boundary',
          type: 'administrative',
          place_rank: 12,
          importance: 0.9,
          addresstype: 'city',
          name: city.name,
          display_name: `${city.name}, ${city.state}, ${city.country}`,
          address: { city: city.name, state: city.state, country: city.country, country_code: city.code },
          boundingbox: [city.lat - 0.1, city.lat + 0.1, city.lon - 0.15, city.lon + 0.15].map(String),
        },
      ],
    };
  };
}

/** Overpass `[out:json]` around a point: the kitchens or sights of the scenario city there. */
export function createOverpassScenario(): FakeHandler {
  return (req) => {
    if (req.method !== 'POST' || req.path !== '/api/interpreter') return undefined;
    const query = new URLSearchParams(req.body).get('data') ?? '';
    const m = /around:\d+,([-\d.]+),([-\d.]+)/.exec(query);
    const city = m ? nearest(Number(m[1]), Number(m[2])) : undefined;
    const head = {
      version: 0.6,
      generator: 'Overpass API (trip scenario fake)',
      osm3s: { timestamp_osm_base: '2026-12-07T03:00:00Z', copyright: LICENCE },
    };
    if (!city) return { body: { ...head, elements: [] } };
    const at = (i: number) => ({
      lat: city.lat + (i % 5) * 0.002,
      lon: city.lon + Math.floor(i / 5) * 0.002,
    });
    const elements = query.includes('"amenity"')
      ? city.kitchens.map(([name, amenity, cuisine, diet], i) => ({
          type: 'node',
          id: 10_000 + i,
          ...at(i),
          tags: { name, amenity, cuisine, ...(diet ? { [diet]: 'yes' } : {}) },
        }))
      : city.sights.map(([name, key, value], i) => ({
          type: 'node',
          id: 20_000 + i,
          ...at(i),
          tags: { name, [key]: value },
        }));
    return { body: { ...head, elements } };
  };
}
