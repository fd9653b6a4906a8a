import type { Continent, Landmass } from '../geo.js';

/** Categories used for curated sights (free text in the domain schema; kept to a small set here). */
export type SightCategory =
  | 'museum'
  | 'park'
  | 'landmark'
  | 'market'
  | 'viewpoint'
  | 'zoo'
  | 'aquarium'
  | 'beach'
  | 'historic site'
  | 'garden'
  | 'religious site'
  | 'neighborhood'
  | 'theater'
  | 'stadium';

/** A real sight: name, category, approximate coordinates, and an address-ish string or null. */
export type SightSeed = readonly [
  name: string,
  category: SightCategory,
  lat: number,
  lon: number,
  address: string | null,
];

/** How the rain falls over the year: winter-wet (Mediterranean), summer-wet (monsoon), even. */
export type RainPattern = 'winter' | 'summer' | 'even';

/**
 * Climate knobs for the weather model: continentality 0 (oceanic) … 1 (deep continental), which
 * with latitude sets the seasonal swing and the day–night range; wetness 0 (desert) … 1 (rain
 * most days); when the rain falls; and the annual mean temperature (°C). The mean is curated
 * because no latitude formula gets both cold-current coasts (Lima, San Francisco) and hot
 * deserts (Phoenix) within a few degrees.
 */
export type ClimateSeed = readonly [
  continentality: number,
  wetness: number,
  rain: RainPattern,
  annualMeanC: number,
];

/** Country facts shared by its cities (spread into each city record). */
export interface CountrySeed {
  country: string;
  /** ISO 3166-1 alpha-2, the key OurAirports uses. */
  countryCode: string;
  continent: Continent;
  landmass: Landmass;
  /** Airline codes used for flight numbers departing this country. */
  carriers: readonly string[];
  /** Cuisines natural to the country, mixed into its restaurants. */
  localCuisines: readonly string[];
}

export interface CuratedCity extends CountrySeed {
  name: string;
  /** State or province (full name), or the country name where that is the natural region. */
  region: string;
  lat: number;
  lon: number;
  timeZone: string;
  /** IATA codes of the airports serving the city; validated against OurAirports at load. */
  airports: readonly string[];
  /** 3 = major hub, 2 = mid-size, 1 = small; drives flight frequency and inventory size. */
  size: 1 | 2 | 3;
  /** Price level, 1 = a typical large US city. */
  costIndex: number;
  climate: ClimateSeed;
  aliases?: readonly string[];
  /** Neighbourhoods, used to name stays. */
  areas: readonly string[];
  /** Extra local cuisines on top of the country's. */
  cuisines?: readonly string[];
  sights: readonly SightSeed[];
}
