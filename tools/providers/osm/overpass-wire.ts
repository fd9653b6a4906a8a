import { z } from 'zod';
import type { GeoPoint } from '../sources/source-common.schema.js';

/** Overpass API JSON (`[out:json]`, `out center tags`): nodes carry lat/lon, ways and relations a center. */
const Element = z.object({
  type: z.enum(['node', 'way', 'relation']),
  id: z.number(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  center: z.object({ lat: z.number(), lon: z.number() }).optional(),
  tags: z.record(z.string(), z.string()).default({}),
});
export type OverpassElement = z.infer<typeof Element>;

export const OverpassAnswer = z.object({
  elements: z.array(Element),
  /** Set when the server ran out of time or memory mid-query: the elements are incomplete. */
  remark: z.string().optional(),
});

export function elementPoint(e: OverpassElement): GeoPoint | undefined {
  if (e.lat !== undefined && e.lon !== undefined) return { lat: e.lat, lon: e.lon };
  return e.center;
}

export function elementAddress(tags: Record<string, string>): string | null {
  const street = [tags['addr:housenumber'], tags['addr:street']].filter(Boolean).join(' ');
  const parts = [street, tags['addr:postcode'], tags['addr:city']].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

export function elementWebsite(tags: Record<string, string>): string | null {
  const raw = tags.website ?? tags['contact:website'];
  return raw && z.url({ protocol: /^https?$/ }).safeParse(raw).success ? raw : null;
}

/** `around` filter: radius in metres, then the point. */
export function around(near: GeoPoint, radiusKm: number): string {
  return `(around:${Math.round(radiusKm * 1000)},${near.lat.toFixed(5)},${near.lon.toFixed(5)})`;
}
