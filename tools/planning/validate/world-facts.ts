import { addDays, type IsoDate } from '../../domain/common.schema.js';
import type {
  CityInfo,
  Flight,
  GroundMode,
  GroundRoute,
  Restaurant,
  Sight,
  Stay,
  Train,
} from '../../domain/inventory.schema.js';
import type { PlanDraft } from '../../domain/plan.schema.js';
import type { WorldProvider } from '../../providers/world-provider.js';
import { nameKey } from '../names.js';
import { stayDates } from '../stay-dates.js';
import { expectedDate } from './plan-view.js';

/**
 * What the world says about everything a draft names, fetched up front so the checks stay
 * pure and synchronous. Each distinct query is asked once per validation run.
 */
export interface WorldFacts {
  /** Keyed by `flightKey`. */
  readonly flights: ReadonlyMap<string, readonly Flight[]>;
  /** Keyed by `groundKey`; undefined when the world has no such road route. */
  readonly groundRoutes: ReadonlyMap<string, GroundRoute | undefined>;
  /**
   * Keyed by `flightKey`: trains on rail legs' hops, on every hop when the spec prefers rail, and
   * on driven hops of a standard plan that also takes trains.
   */
  readonly trains: ReadonlyMap<string, readonly Train[]>;
  /** The lists below are keyed by `nameKey(city)`. */
  readonly restaurants: ReadonlyMap<string, readonly Restaurant[]>;
  readonly sights: ReadonlyMap<string, readonly Sight[]>;
  readonly stays: ReadonlyMap<string, readonly Stay[]>;
  /** Gazetteer entries of every city the draft mentions; undefined when unknown. */
  readonly cities: ReadonlyMap<string, CityInfo | undefined>;
}

export function flightKey(from: string, to: string, date: IsoDate): string {
  return `${nameKey(from)}|${nameKey(to)}|${date}`;
}

export function groundKey(mode: GroundMode, from: string, to: string): string {
  return `${mode}|${nameKey(from)}|${nameKey(to)}`;
}

/** Issues each distinct request once, concurrently, and keeps the answers by key. */
class Fetcher<T> {
  private readonly pending = new Map<string, Promise<T>>();

  request(key: string, fetch: () => Promise<T>): void {
    if (!this.pending.has(key)) this.pending.set(key, fetch());
  }

  async settle(): Promise<Map<string, T>> {
    const entries = await Promise.all(
      [...this.pending].map(async ([key, answer]) => [key, await answer] as const),
    );
    return new Map(entries);
  }
}

export async function collectWorldFacts(draft: PlanDraft, world: WorldProvider): Promise<WorldFacts> {
  const flights = new Fetcher<Flight[]>();
  const groundRoutes = new Fetcher<GroundRoute | undefined>();
  const trains = new Fetcher<Train[]>();
  const { preferredModes } = draft.spec.preferences;
  const restaurants = new Fetcher<Restaurant[]>();
  const sights = new Fetcher<Sight[]>();
  const stays = new Fetcher<Stay[]>();
  const cityNames = new Set<string>([draft.spec.origin, ...draft.route.cities]);

  // A drive in a plan that also takes trains is checked against the trains of its hop.
  const drivesBesideTrains =
    draft.spec.ruleset !== 'travelplanner' &&
    draft.legs.some((l) => l.mode === 'rail') &&
    draft.legs.some((l) => l.mode === 'self-driving');
  for (const leg of draft.legs) {
    cityNames.add(leg.from).add(leg.to);
    const date = expectedDate(draft.spec, leg.day);
    // The preferred-modes check asks whether a preferred mode was on offer for every hop.
    const carLeg = drivesBesideTrains && leg.mode === 'self-driving';
    if (leg.mode === 'rail' || preferredModes.includes('rail') || carLeg) {
      trains.request(flightKey(leg.from, leg.to, date), () =>
        world.searchTrains({ from: leg.from, to: leg.to, date }),
      );
    }
    if (leg.mode !== 'self-driving' && preferredModes.includes('self-driving')) {
      groundRoutes.request(groundKey('self-driving', leg.from, leg.to), () =>
        world.groundRoute({ from: leg.from, to: leg.to, mode: 'self-driving' }),
      );
    }
    if (leg.mode === 'rail') continue;
    if (leg.mode === 'flight') {
      flights.request(flightKey(leg.from, leg.to, date), () =>
        world.searchFlights({ from: leg.from, to: leg.to, date, travellers: draft.spec.travellers }),
      );
    } else {
      groundRoutes.request(groundKey(leg.mode, leg.from, leg.to), () =>
        world.groundRoute({ from: leg.from, to: leg.to, mode: leg.mode }),
      );
    }
  }
  // Bookings first: their searches carry the booked nights (a real source prices by them); a
  // day's accommodation in the same city then shares that answer.
  for (const booking of draft.stays) {
    const query = { ...stayDates(draft.spec, booking), travellers: draft.spec.travellers };
    for (const city of [booking.city, booking.stay.city]) {
      stays.request(nameKey(city), () => world.searchStays({ city, ...query }));
    }
  }
  for (const day of draft.days) {
    cityNames.add(day.city);
    if (day.fromCity !== null) cityNames.add(day.fromCity);
    for (const meal of [day.breakfast, day.lunch, day.dinner]) {
      if (meal) restaurants.request(nameKey(meal.city), () => world.searchRestaurants({ city: meal.city }));
    }
    for (const sight of day.sights) {
      sights.request(nameKey(sight.city), () => world.searchSights({ city: sight.city }));
    }
    if (day.accommodation !== null) {
      // A night no booking covers: asked as that one night (a real source needs dates).
      const night = { checkIn: day.date, checkOut: addDays(day.date, 1), travellers: draft.spec.travellers };
      stays.request(nameKey(day.city), () => world.searchStays({ city: day.city, ...night }));
    }
  }

  const cities = new Map<string, CityInfo | undefined>();
  for (const name of cityNames) cities.set(nameKey(name), world.resolveCity(name));

  const [flightLists, routes, trainLists, restaurantLists, sightLists, stayLists] = await Promise.all([
    flights.settle(),
    groundRoutes.settle(),
    trains.settle(),
    restaurants.settle(),
    sights.settle(),
    stays.settle(),
  ]);
  return {
    flights: flightLists,
    groundRoutes: routes,
    trains: trainLists,
    restaurants: restaurantLists,
    sights: sightLists,
    stays: stayLists,
    cities,
  };
}
