import type { IsoDate } from '../../domain/common.schema.js';

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
} from '../../domain/inventory.schema.js';
import type { CabinClass } from '../sources/flights.source.js';
import type { Attribution } from '../sources/source-common.schema.js';

/** A canonical city name from the gazetteer. */
type CityName = string;

/**
 * The planner's side of the world, one small interface per kind. A `World` (the
 * `WorldProvider` facade the agents' tools use) is composed from one of each by configuration
 * (tools/providers/world/compose-world.ts; configured in src/world/create-world.ts). The sandbox
 * and the TravelPlanner dataset implement every kind themselves; the real services (tools/providers/sources: Duffel, Open-Meteo, OpenStreetMap…)
 * are adapted to them by tools/providers/real. City arguments are canonical names from the
 * gazetteer. Optional query fields are what a real service prices by; a source that does not
 * price by them (the sandbox) ignores them, so its answers stay exactly what they were.
 * Every kind has a contract test its implementations run (test/tools/providers/kinds/).
 */

/** Recognises and lists the cities a world can plan in. Synchronous: the intake reader uses it per word. */
export interface Gazetteer {
  /** Case- and accent-insensitive lookup of a city by name or alias; undefined when unknown. */
  resolveCity(name: string): CityInfo | undefined;
  listCities(): readonly CityInfo[];
  /** Regions (states, provinces, countries) that can be a destination. */
  listRegions(): readonly string[];
  /** Cities of a region (matched case-insensitively against region or country). */
  citiesInRegion(region: string): readonly CityInfo[];
}

export interface FlightQuery {
  from: CityName;
  to: CityName;
  date: IsoDate;
  /** Who flies; fares are per person in the answer either way. Default: 1 adult. */
  travellers?: number;
  cabin?: CabinClass;
  /** Connections allowed; 0 = nonstop only. */
  maxStops?: 0 | 1 | 2;
}

export interface FlightsKind {
  readonly name: string;
  searchFlights(query: FlightQuery): Promise<Flight[]>;
  /**
   * The flight as it can be had now: the same offer re-priced, or, when the offer expired, the
   * same flight number in a fresh search; undefined when it no longer runs. A kind without
   * offers (the sandbox) leaves this out and callers search again.
   */
  requoteFlight?(flight: Flight, query: FlightQuery): Promise<Flight | undefined>;
}

export interface TrainQuery {
  from: CityName;
  to: CityName;
  date: IsoDate;
  travellers?: number;
}

export interface TrainsKind {
  readonly name: string;
  /** Scheduled trains on one date; empty where no rail network joins the cities. */
  searchTrains(query: TrainQuery): Promise<Train[]>;
}

export interface GroundQuery {
  from: CityName;
  to: CityName;
  mode: GroundMode;
}

export interface GroundKind {
  readonly name: string;
  /** The drive or taxi between two cities; undefined when there is no road route. */
  groundRoute(query: GroundQuery): Promise<GroundRoute | undefined>;
}

export interface StayQuery {
  city: CityName;
  /** The nights wanted; a real service cannot price a stay without them. */
  checkIn?: IsoDate;
  checkOut?: IsoDate;
  travellers?: number;
  rooms?: number;
}

export interface StaysKind {
  readonly name: string;
  searchStays(query: StayQuery): Promise<Stay[]>;
  /**
   * The stay as it can be had now: the same offer re-priced, or, when the offer expired, the
   * same property in a fresh search; undefined when it has no room any more. A kind without
   * offers (the sandbox) leaves this out and callers search again.
   */
  requoteStay?(stay: Stay, query: StayQuery): Promise<Stay | undefined>;
}

/** Places (restaurants, sights) of one city. */
export interface PlaceQuery {
  city: CityName;
}

export interface RestaurantsKind {
  readonly name: string;
  searchRestaurants(query: PlaceQuery): Promise<Restaurant[]>;
}

export interface SightsKind {
  readonly name: string;
  searchSights(query: PlaceQuery): Promise<Sight[]>;
}

export interface WeatherQuery {
  city: CityName;
  date: IsoDate;
}

export interface WeatherKind {
  readonly name: string;
  /** undefined when the kind has nothing for the city or date. */
  weather(query: WeatherQuery): Promise<WeatherOutlook | undefined>;
}

/** One implementation per kind: what `composeWorld` turns into a World. */
export interface WorldKinds {
  gazetteer: Gazetteer;
  flights: FlightsKind;
  trains: TrainsKind;
  ground: GroundKind;
  stays: StaysKind;
  restaurants: RestaurantsKind;
  sights: SightsKind;
  weather: WeatherKind;
  /** Credits and licences of the data behind answers (open data must show them with the plan). */
  attributions?: readonly Attribution[];
}
