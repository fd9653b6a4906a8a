import { addDays } from '../domain/common.schema.js';
import { greatCircleKm } from '../domain/geo.js';
import type { CityInfo } from '../domain/inventory.schema.js';
import { type TripSpec, tripEnd } from '../domain/trip-spec.schema.js';
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
/**
 * Above this many night splits the even split's neighbourhood is listed instead of every split
 * (60 days over 5 cities has 424,270): TravelPlanner-sized trips keep their exact candidates.
 */
const MAX_SPLITS_LISTED = 5_000;
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
  if (spec.destination.kind === 'cities') return namedRoutes(spec.destination.stops, nights, cities, options);

  const k = spec.destination.cityCount;
  const max = Math.max(1, options.max ?? DEFAULT_MAX);
  const originKey = key(spec.origin);
  // The end of an open-jaw trip is where the party goes home, not a city to stay in.
  const endKey = key(tripEnd(spec) ?? spec.origin);
  const pool = uniqueByName(cities).filter((c) => key(c.name) !== originKey && key(c.name) !== endKey);
  if (k > pool.length || nights < k) return [];

  const origin = options.origin ?? cities.find((c) => key(c.name) === originKey);
  const end = routeEnd(spec, cities, origin);
  const sequences = rankedSequences(pool, k, origin?.location ?? null, end, options.activity);
  const splits = boundedSplits(nights, k);
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
 * last night, and the last of those days goes to the trip's end (the origin on a round trip,
 * `returnTo` on an open-jaw). A one-way trip has no last journey: its last day is spent in the
 * last city.
 */
export function hopsOf(spec: TripSpec, route: RouteCandidate): Hop[] {
  const end = tripEnd(spec);
  const stops = [spec.origin, ...route.cities, ...(end === null ? [] : [end])];
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

/** Every split while there are few; else the even split and its one- and two-night moves. */
function boundedSplits(nights: number, k: number): number[][] {
  if (k < 1 || nights < k) return [];
  if (binomial(nights - 1, k - 1) <= MAX_SPLITS_LISTED) return nightSplits(nights, k);
  const even = Array.from({ length: k }, (_, i) => Math.floor(nights / k) + (i < nights % k ? 1 : 0));
  return neighbourSplits(
    even,
    Array.from({ length: k }, () => true),
  ).sort((a, b) => unevenness(a) - unevenness(b));
}

/** `split` first, then every move of one or two nights between two movable cities. */
function neighbourSplits(split: readonly number[], movable: readonly boolean[]): number[][] {
  const seen = new Set<string>([split.join()]);
  const out: number[][] = [[...split]];
  for (const step of [1, 2]) {
    for (let from = 0; from < split.length; from += 1) {
      for (let to = 0; to < split.length; to += 1) {
        if (from === to || !movable[from] || !movable[to] || split[from]! - step < 1) continue;
        const next = split.map((n, i) => (i === from ? n - step : i === to ? n + step : n));
        if (seen.has(next.join())) continue;
        seen.add(next.join());
        out.push(next);
      }
    }
  }
  return out;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * A named route: the cities in the order given, with the nights given. Nights left unsaid share
 * out what remains, bigger cities (more to do, more airports) getting more; the nearest
 * alternatives follow so a stay's minimum nights can still be met. Empty when the nights cannot
 * add up (the route node says why before it gets here).
 */
function namedRoutes(
  stops: readonly { city: string; nights: number | null }[],
  nights: number,
  cities: readonly CityInfo[],
  options: CandidateRoutesOptions,
): RouteCandidate[] {
  const names = stops.map((s) => s.city);
  const given = stops.reduce((sum, s) => sum + (s.nights ?? 0), 0);
  const open = stops.flatMap((s, i) => (s.nights === null ? [i] : []));
  const left = nights - given;
  if (open.length === 0) return left === 0 ? [{ cities: names, nights: stops.map((s) => s.nights!) }] : [];
  if (left < open.length) return [];
  const info = new Map(cities.map((c) => [key(c.name), c]));
  const weights = open.map((i) => {
    const name = names[i]!;
    return options.activity?.[name] ?? 1 + (info.get(key(name))?.airports.length ?? 0);
  });
  // A place named as a stop is a stay, not a stopover: two nights each while the trip has them
  // (Edinburgh and London in 6 days was 1 and 4 nights: an evening in Edinburgh after the flight).
  const shares = apportion(left, weights, left >= 2 * open.length ? 2 : 1);
  const split = stops.map((s) => s.nights ?? 0);
  open.forEach((stop, j) => {
    split[stop] = shares[j]!;
  });
  const movable = stops.map((s) => s.nights === null);
  const max = Math.max(1, options.max ?? DEFAULT_MAX);
  return neighbourSplits(split, movable)
    .slice(0, max)
    .map((n) => ({ cities: [...names], nights: n }));
}

/**
 * `total` shared by weight, each share at least `least` (largest remainder; ties to the earlier
 * city).
 */
export function apportion(total: number, weights: readonly number[], least = 1): number[] {
  const k = weights.length;
  const spare = total - k * least;
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  const exact = weights.map((w) => (sum > 0 ? (spare * Math.max(0, w)) / sum : spare / k));
  const shares = exact.map((x) => least + Math.floor(x));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let j = 0; rest > 0; j = (j + 1) % k, rest -= 1) shares[order[j]!.i]! += 1;
  return shares;
}

/** Where the route's path ends for scoring: the origin, the open-jaw end, or nowhere (one-way). */
function routeEnd(
  spec: TripSpec,
  cities: readonly CityInfo[],
  origin: CityInfo | undefined,
): CityInfo['location'] | 'open' {
  const end = tripEnd(spec);
  if (end === null) return 'open';
  if (key(end) === key(spec.origin)) return origin?.location ?? null;
  return cities.find((c) => key(c.name) === key(end))?.location ?? origin?.location ?? null;
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
  end: CityInfo['location'] | 'open',
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
      scored.push({
        sequence: [...sequence],
        score: sequenceScore(sequence, originLocation, end, geographic),
      });
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
  end: CityInfo['location'] | 'open',
  geographic: boolean,
): number {
  const dullness = 1 - sequence.reduce((sum, c) => sum + c.activity, 0) / sequence.length;
  if (!geographic) return dullness;
  const points = sequence.map((c) => c.city.location!);
  // A round trip scores the loop; an open-jaw the path to its end; a one-way the open path.
  const tail = end === 'open' ? [] : end === null ? [originLocation] : [end];
  const path =
    originLocation === null
      ? points
      : [originLocation, ...points, ...tail].filter((p): p is NonNullable<typeof p> => p !== null);
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
