import { IsoDate } from '../../domain/common.schema.js';
import type { CityInfo } from '../../domain/inventory.schema.js';
import { composeWorld } from '../world/compose-world.js';
import type { WorldKinds } from '../world/world-kinds.js';
import type { WorldProvider } from '../world-provider.js';
import { cityKey } from './city-key.js';
import { travelPlannerCitySet } from './city-set.js';
import { flightsKey, groundKey, parseReferenceInformation } from './reference-data.js';
import { TravelPlannerDataError } from './travelplanner-data-error.js';

export interface TravelPlannerWorldOptions {
  /**
   * Appended to the provider name, e.g. the query's idx: "travelplanner(idx=21)".
   * @default none — the name is just "travelplanner"
   */
  label?: string;
  /**
   * The gazetteer. Every query of the benchmark draws on the same city list, so the default is
   * the shipped `citySet_with_states.txt` (region = state, country "United States").
   * @default the shipped 312-city list
   */
  cities?: readonly CityInfo[];
}

/**
 * A world over ONE TravelPlanner query's reference_information: exactly the flights, routes,
 * stays, restaurants and sights the benchmark gave that query, nothing synthesized. Anything
 * absent is absent (no flights, no route), which is what "within sandbox" is judged against.
 * `reference` may also be the JSON text of that object.
 */
export function createTravelPlannerWorld(
  reference: Readonly<Record<string, unknown>> | string,
  options: TravelPlannerWorldOptions = {},
): WorldProvider {
  return composeWorld(travelPlannerWorldName(options), createTravelPlannerKinds(reference, options));
}

/** "travelplanner" or "travelplanner(idx=21)". */
function travelPlannerWorldName(options: TravelPlannerWorldOptions): string {
  return options.label === undefined ? 'travelplanner' : `travelplanner(${options.label})`;
}

/**
 * The TravelPlanner world as one implementation per kind. The benchmark's data has no dates for
 * stays, no cabins and per-person fares, so the optional query fields are ignored.
 */
export function createTravelPlannerKinds(
  reference: Readonly<Record<string, unknown>> | string,
  options: TravelPlannerWorldOptions = {},
): WorldKinds {
  const name = travelPlannerWorldName(options);
  const cities = options.cities ?? travelPlannerCitySet();
  const byKey = new Map<string, CityInfo>();
  for (const city of cities) if (!byKey.has(cityKey(city.name))) byKey.set(cityKey(city.name), city);
  const resolve = (city: string): CityInfo | undefined => byKey.get(cityKey(city));
  const canonical = (city: string): string => resolve(city)?.name ?? city.trim();

  const data = parseReferenceInformation(readReference(reference), canonical);
  const hasInventory = (city: CityInfo): boolean => {
    const key = cityKey(city.name);
    return (data.stays.get(key)?.length ?? 0) > 0 || (data.sights.get(key)?.length ?? 0) > 0;
  };
  const regions = [...new Set(cities.map((c) => c.region))].sort();
  const list = <T>(map: ReadonlyMap<string, readonly T[]>, city: string): T[] => [
    ...(map.get(cityKey(city)) ?? []),
  ];

  return {
    gazetteer: {
      resolveCity: resolve,
      listCities: () => cities,
      listRegions: () => regions,
      // Only cities this query's data can actually host: a route through a city without stays
      // or sights could never be planned, however the state is spelled.
      citiesInRegion: (region) => {
        const key = cityKey(region);
        return cities.filter(
          (c) => (cityKey(c.region) === key || cityKey(c.country) === key) && hasInventory(c),
        );
      },
    },
    flights: {
      name,
      async searchFlights({ from, to, date }) {
        assertIsoDate(date);
        return [...(data.flights.get(flightsKey(from, to, date)) ?? [])];
      },
    },
    // TravelPlanner's world has no trains: its plans keep the benchmark's three modes.
    trains: {
      name,
      async searchTrains({ date }) {
        assertIsoDate(date);
        return [];
      },
    },
    ground: {
      name,
      async groundRoute({ from, to, mode }) {
        return data.groundRoutes.get(groundKey(mode, from, to));
      },
    },
    stays: {
      name,
      async searchStays({ city }) {
        return list(data.stays, city);
      },
    },
    restaurants: {
      name,
      async searchRestaurants({ city }) {
        return list(data.restaurants, city);
      },
    },
    sights: {
      name,
      async searchSights({ city }) {
        return list(data.sights, city);
      },
    },
    weather: {
      name,
      async weather({ date }) {
        assertIsoDate(date);
        return undefined;
      },
    },
  };
}

function readReference(
  reference: Readonly<Record<string, unknown>> | string,
): Readonly<Record<string, unknown>> {
  const value: unknown = typeof reference === 'string' ? parseJson(reference) : reference;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TravelPlannerDataError(
      'malformed-record',
      'reference_information must be an object keyed by description',
    );
  }
  return value as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new TravelPlannerDataError('malformed-record', 'reference_information is not valid JSON', {
      cause,
    });
  }
}

/** A malformed date is a caller bug, not an empty answer (as in the sandbox world). */
function assertIsoDate(date: string): void {
  if (!IsoDate.safeParse(date).success) throw new RangeError(`expected a YYYY-MM-DD date, got "${date}"`);
}
