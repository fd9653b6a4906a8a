import { z } from 'zod';
import {
  type GroundRouteMode,
  type GroundRouteQuery,
  GroundRouteQuery as GroundRouteQuerySchema,
  type GroundRouteSource,
} from '../sources/ground-routes.source.js';
import { SOURCE_TTL_SECONDS } from '../sources/http/source-cache.js';
import type { SourceHttp } from '../sources/http/source-http.js';
import { SourceError } from '../sources/source-error.js';
import { OSM_ATTRIBUTION } from './osm-attribution.js';

/** OSRM /route/v1 answer: `code` says Ok or why not (NoRoute arrives with HTTP 400). */
const OsrmRoute = z.object({
  code: z.string(),
  message: z.string().optional(),
  routes: z
    .array(z.object({ distance: z.number().nonnegative(), duration: z.number().nonnegative() }))
    .optional(),
});

const MODES: readonly GroundRouteMode[] = ['drive', 'taxi'];

/** Road routes from an OSRM server with the car profile; a taxi drives the same roads. Unpriced. */
export function createOsrmRoutes(http: SourceHttp): GroundRouteSource {
  return {
    name: 'osrm',
    modes: MODES,
    async route(input: GroundRouteQuery) {
      const q = GroundRouteQuerySchema.parse(input);
      if (!MODES.includes(q.mode)) throw new RangeError(`osrm answers ${MODES.join(' and ')}, not ${q.mode}`);
      const coords = [q.from, q.to].map((p) => `${p.lon.toFixed(5)},${p.lat.toFixed(5)}`).join(';');
      const path = `/route/v1/driving/${coords}`;
      const answer = await http.json({
        path,
        query: { overview: 'false' },
        schema: OsrmRoute,
        cacheTtlSeconds: SOURCE_TTL_SECONDS.roadRoute,
        answerStatuses: [400],
      });
      if (answer.code === 'NoRoute') return undefined;
      const best = answer.routes?.[0];
      if (answer.code !== 'Ok' || !best)
        throw new SourceError(
          'bad-request',
          'osrm',
          `GET ${path}`,
          `${answer.code}: ${answer.message ?? 'no route'}`,
        );
      return {
        mode: q.mode,
        durationMinutes: Math.round(best.duration / 60),
        distanceKm: Math.round(best.distance / 100) / 10,
        cost: null,
        attribution: OSM_ATTRIBUTION,
      };
    },
  };
}
