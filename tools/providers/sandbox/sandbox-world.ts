import { IsoDate } from '../../domain/common.schema.js';
import type { Restaurant, Sight, Stay } from '../../domain/inventory.schema.js';
import { composeWorld } from '../world/compose-world.js';
import type { WorldKinds } from '../world/world-kinds.js';
import type { WorldProvider } from '../world-provider.js';
import type { WorldTimeline } from '../world-timeline.js';
import { flightsAt, staysAt, type WorldMoment, weatherAt } from './changes.js';
import { driftEpoch } from './drift.js';
import { synthesizeFlights } from './flights.js';
import { getGazetteer, type SandboxCity } from './gazetteer.js';
import { synthesizeGroundRoute } from './ground.js';
import { synthesizeRestaurants } from './restaurants.js';
import { curatedSights } from './sights.js';
import { synthesizeStays } from './stays.js';
import { synthesizeTrains } from './trains.js';
import { synthesizeWeather } from './weather.js';

export interface SandboxWorldOptions {
  /**
   * Seeds every synthesized answer (flights, ground prices, stays, restaurants, weather noise).
   * The same seed always gives the same world; different seeds give different inventories.
   * @default 1
   */
  seed?: number;
  /**
   * The world's clock: with one, flights, stays and weather move over simulated time (drift per
   * 6-hour epoch, deterministic for the seed) and injected changes apply on top; each flight,
   * stay or weather answer reads it once. Without one, or at epoch 0 with no changes, answers
   * are those of the base world.
   */
  timeline?: WorldTimeline;
}

/**
 * The offline, deterministic world: real cities, airports and sights, with synthesized
 * inventory. Each answer is derived from hash(seed, query) and, with a timeline, the moment it
 * reads, so it does not depend on which queries ran before. Per-city lists are built on first use
 * and cached; the entities they hold are frozen and shared between calls (copy before changing one).
 */
export function createSandboxWorld(options: SandboxWorldOptions = {}): WorldProvider {
  return composeWorld(sandboxWorldName(options), createSandboxKinds(options));
}

/** "sandbox(seed=1)": the name of the sandbox world and of each of its kinds. */
export function sandboxWorldName(options: SandboxWorldOptions = {}): string {
  return `sandbox(seed=${options.seed ?? 1})`;
}

/**
 * The sandbox as one implementation per kind, to compose with other sources. The kinds share
 * one seed and one timeline. The sandbox prices per person and per room-night, so it ignores
 * the optional query fields (travellers, cabin, stay dates): its answers stay what they were.
 */
export function createSandboxKinds(options: SandboxWorldOptions = {}): WorldKinds {
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`sandbox seed must be an integer, got ${seed}`);
  const kindName = sandboxWorldName({ seed });
  const gazetteer = getGazetteer();
  const stays = perCity<Stay>((city) => synthesizeStays(seed, city));
  const restaurants = perCity<Restaurant>((city) => synthesizeRestaurants(seed, city));
  const sights = perCity<Sight>(curatedSights);
  const resolve = (name: string): SandboxCity | undefined => gazetteer.resolve(name);
  const timeline = options.timeline;
  const moment = async (): Promise<WorldMoment | undefined> => {
    if (!timeline) return undefined;
    const { hours, changes } = await timeline.read();
    if (!Number.isFinite(hours) || hours < 0)
      throw new RangeError(`world timeline hours must be ≥ 0, got ${hours}`);
    return { seed, epoch: driftEpoch(hours), changes, canonicalCity: (name) => resolve(name)?.info.name };
  };

  return {
    gazetteer: {
      resolveCity: (name) => resolve(name)?.info,
      listCities: () => gazetteer.infos,
      listRegions: () => gazetteer.regions,
      citiesInRegion: (region) => gazetteer.inRegion(region),
    },
    flights: {
      name: kindName,
      async searchFlights({ from, to, date }) {
        assertIsoDate(date);
        const origin = resolve(from);
        const destination = resolve(to);
        if (!origin || !destination) return [];
        const flights = synthesizeFlights(seed, origin, destination, date);
        const now = flights.length > 0 && timeline ? await moment() : undefined;
        return now ? flightsAt(flights, `${origin.info.name}>${destination.info.name}`, now) : flights;
      },
    },
    trains: {
      name: kindName,
      async searchTrains({ from, to, date }) {
        assertIsoDate(date);
        const origin = resolve(from);
        const destination = resolve(to);
        return origin && destination ? synthesizeTrains(seed, origin, destination, date) : [];
      },
    },
    ground: {
      name: kindName,
      async groundRoute({ from, to, mode }) {
        const origin = resolve(from);
        const destination = resolve(to);
        return origin && destination ? synthesizeGroundRoute(seed, origin, destination, mode) : undefined;
      },
    },
    stays: {
      name: kindName,
      async searchStays({ city }) {
        const listed = stays(resolve(city));
        const now = listed.length > 0 && timeline ? await moment() : undefined;
        return now ? staysAt(listed, now) : listed;
      },
    },
    restaurants: {
      name: kindName,
      async searchRestaurants({ city }) {
        return restaurants(resolve(city));
      },
    },
    sights: {
      name: kindName,
      async searchSights({ city }) {
        return sights(resolve(city));
      },
    },
    weather: {
      name: kindName,
      async weather({ city, date }) {
        assertIsoDate(date);
        const known = resolve(city);
        if (!known) return undefined;
        const outlook = synthesizeWeather(seed, known, date);
        const now = await moment();
        return now ? weatherAt(outlook, now) : outlook;
      },
    },
  };
}

/** Memoises a per-city list; callers get a fresh array over the shared, frozen entities. */
function perCity<T>(build: (city: SandboxCity) => T[]): (city: SandboxCity | undefined) => T[] {
  const cache = new Map<SandboxCity, readonly T[]>();
  return (city) => {
    if (!city) return [];
    let list = cache.get(city);
    if (!list) {
      list = Object.freeze(build(city));
      cache.set(city, list);
    }
    return [...list];
  };
}

/** A malformed date is a caller bug, not an empty answer. */
function assertIsoDate(date: string): void {
  if (!IsoDate.safeParse(date).success) throw new RangeError(`expected a YYYY-MM-DD date, got "${date}"`);
}
