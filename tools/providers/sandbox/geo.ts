/** Which curated cities share a landmass or continent (distances: tools/domain/geo.ts). */

/**
 * Land masses a car can cross without a ferry. Great Britain joins mainland Europe through the
 * Channel Tunnel's car shuttle; Singapore joins mainland Asia by the causeway; Japan's Honshu
 * (Tokyo, Kyoto, Osaka) and South Korea (closed northern border) stand alone, as do the islands
 * (Ireland, Iceland, Taiwan, Bali, Luzon, Puerto Rico, Cuba, New Zealand's South Island, Maui,
 * Santorini, Mykonos, Mallorca, New Providence, Jamaica, Hispaniola).
 */
export const LANDMASSES = [
  'north-america',
  'hawaii-oahu',
  'hawaii-maui',
  'south-america',
  'europe',
  'africa',
  'asia-mainland',
  'korea',
  'japan-honshu',
  'australia',
  'new-zealand-north',
  'new-zealand-south',
  'ireland',
  'iceland',
  'taiwan',
  'bali',
  'puerto-rico',
  'cuba',
  'luzon',
  // Added with the third set of cities: islands reached only by air or ferry.
  'santorini',
  'mykonos',
  'mallorca',
  // And the Caribbean's beach islands: New Providence (Nassau), Jamaica, Hispaniola (Punta Cana).
  'new-providence',
  'jamaica',
  'hispaniola',
  // Israel's and the Gulf's land borders are closed or impractical to drive for visitors.
  'israel',
  'arabia',
] as const;
export type Landmass = (typeof LANDMASSES)[number];

export const CONTINENTS = ['North America', 'South America', 'Europe', 'Africa', 'Asia', 'Oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];
