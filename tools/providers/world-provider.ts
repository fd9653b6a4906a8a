import type { IsoDate } from '../domain/common.schema.js';
import type {
  CityInfo,
  Flight,
  GroundMode,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
  Train,
  WeatherOutlook,
} from '../domain/inventory.schema.js';

/**
 * Everything the agents' tools may ask of the world. The sandbox world and the TravelPlanner
 * dataset implement it (and real APIs later); every implementation runs one shared contract test.
 * City arguments are names as returned by `resolveCity`/`listCities` (canonical spelling).
 */
export interface WorldProvider {
  /** Shown in plans, e.g. "sandbox(seed=1)". */
  readonly name: string;
  /** Case- and accent-insensitive lookup of a city by name or alias; undefined when unknown. */
  resolveCity(name: string): CityInfo | undefined;
  /** The gazetteer: every city with inventory. */
  listCities(): readonly CityInfo[];
  /** Regions (states, provinces, countries) that can be a destination. */
  listRegions(): readonly string[];
  /** Cities of a region (matched case-insensitively against region or country). */
  citiesInRegion(region: string): readonly CityInfo[];

  searchFlights(query: { from: string; to: string; date: IsoDate }): Promise<Flight[]>;
  /** Scheduled trains on one date; empty where no rail network joins the cities (TravelPlanner: always). */
  searchTrains(query: { from: string; to: string; date: IsoDate }): Promise<Train[]>;
  /** The drive or taxi between two cities; undefined when there is no road route. */
  groundRoute(query: { from: string; to: string; mode: GroundMode }): Promise<GroundRoute | undefined>;
  searchStays(query: { city: string }): Promise<Stay[]>;
  searchRestaurants(query: { city: string }): Promise<Restaurant[]>;
  searchSights(query: { city: string }): Promise<Sight[]>;
  /** Climate-normal outlook; undefined when the provider has no weather for the city. */
  weather(query: { city: string; date: IsoDate }): Promise<WeatherOutlook | undefined>;
}
