import type { Flight } from '../../domain/inventory.schema.js';
import type { FxRates } from '../fx/fx-rates.js';
import type { FlightSource } from '../sources/flights.source.js';
import { isSourceError } from '../sources/source-error.js';
import type { FlightQuery, FlightsKind } from '../world/world-kinds.js';
import type { CityLocator, LocatedCity } from './city-locator.js';
import { offerToFlight } from './offer-to-flight.js';
import { assertIsoDate } from './query-checks.js';

export interface RealFlightsOptions {
  source: FlightSource;
  locator: CityLocator;
  fx: FxRates;
  /**
   * Airports per city searched, primary first: every pair is one offer request, so 2 × 2 = 4
   * requests per hop at most. Default 2.
   */
  maxAirportsPerCity?: number;
}

/** Duffel and its like take at most nine passengers in one search. */
const MAX_PARTY = 9;

/**
 * Flights from a FlightSource between two cities of the table: every pair of their airports
 * (CityInfo.airports, primary first), the party as adults, the cabin and the connections allowed.
 * Offers for the same flights (fare brands) keep only the cheapest; cheapest first. An unknown
 * city or one without airports has no flights (as in the sandbox).
 */
export function createRealFlights(options: RealFlightsOptions): FlightsKind {
  const perCity = options.maxAirportsPerCity ?? 2;

  async function search(query: FlightQuery, fresh = false): Promise<Flight[]> {
    assertIsoDate(query.date);
    const from = await options.locator.locate(query.from);
    const to = await options.locator.locate(query.to);
    if (!from || !to) return [];
    const travellers = query.travellers ?? 1;
    if (!Number.isInteger(travellers) || travellers < 1 || travellers > MAX_PARTY)
      throw new RangeError(
        `${options.source.name}: a flight search takes 1–${MAX_PARTY} travellers, got ${travellers}`,
      );
    const pairs = airportPairs(from, to, perCity);
    const answers = await Promise.all(
      pairs.map(([a, b]) =>
        options.source.searchFlights(
          {
            slices: [{ from: a, to: b, date: query.date }],
            party: { adults: travellers },
            cabin: query.cabin,
            maxConnections: query.maxStops ?? 1,
          },
          { fresh },
        ),
      ),
    );
    const flights = await Promise.all(
      answers.flat().map((offer) => offerToFlight(offer, { from, to, travellers }, options.fx)),
    );
    return cheapestPerFlight(flights.filter((f): f is Flight => f !== undefined && f.date === query.date));
  }

  return {
    name: options.source.name,
    searchFlights: (query) => search(query),

    async requoteFlight(flight, query) {
      if (flight.offerId) {
        const from = await options.locator.locate(query.from);
        const to = await options.locator.locate(query.to);
        if (!from || !to) return undefined;
        try {
          const offer = await options.source.repriceOffer(flight.offerId);
          const fresh = await offerToFlight(
            offer,
            { from, to, travellers: query.travellers ?? 1 },
            options.fx,
          );
          if (fresh && sameFlight(fresh, flight)) return fresh;
        } catch (error) {
          if (!isSourceError(error) || error.code !== 'offer-expired') throw error;
        }
      }
      // The offer lapsed (or never was one): the same flight in a fresh search, if it still runs.
      // Fresh means past the cache: a search cached minutes ago may still hold the lapsed offer
      // (withdrawn or re-priced before its expiry), and would answer that it still stands.
      return (await search(query, true)).find((f) => sameFlight(f, flight));
    },
  };
}

/** The same flights leaving at the same local time on the same day. */
export function sameFlight(a: Flight, b: Flight): boolean {
  return a.flightNumber === b.flightNumber && a.date === b.date && a.departureTime === b.departureTime;
}

function airportPairs(from: LocatedCity, to: LocatedCity, perCity: number): Array<[string, string]> {
  const origins = from.info.airports.slice(0, perCity);
  const destinations = to.info.airports.slice(0, perCity);
  return origins.flatMap((a) => destinations.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}

function cheapestPerFlight(flights: Flight[]): Flight[] {
  const best = new Map<string, Flight>();
  for (const f of flights) {
    const key = `${f.flightNumber} ${f.date} ${f.departureTime}`;
    const kept = best.get(key);
    if (!kept || f.price < kept.price) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => a.price - b.price);
}
