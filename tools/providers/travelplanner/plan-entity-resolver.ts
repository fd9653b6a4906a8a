import type { IsoDate } from '../../domain/common.schema.js';
import type { Flight, GroundRoute, Restaurant, Sight, Stay } from '../../domain/inventory.schema.js';
import { nameKey } from '../../planning/names.js';
import type { WorldProvider } from '../world-provider.js';
import { stripStateQualifier } from './city-key.js';
import { type FlightText, type GroundText, readNamedPlace, type UnknownTransportText } from './plan-text.js';

/** Stands in for a city a plan field does not name; no world knows it, so every check flags it. */
export const UNKNOWN_CITY = '(no city given)';

/**
 * Turns the names in a TravelPlanner plan into the world's records. A name the world does not
 * list becomes a placeholder record carrying that name (zero prices, no cuisines): the
 * validator's within-sandbox check then reports it as not in the data, exactly as it would an
 * invented entity of ours. Nothing a plan names is dropped.
 */
export interface PlanEntityResolver {
  /** The gazetteer's spelling of a plan's city ("Pittsburgh(Pennsylvania)" → "Pittsburgh"). */
  city(text: string | undefined): string;
  restaurant(text: string): Promise<Restaurant>;
  sight(text: string): Promise<Sight>;
  stay(text: string): Promise<Stay>;
  flight(text: FlightText | UnknownTransportText, from: string, to: string, date: IsoDate): Promise<Flight>;
  groundRoute(text: GroundText, from: string, to: string): Promise<GroundRoute>;
}

/**
 * The listed record a plan's name refers to: the same name (case, accents and spacing aside),
 * else the first listed name containing it — TravelPlanner's evaluator accepts a name that
 * occurs within a listed one, so a plan that shortens a name is still within the sandbox.
 */
export function findListed<T extends { name: string }>(list: readonly T[], name: string): T | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return (
    list.find((item) => nameKey(item.name) === key) ?? list.find((item) => nameKey(item.name).includes(key))
  );
}

function memo<T>(fetch: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const answers = new Map<string, Promise<T>>();
  return (key) => {
    let answer = answers.get(key);
    if (!answer) {
      answer = fetch(key);
      answers.set(key, answer);
    }
    return answer;
  };
}

export function createPlanEntityResolver(world: WorldProvider): PlanEntityResolver {
  const city = (text: string | undefined): string => {
    const bare = stripStateQualifier(text ?? '');
    if (bare === '' || bare === '-') return UNKNOWN_CITY;
    return world.resolveCity(bare)?.name ?? bare;
  };
  const restaurants = memo((c) => world.searchRestaurants({ city: c }));
  const sights = memo((c) => world.searchSights({ city: c }));
  const stays = memo((c) => world.searchStays({ city: c }));
  const named = (text: string) => {
    const place = readNamedPlace(text);
    return { name: place.name || text.trim(), city: city(place.city) };
  };

  return {
    city,
    async restaurant(text) {
      const { name, city: where } = named(text);
      const listed = findListed(await restaurants(where), name);
      return listed ?? { name, city: where, cuisines: [], dietary: [], averageCost: 0, rating: 0 };
    },
    async sight(text) {
      const { name, city: where } = named(text);
      const listed = findListed(await sights(where), name);
      return listed ?? { name, city: where, category: null, location: null, address: null };
    },
    async stay(text) {
      const { name, city: where } = named(text);
      const listed = findListed(await stays(where), name);
      return (
        listed ?? {
          name,
          city: where,
          roomType: 'Entire home/apt',
          forbids: [],
          // Minimum nights of an unknown stay are unknowable; 1 keeps that finding in within-sandbox.
          minimumNights: 1,
          maximumOccupancy: 1,
          rating: 0,
          pricePerNight: 0,
        }
      );
    },
    async flight(text, from, to, date) {
      const number = text.mode === 'flight' ? text.flightNumber : text.text;
      const listed = (await world.searchFlights({ from, to, date })).find(
        (f) => f.flightNumber.trim().toUpperCase() === number.trim().toUpperCase(),
      );
      if (listed) return listed;
      const departureTime = (text.mode === 'flight' && text.departureTime) || '00:00';
      const arrivalTime = (text.mode === 'flight' && text.arrivalTime) || '00:00';
      return {
        flightNumber: number,
        from,
        to,
        date,
        departureTime,
        arrivalTime,
        durationMinutes: 1,
        distanceKm: 0,
        price: 0,
      };
    },
    async groundRoute(text, from, to) {
      const listed = await world.groundRoute({ from, to, mode: text.mode });
      return (
        listed ?? {
          mode: text.mode,
          from,
          to,
          durationMinutes: text.durationMinutes ?? 0,
          distanceKm: text.distanceKm ?? 0,
          cost: text.cost ?? 0,
        }
      );
    },
  };
}
