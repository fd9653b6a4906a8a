import type { IsoDate } from '../../domain/common.schema.js';
import { greatCircleKm } from '../../domain/geo.js';
import type { Flight } from '../../domain/inventory.schema.js';
import { wholeDollars } from './draw.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng, type Rng } from './prng.js';

/** Below this distance nobody flies; the ground routes serve the pair. */
export const MIN_FLIGHT_KM = 250;
const CRUISE_KMH = 780;
/** Taxi, climb and descent on top of cruising. */
const OVERHEAD_MINUTES = 35;
const FIRST_DEPARTURE = 6 * 60;
const LAST_DEPARTURE = 21 * 60 + 30;
/** Arrivals stay on the departure day because the Flight schema carries no arrival date. */
export const LAST_ARRIVAL = 23 * 60 + 55;
/** The lowest fare the sandbox lists, also after prices move. */
export const MIN_FARE = 29;
/** A route needs room for a few distinct departures, or it gets none. */
const MIN_DEPARTURE_WINDOW = 30;
/** Longest extra minutes a single flight may take over the route's base duration. */
const MAX_JITTER_MINUTES = 10;
/** Fares swing with the weekday: Friday and Sunday peaks, Tuesday–Wednesday troughs (Sun = 0). */
const WEEKDAY_FARE_FACTOR = [1.12, 1.05, 0.9, 0.92, 1.0, 1.15, 0.95] as const;

/**
 * Direct flights on one day between two cities. Times are wall-clock times on the departure
 * city's clock: arrival = departure + duration, time zones ignored, and departures are chosen so
 * the arrival is on the same day. Pairs too far apart for that (≈ 13,000 km, beyond almost every
 * real nonstop) get no flights. The timetable is fixed per (seed, from, to); fares per date.
 */
export function synthesizeFlights(seed: number, from: SandboxCity, to: SandboxCity, date: IsoDate): Flight[] {
  if (from === to || from.airports.length === 0 || to.airports.length === 0) return [];
  const distanceKm = Math.round(greatCircleKm(from.hub, to.hub));
  if (distanceKm < MIN_FLIGHT_KM) return [];
  const baseMinutes = Math.round((distanceKm / CRUISE_KMH) * 60 + OVERHEAD_MINUTES);
  const latestDeparture = Math.min(LAST_DEPARTURE, LAST_ARRIVAL - baseMinutes - MAX_JITTER_MINUTES);
  // Too long to land the same day, even leaving at dawn with a few departures to spread.
  if (latestDeparture < FIRST_DEPARTURE + MIN_DEPARTURE_WINDOW) return [];

  // Like real timetables, the schedule (times, numbers) repeats daily; fares change by the day.
  const name = `${from.info.name}>${to.info.name}`;
  const route = createRng(seed, 'route', name);
  const fares = createRng(seed, 'fares', name, date);
  const count = flightsPerDay(from, to, distanceKm, route);
  const departures = spreadDepartures(count, latestDeparture, route);
  const routeRatePerKm = route.float(0.1, 0.14) * longHaulTaper(distanceKm);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekdayFactor = WEEKDAY_FARE_FACTOR[weekday] ?? 1;
  const numbers = new Set<string>();

  return departures.map((departure) => {
    const durationMinutes = baseMinutes + route.int(-5, MAX_JITTER_MINUTES);
    // Red-eye-ish first and last departures sell for less.
    const timeFactor = departure < 8 * 60 || departure > 20 * 60 ? 0.9 : 1;
    const price = (50 + distanceKm * routeRatePerKm) * weekdayFactor * timeFactor * fares.float(0.8, 1.3);
    return {
      flightNumber: flightNumber(from, route, numbers),
      from: from.info.name,
      to: to.info.name,
      date,
      departureTime: clock(departure),
      arrivalTime: clock(departure + durationMinutes),
      durationMinutes,
      distanceKm,
      price: wholeDollars(price, MIN_FARE),
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
