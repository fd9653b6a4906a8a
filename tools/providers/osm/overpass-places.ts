import type { DietaryNeed } from '../../domain/common.schema.js';
import { SOURCE_TTL_SECONDS } from '../sources/http/source-cache.js';
import type { SourceHttp } from '../sources/http/source-http.js';
import {
  type RestaurantSearch,
  RestaurantSearch as RestaurantSearchSchema,
  type RestaurantSource,
  type SourceRestaurant,
} from '../sources/restaurants.source.js';
import {
  type SightSearch,
  SightSearch as SightSearchSchema,
  type SightSource,
  type SourceSight,
} from '../sources/sights.source.js';
import { SourceError } from '../sources/source-error.js';
import { OSM_ATTRIBUTION } from './osm-attribution.js';
import {
  around,
  elementAddress,
  elementPoint,
  elementWebsite,
  OverpassAnswer,
  type OverpassElement,
} from './overpass-wire.js';

const SIGHT_TAGS = [
  ['tourism', 'museum|attraction|viewpoint|gallery|zoo|theme_park|aquarium'],
  ['historic', 'monument|castle|memorial|ruins|archaeological_site'],
  ['leisure', 'park|garden'],
] as const;
const KITCHENS = 'restaurant|cafe|fast_food|food_court';

/** OSM diet:* keys and what `yes`/`only` there lets us promise. */
const DIET_KEYS: ReadonlyArray<readonly [string, readonly DietaryNeed[]]> = [
  ['diet:vegan', ['vegan', 'vegetarian']],
  ['diet:vegetarian', ['vegetarian']],
  ['diet:halal', ['halal']],
  ['diet:kosher', ['kosher']],
  ['diet:gluten_free', ['gluten-free']],
];

/** Sights and restaurants from an Overpass API server, with OSM's tags as published. */
export function createOverpassPlaces(http: SourceHttp): SightSource & RestaurantSource {
  async function run(query: string, what: string): Promise<OverpassElement[]> {
    const answer = await http.json({
      method: 'POST',
      path: '/api/interpreter',
      form: { data: query },
      schema: OverpassAnswer,
      cacheTtlSeconds: SOURCE_TTL_SECONDS.places,
    });
    // A remark means the server gave up part-way: a partial list would read as "nothing else here".
    if (answer.remark)
      throw new SourceError('unavailable', 'overpass', `POST /api/interpreter (${what})`, answer.remark);
    return answer.elements;
  }

  return {
    name: 'overpass',
    async searchSights(input: SightSearch) {
      const q = SightSearchSchema.parse(input);
      const filter = around(q.near, q.radiusKm);
      const parts = SIGHT_TAGS.map(([k, v]) => `nwr["${k}"~"^(${v})$"]["name"]${filter};`).join('');
      const elements = await run(
        `[out:json][timeout:25];(${parts});out center tags ${q.limit * 2};`,
        'sights',
      );
      return elements.flatMap((e) => toSight(e) ?? []).slice(0, q.limit);
    },
    async searchRestaurants(input: RestaurantSearch) {
      const q = RestaurantSearchSchema.parse(input);
      const filter = around(q.near, q.radiusKm);
      const elements = await run(
        `[out:json][timeout:25];(nwr["amenity"~"^(${KITCHENS})$"]["name"]${filter};);out center tags ${q.limit * 4};`,
        'restaurants',
      );
      return elements
        .flatMap((e) => toRestaurant(e) ?? [])
        .filter((r) => q.dietary.every((need) => r.dietary.includes(need)))
        .slice(0, q.limit);
    },
  };
}

function base(e: OverpassElement) {
  const location = elementPoint(e);
  const name = e.tags.name?.trim();
  if (!location || !name) return undefined;
  return {
    id: `osm:${e.type}/${e.id}`,
    name,
    location,
    address: elementAddress(e.tags),
    openingHours: e.tags.opening_hours?.trim() || null,
    website: elementWebsite(e.tags),
    attribution: OSM_ATTRIBUTION,
  };
}

function toSight(e: OverpassElement): SourceSight | undefined {
  const b = base(e);
  const category = e.tags.tourism ?? e.tags.historic ?? e.tags.leisure;
  return b && category ? { ...b, category } : undefined;
}

function toRestaurant(e: OverpassElement): SourceRestaurant | undefined {
  const b = base(e);
  if (!b || !e.tags.amenity) return undefined;
  const cuisines = (e.tags.cuisine ?? '')
    .split(';')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
  const dietary = new Set<DietaryNeed>();
  for (const [key, needs] of DIET_KEYS) {
    const value = e.tags[key];
    if (value === 'yes' || value === 'only') for (const n of needs) dietary.add(n);
  }
  return { ...b, category: e.tags.amenity, cuisines, dietary: [...dietary] };
}
