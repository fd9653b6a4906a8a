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

/** Photon's /api answer: GeoJSON features with OSM ids and address parts as properties. */
const PhotonAnswer = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({
        osm_type: z.string(),
        osm_id: z.number(),
        osm_value: z.string().optional(),
        type: z.string().optional(),
        name: z.string().optional(),
        city: z.string().optional(),
        state: z.string().optional(),
        country: z.string().optional(),
        countrycode: z.string().optional(),
      }),
    }),
  ),
});

const OSM_TYPES: Record<string, string> = { N: 'node', W: 'way', R: 'relation' };

/**
 * Geocoding with a Photon server (komoot's public one or your own): search-as-you-type friendly and
 * without Nominatim's one-per-second rule. Photon has no country filter, so it is applied here.
 */
export function createPhotonGeocoding(http: SourceHttp): GeocodingSource {
  return {
    name: 'photon',
    async geocode(input: GeocodeQuery) {
      const query = GeocodeQuerySchema.parse(input);
      const answer = await http.json({
        path: '/api',
        // Asks for more when filtering by country, so the filter still leaves `limit` matches.
        query: { q: query.text, limit: query.countryCodes.length ? 20 : query.limit, lang: 'en' },
        schema: PhotonAnswer,
        cacheTtlSeconds: SOURCE_TTL_SECONDS.geocode,
      });
      return answer.features
        .flatMap((f): GeocodedPlace[] => {
          const p = f.properties;
          const [lon, lat] = f.geometry.coordinates;
          const code = p.countrycode?.toLowerCase() ?? null;
          if (!p.name) return [];
          if (query.countryCodes.length && (!code || !query.countryCodes.includes(code))) return [];
          const label = [p.name, p.city !== p.name ? p.city : undefined, p.state, p.country]
            .filter(Boolean)
            .join(', ');
          return [
            {
              id: `osm:${OSM_TYPES[p.osm_type] ?? p.osm_type}/${p.osm_id}`,
              name: p.name,
              label,
              location: { lat, lon },
              kind: p.type ?? p.osm_value ?? 'place',
              region: p.state ?? null,
              country: p.country ?? null,
              countryCode: code && /^[a-z]{2}$/.test(code) ? code : null,
              attribution: OSM_ATTRIBUTION,
            },
          ];
        })
        .slice(0, query.limit);
    },
  };
}
