import { greatCircleKm } from '../../domain/geo.js';
import type { CityInfo } from '../../domain/inventory.schema.js';
import { getGazetteer, type SandboxCity } from '../sandbox/gazetteer.js';
import type { GeocodingSource } from '../sources/geocoding.source.js';
import type { GeoPoint } from '../sources/source-common.schema.js';
import { isSourceError } from '../sources/source-error.js';
import type { Gazetteer } from '../world/world-kinds.js';

/** A known city and the point real sources are asked around. */
export interface LocatedCity {
  info: CityInfo;
  /** ISO 3166-1 alpha-2, lower case (OSM's form), e.g. "fr". */
  countryCode: string;
  point: GeoPoint;
  /** "table" (the built-in gazetteer) or the geocoder that placed it. */
  pointSource: string;
  /** The table's price level, 1 = a typical large US city: scales estimated meal and taxi costs. */
  costIndex: number;
  /** The serving airports with their coordinates, primary first (as CityInfo.airports). */
  airports: readonly { iata: string; lat: number; lon: number }[];
}

/** Resolves a city name to its table entry and the point to search around; undefined when unknown. */
export interface CityLocator {
  readonly gazetteer: Gazetteer;
  locate(name: string): Promise<LocatedCity | undefined>;
}

/**
 * A geocoder's answer further than this from the table's centre is another place of the same name
 * (Lyon, Oklahoma for Lyon, France): the table's point is kept.
 */
const MAX_GEOCODE_DRIFT_KM = 40;

/**
 * The real worlds' gazetteer is the built-in table of real cities the sandbox uses (names, aliases,
 * regions, airports, IANA zones, coordinates): one table, not a copy. It is also what recognises
 * a city, synchronously, for the intake reader.
 */
export function createTableGazetteer(): Gazetteer {
  const table = getGazetteer();
  return {
    resolveCity: (name) => table.resolve(name)?.info,
    listCities: () => table.infos,
    listRegions: () => table.regions,
    citiesInRegion: (region) => table.inRegion(region),
  };
}

/**
 * With a geocoder (GEO=osm|photon) a city's point comes from it — the source layer caches geocodes
 * for weeks — and from the table when the geocoder finds nothing near the table's centre or
 * cannot be reached (the table's coordinates are real, only coarser). Without one: the table's.
 */
export function createCityLocator(options: { geocoding?: GeocodingSource } = {}): CityLocator {
  const table = getGazetteer();
  const located = new Map<SandboxCity, Promise<LocatedCity>>();

  async function place(city: SandboxCity): Promise<LocatedCity> {
    const base = {
      info: city.info,
      countryCode: city.curated.countryCode.toLowerCase(),
      point: { lat: city.curated.lat, lon: city.curated.lon },
      pointSource: 'table',
      costIndex: city.curated.costIndex,
      airports: city.airports.map((a) => ({ iata: a.iata, lat: a.lat, lon: a.lon })),
    };
    if (!options.geocoding) return base;
    try {
      const [best] = await options.geocoding.geocode({
        text: `${city.info.name}, ${city.info.region}`,
        countryCodes: [base.countryCode],
        limit: 1,
      });
      if (!best || greatCircleKm(best.location, base.point) > MAX_GEOCODE_DRIFT_KM) return base;
      return { ...base, point: best.location, pointSource: options.geocoding.name };
    } catch (error) {
      if (!isSourceError(error)) throw error;
      return base;
    }
  }

  return {
    gazetteer: createTableGazetteer(),
    async locate(name) {
      const city = table.resolve(name);
      if (!city) return undefined;
      let pending = located.get(city);
      if (!pending) {
        pending = place(city);
        located.set(city, pending);
      }
      return pending;
    },
  };
}
