import type { IsoDate } from '../../../../tools/domain/common.schema.js';
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
} from '../../../../tools/domain/inventory.schema.js';
import type { WorldProvider } from '../../../../tools/providers/world-provider.js';

export interface FakeWorldData {
  cities: CityInfo[];
  flights: Flight[];
  groundRoutes: GroundRoute[];
  stays: Stay[];
  restaurants: Restaurant[];
  sights: Sight[];
  trains?: Train[];
}

const key = (...parts: string[]): string => parts.map((p) => p.trim().toLowerCase()).join('|');

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/**
 * A Map-backed world for validator tests. Answers are deep copies, so a test mutating a plan
 * never mutates the world; `calls` counts every question asked, to prove the validator caches.
 */
export class FakeWorld implements WorldProvider {
  readonly name = 'fake-world';
  readonly attributions = [];
  readonly calls = new Map<string, number>();
  private readonly cities: Map<string, CityInfo>;
  private readonly flights: Map<string, Flight[]>;
  private readonly groundRoutes: Map<string, GroundRoute>;
  private readonly stays: Map<string, Stay[]>;
  private readonly restaurants: Map<string, Restaurant[]>;
  private readonly sights: Map<string, Sight[]>;
  private readonly trains: Map<string, Train[]>;

  constructor(data: FakeWorldData) {
    this.cities = new Map(data.cities.map((c) => [key(c.name), c]));
    this.flights = groupBy(data.flights, (f) => key(f.from, f.to, f.date));
    this.groundRoutes = new Map(data.groundRoutes.map((r) => [key(r.mode, r.from, r.to), r]));
    this.stays = groupBy(data.stays, (s) => key(s.city));
    this.restaurants = groupBy(data.restaurants, (r) => key(r.city));
    this.sights = groupBy(data.sights, (s) => key(s.city));
    this.trains = groupBy(data.trains ?? [], (t) => key(t.from, t.to, t.date));
  }

  private count(call: string, ...args: string[]): void {
    const k = key(call, ...args);
    this.calls.set(k, (this.calls.get(k) ?? 0) + 1);
  }

  resolveCity(name: string): CityInfo | undefined {
    return this.cities.get(key(name));
  }

  listCities(): readonly CityInfo[] {
    return [...this.cities.values()];
  }

  listRegions(): readonly string[] {
    return [...new Set([...this.cities.values()].map((c) => c.region))];
  }

  citiesInRegion(region: string): readonly CityInfo[] {
    return [...this.cities.values()].filter(
      (c) => key(c.region) === key(region) || key(c.country) === key(region),
    );
  }

  async searchFlights(query: { from: string; to: string; date: IsoDate }): Promise<Flight[]> {
    this.count('searchFlights', query.from, query.to, query.date);
    return structuredClone(this.flights.get(key(query.from, query.to, query.date)) ?? []);
  }

  async requoteFlight(flight: Flight, query: { from: string; to: string; date: IsoDate }) {
    return (await this.searchFlights(query)).find((f) => f.flightNumber === flight.flightNumber);
  }

  async searchTrains(query: { from: string; to: string; date: IsoDate }): Promise<Train[]> {
    this.count('searchTrains', query.from, query.to, query.date);
    return structuredClone(this.trains.get(key(query.from, query.to, query.date)) ?? []);
  }

  async groundRoute(query: { from: string; to: string; mode: GroundMode }): Promise<GroundRoute | undefined> {
    this.count('groundRoute', query.mode, query.from, query.to);
    return structuredClone(this.groundRoutes.get(key(query.mode, query.from, query.to)));
  }

  async searchStays(query: { city: string }): Promise<Stay[]> {
    this.count('searchStays', query.city);
    return structuredClone(this.stays.get(key(query.city)) ?? []);
  }

  async requoteStay(stay: Stay, query: { city: string }) {
    return (await this.searchStays(query)).find((s) => s.name === stay.name);
  }

  async searchRestaurants(query: { city: string }): Promise<Restaurant[]> {
    this.count('searchRestaurants', query.city);
    return structuredClone(this.restaurants.get(key(query.city)) ?? []);
  }

  async searchSights(query: { city: string }): Promise<Sight[]> {
    this.count('searchSights', query.city);
    return structuredClone(this.sights.get(key(query.city)) ?? []);
  }

  async weather(_query: { city: string; date: IsoDate }): Promise<WeatherOutlook | undefined> {
    return undefined;
  }
}
