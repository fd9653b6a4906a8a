import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { IsoDate } from '../../../tools/domain/common.schema.js';
import {
  CityInfo,
  Flight,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
  Train,
  WeatherOutlook,
} from '../../../tools/domain/inventory.schema.js';
import type { WorldProvider } from '../../../tools/providers/world-provider.js';

/** Known-good queries for the provider under test. */
export interface WorldProviderFixture {
  /** A city with stays, restaurants and sights. */
  city: string;
  /** A query that has at least one flight. */
  flightQuery: { from: string; to: string; date: IsoDate };
  /** A pair with a road route in both modes; omit it when the flight pair has no road route. */
  groundPair?: { from: string; to: string };
  /** A query with at least one train; omit it for a provider without trains (TravelPlanner). */
  trainQuery?: { from: string; to: string; date: IsoDate };
  /** A date to ask the weather for; defaults to the flight date. */
  weatherDate?: IsoDate;
}

const UNKNOWN_CITY = 'Atlantis-on-Nowhere';

/**
 * The contract every WorldProvider implementation passes (STYLE.md §6): answers parse with
 * the domain schemas, belong to what was asked, are deterministic, and unknown cities give
 * empty answers rather than errors.
 */
export function describeWorldProviderContract(
  label: string,
  makeProvider: () => WorldProvider,
  fixture: WorldProviderFixture,
): void {
  describe(`WorldProvider contract: ${label}`, () => {
    const provider = makeProvider();
    const canonical = (name: string): string => {
      const info = provider.resolveCity(name);
      if (!info) throw new Error(`fixture city "${name}" does not resolve`);
      return info.name;
    };

    it('has a name', () => {
      expect(provider.name.trim()).not.toBe('');
    });

    describe('gazetteer', () => {
      it('lists cities that parse as CityInfo, with unique names', () => {
        const cities = provider.listCities();
        expect(cities.length).toBeGreaterThan(0);
        z.array(CityInfo).parse(cities);
        expect(new Set(cities.map((c) => c.name)).size).toBe(cities.length);
      });

      it('resolves every listed city by its name, case-insensitively', () => {
        for (const city of provider.listCities()) {
          expect(provider.resolveCity(city.name)?.name).toBe(city.name);
          expect(provider.resolveCity(city.name.toUpperCase())?.name).toBe(city.name);
          expect(provider.resolveCity(city.name.toLowerCase())?.name).toBe(city.name);
        }
      });

      it('returns undefined for unknown or empty names instead of throwing', () => {
        expect(provider.resolveCity(UNKNOWN_CITY)).toBeUndefined();
        expect(provider.resolveCity('')).toBeUndefined();
      });

      // A gazetteer may be wider than the inventory (TravelPlanner knows 312 cities, one query's
      // data covers a few): citiesInRegion may leave out a city only when nothing there can be planned.
      it("lists every city's region, and citiesInRegion finds each plannable city there", async () => {
        const regions = new Set(provider.listRegions());
        for (const city of provider.listCities()) {
          expect(regions.has(city.region)).toBe(true);
          const names = provider.citiesInRegion(city.region).map((c) => c.name);
          expect(provider.citiesInRegion(city.region.toUpperCase()).map((c) => c.name)).toEqual(names);
          if (names.includes(city.name)) continue;
          const [stays, sights] = await Promise.all([
            provider.searchStays({ city: city.name }),
            provider.searchSights({ city: city.name }),
          ]);
          expect({ city: city.name, stays: stays.length, sights: sights.length }).toEqual({
            city: city.name,
            stays: 0,
            sights: 0,
          });
        }
        expect(
          provider.citiesInRegion(provider.resolveCity(fixture.city)?.region ?? '').map((c) => c.name),
        ).toContain(canonical(fixture.city));
      });

      it('returns no cities for an unknown region', () => {
        expect(provider.citiesInRegion(UNKNOWN_CITY)).toEqual([]);
      });
    });

    describe('flights', () => {
      it('returns parseable flights on the asked date between the asked cities', async () => {
        const flights = await provider.searchFlights(fixture.flightQuery);
        expect(flights.length).toBeGreaterThan(0);
        z.array(Flight).parse(flights);
        for (const flight of flights) {
          expect(flight.date).toBe(fixture.flightQuery.date);
          expect(flight.from).toBe(canonical(fixture.flightQuery.from));
          expect(flight.to).toBe(canonical(fixture.flightQuery.to));
          expect(provider.resolveCity(flight.from)).toBeDefined();
          expect(provider.resolveCity(flight.to)).toBeDefined();
        }
      });

      it('is deterministic, also across provider instances', async () => {
        const first = await provider.searchFlights(fixture.flightQuery);
        expect(await provider.searchFlights(fixture.flightQuery)).toEqual(first);
        expect(await makeProvider().searchFlights(fixture.flightQuery)).toEqual(first);
      });

      it('returns no flights for unknown cities', async () => {
        const { from, date } = fixture.flightQuery;
        expect(await provider.searchFlights({ from, to: UNKNOWN_CITY, date })).toEqual([]);
        expect(await provider.searchFlights({ from: UNKNOWN_CITY, to: from, date })).toEqual([]);
      });
    });

    describe('trains', () => {
      const query = fixture.trainQuery;
      if (query) {
        it('returns parseable trains on the asked date between the asked cities, by departure', async () => {
          const trains = z.array(Train).parse(await provider.searchTrains(query));
          expect(trains.length).toBeGreaterThan(0);
          for (const t of trains) expect([t.from, t.to, t.date]).toEqual([query.from, query.to, query.date]);
          const departures = trains.map((t) => t.departureTime);
          expect(departures).toEqual([...departures].sort());
        });
      } else {
        it('has no trains at all', async () => {
          expect(await provider.searchTrains(fixture.flightQuery)).toEqual([]);
        });
      }
      it('returns no trains for unknown cities', async () => {
        const { from, date } = fixture.flightQuery;
        expect(await provider.searchTrains({ from, to: UNKNOWN_CITY, date })).toEqual([]);
      });
    });

    describe('ground routes', () => {
      const pair = fixture.groundPair;
      if (pair) {
        it('returns a parseable route for both modes, deterministically', async () => {
          for (const mode of ['self-driving', 'taxi'] as const) {
            const route = await provider.groundRoute({ ...pair, mode });
            expect(route).toBeDefined();
            const parsed = GroundRoute.parse(route);
            expect(parsed.mode).toBe(mode);
            expect(parsed.from).toBe(canonical(pair.from));
            expect(parsed.to).toBe(canonical(pair.to));
            expect(await provider.groundRoute({ ...pair, mode })).toEqual(route);
          }
        });
      } else {
        it('has no road route where the fixture says there is none (the flight pair)', async () => {
          const { from, to } = fixture.flightQuery;
          for (const mode of ['self-driving', 'taxi'] as const) {
            expect(await provider.groundRoute({ from, to, mode })).toBeUndefined();
          }
        });
      }

      it('returns undefined for unknown cities', async () => {
        const from = canonical(fixture.city);
        expect(await provider.groundRoute({ from, to: UNKNOWN_CITY, mode: 'self-driving' })).toBeUndefined();
        expect(await provider.groundRoute({ from: UNKNOWN_CITY, to: from, mode: 'taxi' })).toBeUndefined();
      });
    });

    describe.each([
      ['stays', (p: WorldProvider, city: string) => p.searchStays({ city }), Stay],
      ['restaurants', (p: WorldProvider, city: string) => p.searchRestaurants({ city }), Restaurant],
      ['sights', (p: WorldProvider, city: string) => p.searchSights({ city }), Sight],
    ] as const)('%s', (_kind, search, schema) => {
      it('parse and belong to the asked city', async () => {
        const found: readonly { city: string }[] = await search(provider, fixture.city);
        expect(found.length).toBeGreaterThan(0);
        z.array(schema).parse(found);
        for (const entity of found) expect(entity.city).toBe(canonical(fixture.city));
      });

      it('are deterministic, also across provider instances', async () => {
        const first = await search(provider, fixture.city);
        expect(await search(provider, fixture.city)).toEqual(first);
        expect(await search(makeProvider(), fixture.city)).toEqual(first);
      });

      it('are empty for an unknown city', async () => {
        expect(await search(provider, UNKNOWN_CITY)).toEqual([]);
      });
    });

    describe('weather', () => {
      const date = fixture.weatherDate ?? fixture.flightQuery.date;
      it('is undefined or a parseable outlook for the asked city and date, deterministically', async () => {
        const outlook = await provider.weather({ city: fixture.city, date });
        if (outlook === undefined) return;
        const parsed = WeatherOutlook.parse(outlook);
        expect(parsed.city).toBe(canonical(fixture.city));
        expect(parsed.date).toBe(date);
        expect(parsed.lowC).toBeLessThanOrEqual(parsed.highC);
        expect(await provider.weather({ city: fixture.city, date })).toEqual(outlook);
      });

      it('is undefined for an unknown city', async () => {
        expect(await provider.weather({ city: UNKNOWN_CITY, date })).toBeUndefined();
      });
    });
  });
}
