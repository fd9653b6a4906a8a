import type { Flight, Stay } from '../../domain/inventory.schema.js';
import type { WorldProvider } from '../world-provider.js';
import type { FlightQuery, StayQuery, WorldKinds } from './world-kinds.js';

/**
 * The World the planner sees, made of one implementation per kind. Every method forwards to its
 * kind (called on the kind, so class-based kinds keep their `this`); nothing is cached or
 * changed on the way, so a world composed of the sandbox's kinds answers exactly as the sandbox.
 */
export function composeWorld(name: string, kinds: WorldKinds): WorldProvider {
  if (name.trim() === '') throw new RangeError('a composed world needs a name (it is shown in plans)');
  const { gazetteer, flights, trains, ground, stays, restaurants, sights, weather } = kinds;
  const attributions = Object.freeze([...(kinds.attributions ?? [])]);
  return {
    name,
    attributions,
    resolveCity: (city) => gazetteer.resolveCity(city),
    listCities: () => gazetteer.listCities(),
    listRegions: () => gazetteer.listRegions(),
    citiesInRegion: (region) => gazetteer.citiesInRegion(region),
    searchFlights: (query) => flights.searchFlights(query),
    // A method, not an arrow: the fallback searches through `this`, so a world derived by
    // spreading this one with its own `searchFlights` (test/support/changed-world.ts) re-quotes
    // against its own answers.
    async requoteFlight(flight: Flight, query: FlightQuery): Promise<Flight | undefined> {
      if (flights.requoteFlight) return flights.requoteFlight(flight, query);
      return findFlightAgain(await this.searchFlights(query), flight);
    },
    searchTrains: (query) => trains.searchTrains(query),
    groundRoute: (query) => ground.groundRoute(query),
    searchStays: (query) => stays.searchStays(query),
    // A method for the same reason as requoteFlight.
    async requoteStay(stay: Stay, query: StayQuery): Promise<Stay | undefined> {
      if (stays.requoteStay) return stays.requoteStay(stay, query);
      return findStayAgain(await this.searchStays(query), stay);
    },
    searchRestaurants: (query) => restaurants.searchRestaurants(query),
    searchSights: (query) => sights.searchSights(query),
    weather: (query) => weather.weather(query),
  };
}

/** The same flight in a fresh search: a kind without offers has nothing else to go by than its number. */
export function findFlightAgain(found: readonly Flight[], flight: Flight): Flight | undefined {
  return found.find((f) => f.flightNumber === flight.flightNumber);
}

/** The same stay in a fresh search: plans name stays by name (a city's stays have unique names). */
export function findStayAgain(found: readonly Stay[], stay: Stay): Stay | undefined {
  return found.find((s) => s.name === stay.name);
}
