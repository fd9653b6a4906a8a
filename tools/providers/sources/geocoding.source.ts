import { z } from 'zod';
import { Attribution, GeoPoint } from './source-common.schema.js';

export const GeocodeQuery = z.object({
  text: z.string().trim().min(1).max(200),
  /** ISO 3166-1 alpha-2 codes to restrict to, lower case. */
  countryCodes: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  limit: z.number().int().min(1).max(20).default(5),
});
export type GeocodeQuery = z.input<typeof GeocodeQuery>;

export const GeocodedPlace = z.object({
  id: z.string().min(1),
  /** The place's own name, e.g. "Lyon". */
  name: z.string().min(1),
  /** The full label, e.g. "Lyon, Métropole de Lyon, Auvergne-Rhône-Alpes, France". */
  label: z.string().min(1),
  location: GeoPoint,
  /** "city", "town", "village", "administrative"… */
  kind: z.string().min(1),
  region: z.string().nullable(),
  country: z.string().nullable(),
  countryCode: z
    .string()
    .regex(/^[a-z]{2}$/)
    .nullable(),
  attribution: Attribution,
});
export type GeocodedPlace = z.infer<typeof GeocodedPlace>;

/** Place names to coordinates. Every implementation runs the geocoding contract test. */
export interface GeocodingSource {
  readonly name: string;
  /** Best match first; empty when nothing matches. */
  geocode(query: GeocodeQuery): Promise<GeocodedPlace[]>;
}
