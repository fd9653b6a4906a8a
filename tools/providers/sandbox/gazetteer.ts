import type { LatLon } from '../../domain/geo.js';
import type { CityInfo } from '../../domain/inventory.schema.js';
import { placeKey } from '../../domain/place-name.js';
import { type AirportRecord, loadAirportIndex } from './airport-index.js';
import { CURATED_CITIES } from './data/curated-cities.js';
import type { CuratedCity } from './data/curated-city.js';
import { COUNTRY_ALIASES, REGION_ABBREVIATIONS } from './data/region-codes.js';

/** A gazetteer entry: the public CityInfo plus what the synthesizers need. */
export interface SandboxCity {
  readonly info: CityInfo;
  readonly curated: CuratedCity;
  /** Serving airports that exist in OurAirports with scheduled service, in curated order. */
  readonly airports: readonly AirportRecord[];
  /** Where flights are measured from: the primary airport, else the city centre. */
  readonly hub: LatLon;
}

export interface Gazetteer {
  readonly cities: readonly SandboxCity[];
  readonly infos: readonly CityInfo[];
  readonly regions: readonly string[];
  resolve(name: string): SandboxCity | undefined;
  inRegion(region: string): readonly CityInfo[];
  /** Curated IATA codes missing from the airport dataset (kept visible so a test can insist on none). */
  readonly unknownAirports: readonly string[];
}

let shared: Gazetteer | undefined;

/** The gazetteer is the same for every seed, so it is built once per process. */
export function getGazetteer(): Gazetteer {
  shared ??= buildGazetteer(CURATED_CITIES, loadAirportIndex());
  return shared;
}

export function buildGazetteer(
  curatedCities: readonly CuratedCity[],
  airportIndex: ReadonlyMap<string, AirportRecord>,
): Gazetteer {
  const unknownAirports: string[] = [];
  const cities = curatedCities.map((curated): SandboxCity => {
    const airports: AirportRecord[] = [];
    for (const code of curated.airports) {
      const record = airportIndex.get(code);
      if (record) airports.push(record);
      else unknownAirports.push(`${curated.name}: ${code}`);
    }
    const info: CityInfo = Object.freeze({
      name: curated.name,
      region: curated.region,
      country: curated.country,
      location: Object.freeze({ lat: curated.lat, lon: curated.lon }),
      timeZone: curated.timeZone,
      airports: Object.freeze(airports.map((a) => a.iata)) as string[],
      ...(curated.aliases?.length ? { aliases: Object.freeze([...curated.aliases]) as string[] } : {}),
    });
    const primary = airports[0];
    const hub = primary ? { lat: primary.lat, lon: primary.lon } : { lat: curated.lat, lon: curated.lon };
    return Object.freeze({ info, curated, airports, hub });
  });

  const byName = indexNames(cities);
  const byAirport = indexAirports(cities);
  const byRegion = indexRegions(cities);
  const regions = [...new Set(cities.flatMap((c) => [c.info.region, c.info.country]))].sort((a, b) =>
    a.localeCompare(b),
  );

  const resolve = (name: string): SandboxCity | undefined => {
    const exact = byName.get(placeKey(name));
    if (exact) return exact;
    // "Portland, OR", "Paris, France": the part after the comma must describe the city found.
    const comma = name.indexOf(',');
    if (comma > 0) {
      const city = byName.get(placeKey(name.slice(0, comma)));
      if (city && describesCity(name.slice(comma + 1), city)) return city;
      return undefined;
    }
    const code = name.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(code) ? byAirport.get(code) : undefined;
  };

  return {
    cities,
    infos: Object.freeze(cities.map((c) => c.info)),
    regions: Object.freeze(regions),
    resolve,
    inRegion: (region) => byRegion.get(regionKey(region)) ?? [],
    unknownAirports,
  };
}

function indexNames(cities: readonly SandboxCity[]): Map<string, SandboxCity> {
  const index = new Map<string, SandboxCity>();
  for (const city of cities) {
    for (const name of [city.curated.name, ...(city.curated.aliases ?? [])]) {
      const key = placeKey(name);
      const other = index.get(key);
      // Two cities claiming one name would make resolveCity depend on data order: refuse.
      if (other && other !== city) {
        throw new Error(`gazetteer: "${name}" names both ${other.info.name} and ${city.info.name}`);
      }
      index.set(key, city);
    }
  }
  return index;
}

/** IATA code → city; a shared airport (DEN for Denver and Boulder) goes to the bigger city. */
function indexAirports(cities: readonly SandboxCity[]): Map<string, SandboxCity> {
  const index = new Map<string, SandboxCity>();
  for (const city of cities) {
    for (const airport of city.airports) {
      const other = index.get(airport.iata);
      if (!other || city.curated.size > other.curated.size) index.set(airport.iata, city);
    }
  }
  return index;
}

function indexRegions(cities: readonly SandboxCity[]): Map<string, CityInfo[]> {
  const index = new Map<string, CityInfo[]>();
  for (const city of cities) {
    const keys = new Set([placeKey(city.info.region), placeKey(city.info.country)]);
    for (const key of keys) {
      const list = index.get(key) ?? [];
      list.push(city.info);
      index.set(key, list);
    }
  }
  for (const [key, list] of index) index.set(key, Object.freeze(list) as CityInfo[]);
  return index;
}

/** Normalises a region as asked: "CA" → california, "USA" → united states, "Texas" → texas. */
function regionKey(region: string): string {
  const trimmed = region.trim();
  const abbreviation = REGION_ABBREVIATIONS[trimmed.toUpperCase()];
  if (/^[A-Za-z]{2}$/.test(trimmed) && abbreviation) return placeKey(abbreviation);
  const key = placeKey(trimmed);
  const country = COUNTRY_ALIASES[key];
  return country ? placeKey(country) : key;
}

function describesCity(qualifier: string, city: SandboxCity): boolean {
  const key = regionKey(qualifier);
  return (
    key === placeKey(city.info.region) ||
    key === placeKey(city.info.country) ||
    placeKey(qualifier) === placeKey(city.curated.countryCode)
  );
}
