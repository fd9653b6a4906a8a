import type {
  CityInfo,
  Flight,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
  Train,
  WeatherOutlook,
} from '../domain/inventory.schema.js';
import type { Attribution } from './sources/source-common.schema.js';
import type {
  FlightQuery,
  GroundQuery,
  PlaceQuery,
  StayQuery,
  TrainQuery,
  WeatherQuery,
} from './world/world-kinds.js';

/**
 * Everything the agents' tools may ask of the world: one facade over one implementation per kind
 * (tools/providers/world/world-kinds.ts), built by `composeWorld`. The sandbox world, the
 * TravelPlanner dataset and the real sources all end up behind it; every kind runs its own
 * contract test. City arguments are names as returned by `resolveCity`/`listCities` (canonical
 * spelling). Optional query fields (travellers, cabin, stay dates) are what a real source prices
 * by; the sandbox and TravelPlanner ignore them.
 */
export interface WorldProvider {
  /** Shown in plans: what the world is made of, e.g. "sandbox(seed=1)" or "flights=duffel …". */
  readonly name: string;
  /** Credits and licences of the data behind its answers; empty for the sandbox and TravelPlanner. */
  readonly attributions: readonly Attribution[];
  /** Case- and accent-insensitive lookup of a city by name or alias; undefined when unknown. */
  resolveCity(name: string): CityInfo | undefined;
  /** The gazetteer: every city with inventory. */
  listCities(): readonly CityInfo[];
  /** Regions (states, provinces, countries) that can be a destination. */
  listRegions(): readonly string[];
  /** Cities of a region (matched case-insensitively against region or country). */
  citiesInRegion(region: string): readonly CityInfo[];

  searchFlights(query: FlightQuery): Promise<Flight[]>;
  /**
   * The flight as it can be had now (re-priced, or found again by flight number when its offer
   * expired); undefined when it no longer runs.
   */
  requoteFlight(flight: Flight, query: FlightQuery): Promise<Flight | undefined>;
  /** Scheduled trains on one date; empty where no rail network joins the cities (TravelPlanner: always). */
  searchTrains(query: TrainQuery): Promise<Train[]>;
  /** The drive or taxi between two cities; undefined when there is no road route. */
  groundRoute(query: GroundQuery): Promise<GroundRoute | undefined>;
  searchStays(query: StayQuery): Promise<Stay[]>;
  /**
   * The stay as it can be had now for the query's nights and party (re-priced, or found again by
   * name when its offer expired); undefined when it can no longer be booked.
   */
  requoteStay(stay: Stay, query: StayQuery): Promise<Stay | undefined>;
  searchRestaurants(query: PlaceQuery): Promise<Restaurant[]>;
  searchSights(query: PlaceQuery): Promise<Sight[]>;
  /** Outlook for a city and date; undefined when the world has no weather for it. */
  weather(query: WeatherQuery): Promise<WeatherOutlook | undefined>;
}

/** The world the planner plans in (the name the issue and DESIGN.md use). */
export type World = WorldProvider;
