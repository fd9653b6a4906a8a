import { greatCircleKm } from '../domain/geo.js';
import type { CityInfo } from '../domain/inventory.schema.js';
import type { PlanDay, RouteStopover, TransportLeg } from '../domain/plan.schema.js';
import { type TripSpec, tripEnd } from '../domain/trip-spec.schema.js';
import { legDuration } from './leg-times.js';
import { nameKey } from './names.js';
import type { RouteCandidate } from './planning.types.js';
import { LONGEST_WISHED_DRIVE_MINUTES } from './road-limits.js';
import { hopsOf } from './route-candidates.js';

/**
 * How much longer the two halves of a broken drive may be than the direct road: a night on the
 * way is a stop on the road, not a detour. A quarter or so: Austin → New Orleans → Nashville
 * (8.8 h + 9.4 h for 14.3 h, 27% longer) is the way a driver would take with no city nearer the line.
 */
export const STOPOVER_DETOUR = 1.3;
/** Great-circle slack over the detour when choosing which cities to time (roads wind). */
const GEOMETRY_SLACK = 1.1;

/** The drive in minutes between two cities, or undefined where no road joins them. */
export type RoadMinutes = (from: string, to: string) => Promise<number | undefined>;

export interface StopoverOptions {
  /** The world's cities: where a night on the way may be spent. */
  cities: readonly CityInfo[];
  roadMinutes: RoadMinutes;
}

/**
 * Routes for a party that asked to drive, with each drive longer than a day at the wheel broken
 * by a night in a city on the way: both halves within a day's drive, the detour small, the most
 * even split preferred. The night comes out of the trip's nights, from the city with the most
 * nights whose nights the party did not fix; a route that cannot spare it, or has no city on the
 * way, stays as it is. The broken routes come first and the routes as they were follow, so a
 * plan that cannot drive them (over budget) still goes by other means. Routes are returned
 * unchanged when none is broken, and for TravelPlanner trips (their rules allow any drive).
 */
export async function withStopovers(
  spec: TripSpec,
  routes: readonly RouteCandidate[],
  options: StopoverOptions,
): Promise<RouteCandidate[]> {
  if (spec.ruleset === 'travelplanner' || !spec.preferences.preferredModes.includes('self-driving'))
    return [...routes];
  const timed = new Map<string, Promise<number | undefined>>();
  const minutes = (from: string, to: string): Promise<number | undefined> => {
    const key = `${nameKey(from)}|${nameKey(to)}`;
    let found = timed.get(key);
    if (!found) {
      found = options.roadMinutes(from, to);
      timed.set(key, found);
    }
    return found;
  };
  const broken: RouteCandidate[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const next = await breakLongDrives(spec, route, options.cities, minutes);
    const key = next && `${next.cities.join('|')}#${next.nights.join()}`;
    if (next && key && !seen.has(key)) {
      seen.add(key);
      broken.push(next);
    }
  }
  return broken.length === 0 ? [...routes] : [...broken, ...routes];
}

/**
 * The nights a city asked for keeps however many nights on the way the trip needs: a destination
 * is a stay, not an evening between two drives (Miami → New York and back in 6 days would
 * leave New York one night for four on the road).
 */
const NIGHTS_KEPT = 2;

/** Nights a route could give to nights on the way: those beyond two in cities whose nights are not fixed. */
export function spareNights(spec: TripSpec, route: RouteCandidate): number {
  return route.cities.reduce(
    (sum, _city, i) =>
      sum + (isFixed(spec, route, i) ? 0 : Math.max(0, (route.nights[i] ?? 0) - NIGHTS_KEPT)),
    0,
  );
}

/** The route with its long drives broken, or null when one cannot be (or none is long). */
async function breakLongDrives(
  spec: TripSpec,
  route: RouteCandidate,
  cities: readonly CityInfo[],
  minutes: RoadMinutes,
): Promise<RouteCandidate | null> {
  const hops = hopsOf(spec, route);
  const end = tripEnd(spec);
  // The cities asked for, the origin and the end are never a night on the way.
  const visited = new Set([spec.origin, ...route.cities, ...(end === null ? [] : [end])].map(nameKey));
  const stopped = new Set<string>();
  const inserts: { before: number; stopover: RouteStopover }[] = [];
  for (const [i, hop] of hops.entries()) {
    const direct = await minutes(hop.from, hop.to);
    if (direct === undefined || direct <= LONGEST_WISHED_DRIVE_MINUTES) continue;
    // Each city is visited once in today's model, so the way back sleeps somewhere new when a
    // town on the way allows it. When none does (Chicago → Denver has only Kansas City a day
    // from both ends) the same town is a night on the way again: a stopover is a bed on the road,
    // not a city to see twice, and a second night there beats a 16 h day or a flight the party
    // did not ask for. Stays, meals and checks treat it by position (its own booking and days),
    // and the revisit check lets a stopover town come back.
    const fresh = new Set([...visited, ...stopped]);
    const towns =
      (await stopoverTowns(hop.from, hop.to, direct, cities, fresh, minutes, 1)) ??
      (await stopoverTowns(hop.from, hop.to, direct, cities, visited, minutes, 1)) ??
      (await stopoverTowns(hop.from, hop.to, direct, cities, fresh, minutes, 2)) ??
      (await stopoverTowns(hop.from, hop.to, direct, cities, visited, minutes, 2));
    if (towns === null) return null;
    for (const city of towns) {
      stopped.add(nameKey(city));
      inserts.push({ before: i, stopover: { city, from: hop.from, to: hop.to, directMinutes: direct } });
    }
  }
  if (inserts.length === 0) return null;
  const nights = [...route.nights];
  for (let n = 0; n < inserts.length; n += 1) {
    const giver = nightGiver(spec, route, nights);
    if (giver === null) return null;
    nights[giver] = (nights[giver] ?? 1) - 1;
  }
  const out: RouteCandidate = { cities: [], nights: [], stopovers: inserts.map((s) => s.stopover) };
  route.cities.forEach((city, i) => {
    for (const s of inserts.filter((x) => x.before === i)) {
      out.cities.push(s.stopover.city);
      out.nights.push(1);
    }
    out.cities.push(city);
    out.nights.push(nights[i]!);
  });
  // The drive home (or to the open-jaw end) is the hop after the last city.
  for (const s of inserts.filter((x) => x.before === route.cities.length)) {
    out.cities.push(s.stopover.city);
    out.nights.push(1);
  }
  return out;
}

/**
 * The city with the most nights to give (the later on a tie), never one whose nights are fixed
 * nor below `NIGHTS_KEPT`.
 */
function nightGiver(spec: TripSpec, route: RouteCandidate, nights: readonly number[]): number | null {
  let best: number | null = null;
  nights.forEach((n, i) => {
    if (n <= NIGHTS_KEPT || isFixed(spec, route, i)) return;
    if (best === null || n >= nights[best]!) best = i;
  });
  return best;
}

/** Whether the party fixed this city's nights ("3 nights in Nashville"). */
function isFixed(spec: TripSpec, route: RouteCandidate, i: number): boolean {
  if (spec.destination.kind !== 'cities') return false;
  const city = nameKey(route.cities[i] ?? '');
  return spec.destination.stops.some((s) => s.nights !== null && nameKey(s.city) === city);
}

/**
 * The towns to sleep in on the way from `from` to `to`: one when a town has both halves within a
 * day's drive (`nights` 1), or two (Los Angeles → Seattle is 18.3 h: Sacramento and Portland),
 * each drive a day at most and all of them at most `STOPOVER_DETOUR` longer than the direct road.
 * The most even split first (the shortest longest day), then the shorter total, then the names.
 * Null when there is none.
 */
async function stopoverTowns(
  from: string,
  to: string,
  direct: number,
  cities: readonly CityInfo[],
  used: ReadonlySet<string>,
  minutes: RoadMinutes,
  nights: 1 | 2,
): Promise<string[] | null> {
  const a = cities.find((c) => nameKey(c.name) === nameKey(from))?.location;
  const b = cities.find((c) => nameKey(c.name) === nameKey(to))?.location;
  if (!a || !b) return null;
  const reach = greatCircleKm(a, b) * STOPOVER_DETOUR * GEOMETRY_SLACK;
  const near = cities.filter(
    (c): c is CityInfo & { location: NonNullable<CityInfo['location']> } =>
      c.location !== null &&
      !used.has(nameKey(c.name)) &&
      greatCircleKm(a, c.location) + greatCircleKm(c.location, b) <= reach,
  );
  const within = (m: number | undefined): m is number => m !== undefined && m <= LONGEST_WISHED_DRIVE_MINUTES;
  let best: { towns: string[]; longest: number; total: number } | null = null;
  const consider = (towns: string[], drives: number[]): void => {
    const longest = Math.max(...drives);
    const total = drives.reduce((x, y) => x + y, 0);
    if (total > direct * STOPOVER_DETOUR) return;
    const better =
      best === null ||
      longest < best.longest ||
      (longest === best.longest &&
        (total < best.total || (total === best.total && towns.join() < best.towns.join())));
    if (better) best = { towns, longest, total };
  };
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const c of near) {
    const m1 = await minutes(from, c.name);
    const m2 = await minutes(c.name, to);
    if (within(m1)) first.set(c.name, m1);
    if (within(m2)) last.set(c.name, m2);
    if (nights === 1 && within(m1) && within(m2)) consider([c.name], [m1, m2]);
  }
  if (nights === 1) return best === null ? null : (best as { towns: string[] }).towns;
  for (const [x, m1] of first) {
    for (const [y, m3] of last) {
      if (x === y) continue;
      const ax = near.find((c) => c.name === x)!.location;
      const yb = near.find((c) => c.name === y)!.location;
      if (greatCircleKm(a, ax) + greatCircleKm(ax, yb) + greatCircleKm(yb, b) > reach) continue;
      const m2 = await minutes(x, y);
      if (within(m2)) consider([x, y], [m1, m2, m3]);
    }
  }
  return best === null ? null : (best as { towns: string[] }).towns;
}

/**
 * Days that arrive at a night on the way, noted (the itinerary's notes come after the days are
 * drafted, like `noteLongRoads`): the party sees why it sleeps in a town it did not ask for.
 */
export function noteStopovers(
  days: readonly PlanDay[],
  route: Pick<RouteCandidate, 'stopovers'>,
  legs: readonly TransportLeg[],
): PlanDay[] {
  if (!route.stopovers) return [...days];
  return days.map((day) => {
    const arriving = legs.find((l) => l.day === day.day && nameKey(l.to) === nameKey(day.city)) ?? null;
    const note = stopoverNote(route, legs, arriving);
    return note === null || day.notes.includes(note) ? day : { ...day, notes: [...day.notes, note] };
  });
}

/**
 * The day note where the party stops for a night on the way: "a night in New Orleans on the way:
 * 8.8 h + 9.4 h instead of 14.3 h in one day". Null on a day that does not arrive at one.
 */
export function stopoverNote(
  route: Pick<RouteCandidate, 'stopovers'>,
  legs: readonly TransportLeg[],
  arriving: TransportLeg | null,
): string | null {
  if (!arriving) return null;
  const stops = route.stopovers ?? [];
  // The same town may be a night on the way out and back: matched by the drive it breaks.
  const stop = stops.find(
    (s) =>
      nameKey(s.city) === nameKey(arriving.to) &&
      (nameKey(s.from) === nameKey(arriving.from) ||
        stops.some((o) => sameDrive(o, s) && nameKey(o.city) === nameKey(arriving.from))),
  );
  if (!stop) return null;
  const hours = (minutes: number): string => `${(minutes / 60).toFixed(1)} h`;
  const drives = driveChain(stop, stops, legs);
  const halves = drives ? `${drives.map((l) => hours(legDuration(l))).join(' + ')} instead of ` : '';
  return `a night in ${stop.city} on the way: ${halves}${hours(stop.directMinutes)} in one day`;
}

function sameDrive(a: RouteStopover, b: RouteStopover): boolean {
  return nameKey(a.from) === nameKey(b.from) && nameKey(a.to) === nameKey(b.to);
}

/** The legs that drive `stop`'s broken road, from its start to its end; null if they are not there. */
function driveChain(
  stop: RouteStopover,
  stops: readonly RouteStopover[],
  legs: readonly TransportLeg[],
): TransportLeg[] | null {
  const towns = new Set(stops.filter((o) => sameDrive(o, stop)).map((o) => nameKey(o.city)));
  const start = legs.findIndex((l) => nameKey(l.from) === nameKey(stop.from) && towns.has(nameKey(l.to)));
  if (start < 0) return null;
  const chain: TransportLeg[] = [];
  for (let i = start; i < legs.length; i += 1) {
    chain.push(legs[i]!);
    if (nameKey(legs[i]!.to) === nameKey(stop.to)) return chain;
  }
  return null;
}
