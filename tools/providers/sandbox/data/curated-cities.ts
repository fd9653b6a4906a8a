import { AFRICA_OCEANIA_CITIES } from './cities-africa-oceania.js';
import { AMERICAS_CITIES } from './cities-americas.js';
import { ASIA_CITIES } from './cities-asia.js';
import { EUROPE_NORTH_CITIES } from './cities-europe-north.js';
import { EUROPE_SOUTH_CITIES } from './cities-europe-south.js';
import { US_MOUNTAIN_CITIES } from './cities-us-mountain.js';
import { US_NORTH_CITIES } from './cities-us-north.js';
import { US_PACIFIC_CITIES } from './cities-us-pacific.js';
import { US_SOUTH_CENTRAL_CITIES } from './cities-us-south-central.js';
import { US_SOUTH_EAST_CITIES } from './cities-us-south-east.js';
import type { CuratedCity } from './curated-city.js';

/** Every curated city, in a stable order (listCities keeps it). */
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
];
