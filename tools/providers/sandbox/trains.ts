import type { IsoDate } from '../../domain/common.schema.js';
import { greatCircleKm } from '../../domain/geo.js';
import type { Train } from '../../domain/inventory.schema.js';
import {
  CHANNEL_LINKS,
  EUROSTAR,
  LINE_SPEED_CAPS_KMH,
  RAIL_NETWORKS,
  RAIL_OPERATORS,
  type RailNetwork,
} from './data/rail-networks.js';
import { wholeDollars } from './draw.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng } from './prng.js';
import { zonedTimes } from './zoned-times.js';

/** Beyond this (great circle) a day train is no longer a sensible way between two cities. */
export const MAX_RAIL_KM = 950;
/** Lines wind: this many line kilometres per great-circle kilometre. */
const LINE_FACTOR = 1.2;
/** Boarding and the slow run out of and into city stations. */
const TERMINAL_MINUTES = 10;
const FIRST_DEPARTURE = 6 * 60;
/** Trains run until late evening and arrive before midnight local time. */
const LAST_ARRIVAL = 23 * 60 + 30;
const MIN_FARE = 12;

/** The network joining two cities, or undefined when no train runs between them. */
export function railNetwork(from: SandboxCity, to: SandboxCity): RailNetwork | undefined {
  if (from === to) return undefined;
  const a = from.info.name;
  const b = to.info.name;
  const network = RAIL_NETWORKS.find((n) => n.cities.includes(a) && n.cities.includes(b));
  if (!network) return undefined;
  const island = (c: SandboxCity): boolean => c.curated.countryCode === 'GB';
  if (island(from) !== island(to) && !isChannelLink(from, to)) return undefined;
  return greatCircleKm(centre(from), centre(to)) <= (network.maxKm ?? MAX_RAIL_KM) ? network : undefined;
}

/**
 * The trains of one day between two cities on a rail network: a timetable fixed per (seed, from,
 * to) like real ones, fares per date. Times are local at each end (London → Paris gains an
 * hour), durations are real (UTC) minutes along the line. Empty where no network joins them.
 */
export function synthesizeTrains(seed: number, from: SandboxCity, to: SandboxCity, date: IsoDate): Train[] {
  const network = railNetwork(from, to);
  if (!network) return [];
  const distanceKm = Math.round(greatCircleKm(centre(from), centre(to)) * LINE_FACTOR);
  const baseMinutes = Math.round((distanceKm / lineSpeed(network, from, to)) * 60 + TERMINAL_MINUTES);
  const name = `${from.info.name}>${to.info.name}`;
  const route = createRng(seed, 'rail', name);
  const fares = createRng(seed, 'rail-fares', name, date);
  const count = Math.max(3, Math.min(network.maxTrainsPerDay, Math.round(5400 / Math.max(60, baseMinutes))));
  const [prefix, operator] = operatorOf(network, from, to);
  const rate = network.farePerKm * route.float(0.85, 1.15);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekdayFactor = weekday === 5 || weekday === 0 ? 1.12 : weekday === 2 || weekday === 3 ? 0.92 : 1;
  const trains: Train[] = [];
  const taken = new Set<string>();
  const span = 15 * 60;
  for (let i = 0; i < count; i++) {
    const slot = FIRST_DEPARTURE + Math.floor((span / count) * i + route.float(0, span / count));
    const departure = slot - (slot % 5);
    const durationMinutes = baseMinutes + route.int(-5, 15);
    const times = zonedTimes(
      date,
      departure,
      durationMinutes,
      from.info.timeZone ?? 'UTC',
      to.info.timeZone ?? 'UTC',
    );
    // Across a border the clocks differ (London → Paris gains an hour): the last trains may not fit.
    if (times.arrivalDate !== date || minutes(times.arrivalTime) > LAST_ARRIVAL) continue;
    let number = route.int(100, 9899);
    while (taken.has(`${prefix} ${number}`)) number++;
    taken.add(`${prefix} ${number}`);
    const peak =
      departure >= 7 * 60 && departure < 9 * 60
        ? 1.25
        : departure >= 17 * 60 && departure < 19 * 60
          ? 1.2
          : 1;
    const price = (8 + distanceKm * rate) * peak * weekdayFactor * fares.float(0.85, 1.25);
    trains.push({
      trainNumber: `${prefix} ${number}`,
      operator,
      from: from.info.name,
      to: to.info.name,
      date,
      ...times,
      durationMinutes,
      distanceKm,
      price: wholeDollars(price, MIN_FARE),
    });
  }
  return trains.sort((a, b) => minutes(a.departureTime) - minutes(b.departureTime));
}

/** The network's speed, capped by the slower of the two countries' lines (not under the Channel). */
function lineSpeed(network: RailNetwork, from: SandboxCity, to: SandboxCity): number {
  if (isChannelLink(from, to)) return network.speedKmh;
  const cap = (c: SandboxCity): number => LINE_SPEED_CAPS_KMH[c.curated.countryCode] ?? network.speedKmh;
  return Math.min(network.speedKmh, cap(from), cap(to));
}

function isChannelLink(from: SandboxCity, to: SandboxCity): boolean {
  const [a, b] = [from.info.name, to.info.name];
  return CHANNEL_LINKS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

function operatorOf(network: RailNetwork, from: SandboxCity, to: SandboxCity): readonly [string, string] {
  const a = from.curated.countryCode;
  const b = to.curated.countryCode;
  if ((a === 'GB') !== (b === 'GB')) return EUROSTAR;
  return network.operator ?? RAIL_OPERATORS[a] ?? ['IC', 'Intercity'];
}

/** Stations are in the centre, not at the airport. */
function centre(city: SandboxCity): { lat: number; lon: number } {
  return { lat: city.curated.lat, lon: city.curated.lon };
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
