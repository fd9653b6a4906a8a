import { z } from 'zod';
import {
  type GeocodedPlace,
  type GeocodeQuery,
  GeocodeQuery as GeocodeQuerySchema,
  type GeocodingSource,
} from '../sources/geocoding.source.js';
import { SOURCE_TTL_SECONDS } from '../sources/http/source-cache.js';
import type { SourceHttp } from '../sources/http/source-http.js';
import { OSM_ATTRIBUTION } from './osm-attribution.js';

/** One result of Nominatim's /search?format=jsonv2&addressdetails=1. */
const NominatimPlace = z.object({
  osm_type: z.string(),
  osm_id: z.number(),
  lat: z.string(),
  lon: z.string(),
  name: z.string().optional(),
  display_name: z.string(),
  addresstype: z.string().optional(),
  type: z.string(),
  address: z.record(z.string(), z.string()).optional(),
});

/** Geocoding with Nominatim (the public instance or your own). */
export function createNominatimGeocoding(http: SourceHttp): GeocodingSource {
  return {
    name: 'nominatim',
    async geocode(input: GeocodeQuery) {
      const query = GeocodeQuerySchema.parse(input);
      const results = await http.json({
        path: '/search',
        query: {
          q: query.text,
          format: 'jsonv2',
          addressdetails: 1,
          limit: query.limit,
          countrycodes: query.countryCodes.length ? query.countryCodes.join(',') : undefined,
        },
        schema: z.array(NominatimPlace),
        cacheTtlSeconds: SOURCE_TTL_SECONDS.geocode,
      });
      return results.map(toPlace);
    },
  };
}

function toPlace(p: z.infer<typeof NominatimPlace>): GeocodedPlace {
  const a = p.address ?? {};
  const fallbackName = p.display_name.split(',')[0]?.trim() || p.display_name;
  const code = a.country_code?.toLowerCase();
  return {
    id: `osm:${p.osm_type}/${p.osm_id}`,
    name: p.name?.trim() || fallbackName,
    label: p.display_name,
    location: { lat: Number(p.lat), lon: Number(p.lon) },
    kind: p.addresstype ?? p.type,
    region: a.state ?? a.province ?? a.region ?? null,
    country: a.country ?? null,
    countryCode: code && /^[a-z]{2}$/.test(code) ? code : null,
    attribution: OSM_ATTRIBUTION,
  };
}
