/** Geography helpers: distances on the sphere and which cities share a landmass. */

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in kilometres. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Land masses a car can cross without a ferry. Great Britain joins mainland Europe through the
 * Channel Tunnel's car shuttle; Singapore joins mainland Asia by the causeway; Japan's Honshu
 * (Tokyo, Kyoto, Osaka) and South Korea (closed northern border) stand alone.
 */
export const LANDMASSES = [
  'north-america',
  'hawaii-oahu',
  'south-america',
  'europe',
  'africa',
  'asia-mainland',
  'korea',
  'japan-honshu',
  'australia',
  'new-zealand-north',
] as const;
export type Landmass = (typeof LANDMASSES)[number];

export const CONTINENTS = ['North America', 'South America', 'Europe', 'Africa', 'Asia', 'Oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];
