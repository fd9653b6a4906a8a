import { z } from 'zod';
import { Attribution, GeoPoint } from './source-common.schema.js';

/** What sights and restaurants share: a named, located place from a source. */
export const SourcePlace = z.object({
  /** Stable id at the source, e.g. "osm:node/123". */
  id: z.string().min(1),
  name: z.string().min(1),
  location: GeoPoint,
  address: z.string().nullable(),
  /** As published (OSM `opening_hours` syntax); null when unknown — never guessed. */
  openingHours: z.string().nullable(),
  website: z.url().nullable(),
  attribution: Attribution,
});

/** Places around a point. */
export const PlacesNear = z.object({
  near: GeoPoint,
  radiusKm: z.number().positive().max(30).default(5),
  limit: z.number().int().min(1).max(200).default(50),
});
