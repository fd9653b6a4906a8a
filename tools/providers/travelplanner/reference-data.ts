import type { z } from 'zod';
import type {
  Flight,
  GroundMode,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
} from '../../domain/inventory.schema.js';
import { cityKey } from './city-key.js';
import { readGroundRoute, toFlight, toRestaurant, toSight, toStay } from './reference-entities.js';
import {
  AccommodationRecord,
  AttractionRecord,
  FlightRecord,
  RestaurantRecord,
} from './reference-records.schema.js';
import { isNoInformation, readCuisines } from './reference-values.js';
import { TravelPlannerDataError } from './travelplanner-data-error.js';

/** One query's sandbox, indexed for lookups. Keys are `cityKey`s (and dates for flights). */
export interface TravelPlannerData {
  readonly sights: ReadonlyMap<string, readonly Sight[]>;
  readonly restaurants: ReadonlyMap<string, readonly Restaurant[]>;
  readonly stays: ReadonlyMap<string, readonly Stay[]>;
  /** Keyed by `flightsKey`. */
  readonly flights: ReadonlyMap<string, readonly Flight[]>;
  /** Keyed by `groundKey`; only routes the data prices. */
  readonly groundRoutes: ReadonlyMap<string, GroundRoute>;
}

export function flightsKey(from: string, to: string, date: string): string {
  return `${cityKey(from)}|${cityKey(to)}|${date}`;
}

export function groundKey(mode: GroundMode, from: string, to: string): string {
  return `${mode}|${cityKey(from)}|${cityKey(to)}`;
}

type Entry =
  | { kind: 'sights' | 'restaurants' | 'stays'; city: string }
  | { kind: 'flights'; from: string; to: string; date: string }
  | { kind: 'ground'; mode: GroundMode; from: string; to: string };

/** What a reference key describes: "Attractions in X", "Flight from A to B on D", "Taxi from A to B", … */
function classify(key: string): Entry | undefined {
  const list = /^(attractions|restaurants|accommodations) in (.+)$/i.exec(key);
  if (list) {
    const kinds = { attractions: 'sights', restaurants: 'restaurants', accommodations: 'stays' } as const;
    return { kind: kinds[(list[1] ?? '').toLowerCase() as keyof typeof kinds], city: list[2] ?? '' };
  }
  const flight = /^flight from (.+) to (.+) on (\d{4}-\d{2}-\d{2})$/i.exec(key);
  if (flight) return { kind: 'flights', from: flight[1] ?? '', to: flight[2] ?? '', date: flight[3] ?? '' };
  const ground = /^(self-driving|taxi) from (.+) to (.+)$/i.exec(key);
  if (ground) {
    const mode: GroundMode = (ground[1] ?? '').toLowerCase() === 'taxi' ? 'taxi' : 'self-driving';
    return { kind: 'ground', mode, from: ground[2] ?? '', to: ground[3] ?? '' };
  }
  return undefined;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

/** The entry's records, parsed; a "no information" string is an empty list. */
function records<T>(key: string, value: unknown, schema: z.ZodType<T>): T[] {
  if (isNoInformation(value)) return [];
  if (!Array.isArray(value)) {
    throw new TravelPlannerDataError(
      'malformed-record',
      `reference entry "${key}" is neither a list nor "No valid information."`,
    );
  }
  return value.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      throw new TravelPlannerDataError(
        'malformed-record',
        `reference entry "${key}" record ${index}: ${describeIssues(parsed.error)}`,
        { cause: parsed.error },
      );
    }
    return parsed.data;
  });
}

function frozen<T extends object>(items: T[]): readonly T[] {
  return Object.freeze(items.map((item) => Object.freeze(item)));
}

/**
 * Reads a query's reference_information. `canonicalCity` turns a city as the keys spell it into
 * the gazetteer's spelling, so answers name cities the way `resolveCity` does.
 * Throws TravelPlannerDataError on an entry it cannot read: silently skipping one would change
 * what counts as "within the sandbox".
 */
export function parseReferenceInformation(
  reference: Readonly<Record<string, unknown>>,
  canonicalCity: (name: string) => string,
): TravelPlannerData {
  const sights = new Map<string, readonly Sight[]>();
  const restaurants = new Map<string, readonly Restaurant[]>();
  const stays = new Map<string, readonly Stay[]>();
  const flights = new Map<string, readonly Flight[]>();
  const groundRoutes = new Map<string, GroundRoute>();
  const append = <T>(map: Map<string, readonly T[]>, key: string, items: readonly T[]) => {
    map.set(key, Object.freeze([...(map.get(key) ?? []), ...items]));
  };

  for (const [rawKey, value] of Object.entries(reference)) {
    const key = rawKey.trim();
    const entry = classify(key);
    if (entry === undefined) {
      throw new TravelPlannerDataError(
        'unknown-entry',
        `reference entry "${key}" is not one TravelPlanner defines`,
      );
    }
    switch (entry.kind) {
      case 'sights': {
        const city = canonicalCity(entry.city);
        append(
          sights,
          cityKey(city),
          frozen(records(key, value, AttractionRecord).map((r) => toSight(r, city))),
        );
        break;
      }
      case 'restaurants': {
        const city = canonicalCity(entry.city);
        const list = records(key, value, RestaurantRecord).map((r) =>
          toRestaurant(r, city, readCuisines(r.Cuisines)),
        );
        append(restaurants, cityKey(city), frozen(list));
        break;
      }
      case 'stays': {
        const city = canonicalCity(entry.city);
        append(
          stays,
          cityKey(city),
          frozen(records(key, value, AccommodationRecord).map((r) => toStay(r, city))),
        );
        break;
      }
      case 'flights': {
        const [from, to] = [canonicalCity(entry.from), canonicalCity(entry.to)];
        const list = records(key, value, FlightRecord).map((r) => toFlight(r, from, to));
        append(flights, flightsKey(from, to, entry.date), frozen(list));
        break;
      }
      case 'ground': {
        if (isNoInformation(value)) break;
        const [from, to] = [canonicalCity(entry.from), canonicalCity(entry.to)];
        const route = typeof value === 'string' ? readGroundRoute(value, entry.mode, from, to) : undefined;
        if (route === undefined) {
          throw new TravelPlannerDataError(
            'malformed-record',
            `reference entry "${key}" is not a readable route: ${JSON.stringify(value)}`,
          );
        }
        if (route !== null) groundRoutes.set(groundKey(entry.mode, from, to), Object.freeze(route));
        break;
      }
    }
  }
  return { sights, restaurants, stays, flights, groundRoutes };
}
