import { AFRICA_OCEANIA_CITIES } from './cities-africa-oceania.js';
import { AMERICAS_CITIES } from './cities-americas.js';
import { AMERICAS_NORTH_CITIES } from './cities-americas-north.js';
import { ASIA_CITIES } from './cities-asia.js';
import { ASIA_EAST_CITIES } from './cities-asia-east.js';
import { ASIA_SOUTHEAST_CITIES } from './cities-asia-southeast.js';
import { EUROPE_CENTRAL_CITIES } from './cities-europe-central.js';
import { EUROPE_MEDITERRANEAN_CITIES } from './cities-europe-mediterranean.js';
import { EUROPE_NORDIC_CITIES } from './cities-europe-nordic.js';
import { EUROPE_NORTH_CITIES } from './cities-europe-north.js';
import { EUROPE_SOUTH_CITIES } from './cities-europe-south.js';
import { LATIN_AMERICA_CITIES } from './cities-latin-america.js';
import { MIDDLE_EAST_AFRICA_OCEANIA_CITIES } from './cities-middle-east-africa-oceania.js';
import { US_ATLANTIC_CITIES } from './cities-us-atlantic.js';
import { US_MIDWEST_CITIES } from './cities-us-midwest.js';
import { US_MOUNTAIN_CITIES } from './cities-us-mountain.js';
import { US_NORTH_CITIES } from './cities-us-north.js';
import { US_PACIFIC_CITIES } from './cities-us-pacific.js';
import { US_SOUTH_CENTRAL_CITIES } from './cities-us-south-central.js';
import { US_SOUTH_EAST_CITIES } from './cities-us-south-east.js';
import { US_WEST_CITIES } from './cities-us-west.js';
import type { CuratedCity } from './curated-city.js';

/**
 * Every curated city, in a stable order (listCities keeps it). Cities added later go after the
 * first set, so the order of the first set (and of each region's cities) stays as it was.
 */
export const CURATED_CITIES: readonly CuratedCity[] = [
  ...US_PACIFIC_CITIES,
  ...US_MOUNTAIN_CITIES,
  ...US_SOUTH_CENTRAL_CITIES,
  ...US_SOUTH_EAST_CITIES,
  ...US_NORTH_CITIES,
  ...AMERICAS_CITIES,
  ...EUROPE_NORTH_CITIES,
  ...EUROPE_SOUTH_CITIES,
  ...ASIA_CITIES,
  ...AFRICA_OCEANIA_CITIES,
  ...US_MIDWEST_CITIES,
  ...US_ATLANTIC_CITIES,
  ...US_WEST_CITIES,
  ...AMERICAS_NORTH_CITIES,
  ...LATIN_AMERICA_CITIES,
  ...EUROPE_CENTRAL_CITIES,
  ...EUROPE_NORDIC_CITIES,
  ...EUROPE_MEDITERRANEAN_CITIES,
  ...ASIA_EAST_CITIES,
  ...MIDDLE_EAST_AFRICA_OCEANIA_CITIES,
  ...ASIA_SOUTHEAST_CITIES,
];
