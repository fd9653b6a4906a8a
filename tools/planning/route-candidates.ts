import { addDays } from '../domain/common.schema.js';
import { greatCircleKm } from '../domain/geo.js';
import type { CityInfo } from '../domain/inventory.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { nameKey as key } from './names.js';
import type { Hop, RouteCandidate } from './planning.types.js';

export interface CandidateRoutesOptions {
  /** Most candidates returned. Default 24: every ordering of 3 cities with 4 night splits. */
  max?: number;
  /** The origin's gazetteer entry, when `cities` (a region's list) does not contain it. */
  origin?: CityInfo;
  /**
   * How much there is to do per city (e.g. sights + restaurants); higher ranks earlier.
   * Default: 1 for a city with an airport, 0 otherwise (larger, easier to reach).
   */
  activity?: Record<string, number>;
}

const DEFAULT_MAX = 24;
/** Bounds the permutations scored, so a region with hundreds of cities stays fast. */
const MAX_SEQUENCES_SCORED = 20_000;
/** How much a dull city lengthens a route's effective distance (0.3 = up to 30 %). */
const ACTIVITY_WEIGHT = 0.3;

/**
 * Ordered city visits with nights per city, best first. A city destination has one route;
 * a region is split into k-city sequences (compact loops from the origin first) crossed with
 * night splits (even splits first, uneven ones so longer minimum stays can still be met).
 */
export function candidateRoutes(
  spec: TripSpec,
  cities: readonly CityInfo[],
  options: CandidateRoutesOptions = {},
): RouteCandidate[] {
  const nights = spec.days - 1;
  if (spec.destination.kind === 'city') return [{ cities: [spec.destination.city], nights: [nights] }];
  if (spec.destination.kind === 'cities') return [];

  const k = spec.destination.cityCount;
  const max = Math.max(1, options.max ?? DEFAULT_MAX);
  const originKey = key(spec.origin);
  const pool = uniqueByName(cities).filter((c) => key(c.name) !== originKey);
  if (k > pool.length || nights < k) return [];

  const origin = options.origin ?? cities.find((c) => key(c.name) === originKey);
  const sequences = rankedSequences(pool, k, origin?.location ?? null, options.activity);
  const splits = nightSplits(nights, k);
  // Enough sequences that each keeps at least two splits (one when there is only one split),
  // so a long list of cities gives both variety of cities and an alternative split.
  const sequenceCount = Math.min(
    sequences.length,
    Math.max(Math.ceil(max / splits.length), Math.ceil(max / 2)),
  );
  const routes: RouteCandidate[] = [];
  for (const split of splits) {
    for (const sequence of sequences.slice(0, sequenceCount)) {
      if (routes.length >= max) return routes;
      routes.push({ cities: sequence.map((c) => c.name), nights: [...split] });
    }
  }
  return routes;
}

/**
 * The journeys of a route: day 1 leaves the origin, each city is left on the day after its
 * last night, and the last of those days returns to the origin.
 */
export function hopsOf(spec: TripSpec, route: RouteCandidate): Hop[] {
  const stops = [spec.origin, ...route.cities, spec.origin];
  const hops: Hop[] = [];
  let day = 1;
  for (let i = 0; i + 1 < stops.length; i += 1) {
    if (i > 0) day += route.nights[i - 1] ?? 0;
    hops.push({ from: stops[i]!, to: stops[i + 1]!, day, date: addDays(spec.startDate, day - 1) });
  }
  return hops;
}

/** Every way to give k cities ≥ 1 night each summing to `nights`, most even first. */
export function nightSplits(nights: number, k: number): number[][] {
  const splits: number[][] = [];
  const build = (prefix: number[], left: number): void => {
    if (prefix.length === k - 1) {
      splits.push([...prefix, left]);
      return;
    }
    const slotsAfter = k - prefix.length - 1;
    for (let n = left - slotsAfter; n >= 1; n -= 1) build([...prefix, n], left - n);
  };
  if (k >= 1 && nights >= k) build([], nights);
  // Generated in descending lexicographic order; the stable sort keeps that as the tie-break
  // (a longer first stay first), which is arbitrary but deterministic.
  return splits.sort((a, b) => unevenness(a) - unevenness(b));
}

function unevenness(split: readonly number[]): number {
  return split.reduce((sum, n) => sum + n * n, 0);
}

interface Located {
  city: CityInfo;
  index: number;
  activity: number;
}

function rankedSequences(
  pool: readonly CityInfo[],
  k: number,
  originLocation: CityInfo['location'],
  activity: Record<string, number> | undefined,
): CityInfo[][] {
  const raw = pool.map((city) => activity?.[city.name] ?? (city.airports.length > 0 ? 1 : 0));
  const top = Math.max(...raw, 0);
  const located: Located[] = pool.map((city, index) => ({
    city,
    index,
    activity: top > 0 ? (raw[index] ?? 0) / top : 1,
  }));
  const geographic = located.every((c) => c.city.location !== null);
  const candidates = limitPool(located, k, geographic ? originLocation : null, geographic);

  const scored: { sequence: Located[]; score: number }[] = [];
  const visit = (sequence: Located[], used: Set<number>): void => {
    if (sequence.length === k) {
      scored.push({ sequence: [...sequence], score: sequenceScore(sequence, originLocation, geographic) });
      return;
    }
    for (const c of candidates) {
      if (used.has(c.index)) continue;
      used.add(c.index);
      sequence.push(c);
      visit(sequence, used);
      sequence.pop();
      used.delete(c.index);
    }
  };
  visit([], new Set());
  scored.sort((a, b) => a.score - b.score || compareIndices(a.sequence, b.sequence));
  return scored.map((s) => s.sequence.map((c) => c.city));
}

/** The cities worth permuting: nearest to the origin (or most active) until the bound is hit. */
function limitPool(
  located: Located[],
  k: number,
  originLocation: CityInfo['location'],
  geographic: boolean,
): Located[] {
  let size = located.length;
  while (size > k && permutations(size, k) > MAX_SEQUENCES_SCORED) size -= 1;
  if (size === located.length) return located;
  const weight = (c: Located): number =>
    geographic && originLocation !== null
      ? greatCircleKm(originLocation, c.city.location!) * (1 + ACTIVITY_WEIGHT * (1 - c.activity))
      : -c.activity;
  return [...located].sort((a, b) => weight(a) - weight(b) || a.index - b.index).slice(0, size);
}

/** Lower is better: the loop's length stretched for dull cities, or just dullness without maps. */
function sequenceScore(
  sequence: Located[],
  originLocation: CityInfo['location'],
  geographic: boolean,
): number {
  const dullness = 1 - sequence.reduce((sum, c) => sum + c.activity, 0) / sequence.length;
  if (!geographic) return dullness;
  const points = sequence.map((c) => c.city.location!);
  const path = originLocation === null ? points : [originLocation, ...points, originLocation];
  let km = 0;
  for (let i = 0; i + 1 < path.length; i += 1) km += greatCircleKm(path[i]!, path[i + 1]!);
  return km * (1 + ACTIVITY_WEIGHT * dullness);
}

function compareIndices(a: Located[], b: Located[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i]?.index ?? 0) - (b[i]?.index ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function permutations(n: number, k: number): number {
  let count = 1;
  for (let i = 0; i < k; i += 1) count *= n - i;
  return count;
}

function uniqueByName(cities: readonly CityInfo[]): CityInfo[] {
  const seen = new Set<string>();
  return cities.filter((c) => {
    const k = key(c.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
