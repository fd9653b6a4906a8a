import type { IsoDate } from '../../domain/common.schema.js';
import { greatCircleKm } from '../../domain/geo.js';
import type { Flight } from '../../domain/inventory.schema.js';
import { offsetMinutes } from '../../domain/time-zone.js';
import { wholeDollars } from './draw.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng, type Rng } from './prng.js';
import { zonedTimes } from './zoned-times.js';

/** Below this distance nobody flies; the ground routes serve the pair. */
export const MIN_FLIGHT_KM = 250;
/**
 * Between islands no road joins, short hops are flown (Honolulu–Maui 160 km, Santorini–Mykonos
 * 130 km): without them island-hopping had no way across at all.
 */
const MIN_ISLAND_HOP_KM = 50;
const CRUISE_KMH = 780;
/** Taxi, climb and descent on top of cruising. */
const OVERHEAD_MINUTES = 35;
const FIRST_DEPARTURE = 6 * 60;
const LAST_DEPARTURE = 21 * 60 + 30;
/** Day flights land by this local time; later ones are the red-eyes. */
export const LAST_ARRIVAL = 23 * 60 + 55;
/** Long hauls that cannot land the same day leave between dawn and this local time. */
const LAST_LONG_HAUL_DEPARTURE = 23 * 60;
/** Routes this long (base minutes) may also have one red-eye: a late departure landing next morning. */
const RED_EYE_MIN_MINUTES = 240;
const RED_EYE_CHANCE = 0.6;
/** The lowest fare the sandbox lists, also after prices move. */
export const MIN_FARE = 29;
/** A route needs room for a few distinct departures, or it gets none. */
const MIN_DEPARTURE_WINDOW = 30;
/** Longest extra minutes a single flight may take over the route's base duration. */
const MAX_JITTER_MINUTES = 10;
/** Fares swing with the weekday: Friday and Sunday peaks, Tuesday–Wednesday troughs (Sun = 0). */
const WEEKDAY_FARE_FACTOR = [1.12, 1.05, 0.9, 0.92, 1.0, 1.15, 0.95] as const;

/**
 * Direct flights on one day between two cities. Departure times are local at the origin,
 * arrival times local at the destination (each city's IANA zone), and the duration is real time:
 * arrival instant = departure instant + duration. Where the route allows, flights land the same
 * local day; long hauls that cannot (London → Tokyo) leave through the day and land on a later
 * date (`arrivalDate`), and long routes may add one red-eye. The timetable is fixed per (seed,
 * from, to); fares per date.
 */
export function synthesizeFlights(seed: number, from: SandboxCity, to: SandboxCity, date: IsoDate): Flight[] {
  if (from === to || from.airports.length === 0 || to.airports.length === 0) return [];
  const distanceKm = Math.round(greatCircleKm(from.hub, to.hub));
  const byRoad = from.curated.landmass === to.curated.landmass;
  if (distanceKm < (byRoad ? MIN_FLIGHT_KM : MIN_ISLAND_HOP_KM)) return [];
  const fromZone = from.info.timeZone ?? 'UTC';
  const toZone = to.info.timeZone ?? 'UTC';
  const baseMinutes = Math.round((distanceKm / CRUISE_KMH) * 60 + OVERHEAD_MINUTES);
  // How far the destination's clock runs ahead of the origin's that day (+480 London → Tokyo).
  const noon = Date.parse(`${date}T12:00:00Z`);
  const shift = offsetMinutes(toZone, noon) - offsetMinutes(fromZone, noon);
  const sameDayLatest = Math.min(LAST_DEPARTURE, LAST_ARRIVAL - baseMinutes - MAX_JITTER_MINUTES - shift);
  // Too long to land the same day, even leaving at dawn: a long haul landing the next day.
  const longHaul = sameDayLatest < FIRST_DEPARTURE + MIN_DEPARTURE_WINDOW;
  const latestDeparture = longHaul ? LAST_LONG_HAUL_DEPARTURE : sameDayLatest;

  // Like real timetables, the schedule (times, numbers) repeats daily; fares change by the day.
  const name = `${from.info.name}>${to.info.name}`;
  const route = createRng(seed, 'route', name);
  const fares = createRng(seed, 'fares', name, date);
  const count = flightsPerDay(from, to, distanceKm, route);
  const departures = spreadDepartures(count, latestDeparture, route);
  if (!longHaul && baseMinutes >= RED_EYE_MIN_MINUTES && route.chance(RED_EYE_CHANCE)) {
    departures.push(22 * 60 + 5 * route.int(0, 18));
  }
  const routeRatePerKm = route.float(0.1, 0.14) * longHaulTaper(distanceKm);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekdayFactor = WEEKDAY_FARE_FACTOR[weekday] ?? 1;
  const numbers = new Set<string>();

  return departures.map((departure) => {
    const durationMinutes = baseMinutes + route.int(-5, MAX_JITTER_MINUTES);
    // Red-eye-ish first and last departures sell for less.
    const timeFactor = departure < 8 * 60 || departure > 20 * 60 ? 0.9 : 1;
    const price = (50 + distanceKm * routeRatePerKm) * weekdayFactor * timeFactor * fares.float(0.8, 1.3);
    const { departureTime, arrivalTime, ...zoned } = zonedTimes(
      date,
      departure,
      durationMinutes,
      fromZone,
      toZone,
    );
    return {
      flightNumber: flightNumber(from, route, numbers),
      from: from.info.name,
      to: to.info.name,
      date,
      departureTime,
      arrivalTime,
      durationMinutes,
      distanceKm,
      price: wholeDollars(price, MIN_FARE),
      ...zoned,
      stops: 0,
    };
  });
}

/** 2–7 a day: more between big cities and on short hops, fewer on long hauls. */
function flightsPerDay(from: SandboxCity, to: SandboxCity, distanceKm: number, rng: Rng): number {
  const sizes = from.curated.size + to.curated.size;
  const hopBonus = distanceKm < 2500 ? 1 : distanceKm > 8000 ? -2 : 0;
  return Math.min(7, Math.max(2, sizes - 1 + hopBonus + rng.int(0, 1)));
}

/** Long hauls cost less per kilometre (fixed costs spread over more distance). */
function longHaulTaper(distanceKm: number): number {
  return distanceKm <= 1500 ? 1 : Math.max(0.5, (1500 / distanceKm) ** 0.3);
}

/** One departure per equal slice of the day's window, on distinct five-minute marks, ascending. */
function spreadDepartures(count: number, latest: number, rng: Rng): number[] {
  const marks = Math.floor((latest - FIRST_DEPARTURE) / 5) + 1;
  const wanted = Math.min(count, marks);
  const slot = marks / wanted;
  const chosen = new Set<number>();
  for (let i = 0; i < wanted; i++) chosen.add(Math.min(marks - 1, Math.floor(slot * i + rng.float(0, slot))));
  // Slices narrower than a mark can land on one mark twice: fill with the earliest free marks.
  for (let mark = 0; chosen.size < wanted; mark++) chosen.add(mark);
  return [...chosen].sort((a, b) => a - b).map((mark) => FIRST_DEPARTURE + 5 * mark);
}

function flightNumber(from: SandboxCity, rng: Rng, taken: Set<string>): string {
  const carrier = rng.pick(from.curated.carriers);
  let number = rng.int(100, 9899);
  while (taken.has(`${carrier}${number}`)) number++;
  taken.add(`${carrier}${number}`);
  return `${carrier}${number}`;
}

/** Minutes after midnight as `HH:MM`. */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** `HH:MM` as minutes after midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
