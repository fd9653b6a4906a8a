import type { Flight, Stay, WeatherOutlook } from '../../domain/inventory.schema.js';
import { localToUtc } from '../../domain/time-zone.js';
import type {
  FareChange,
  FlightCancelledChange,
  FlightRetimedChange,
  StayPriceChange,
  StaySoldOutChange,
  WeatherChange,
  WorldChange,
} from '../../domain/world-change.schema.js';
import { wholeDollars } from './draw.js';
import { driftFlight, driftStay, driftWeatherTurn, type FlightStatus } from './drift.js';
import { clock, MIN_FARE, minutesOf } from './flights.js';
import { GUARANTEED_FAMILY_HOMES, isFamilyFriendlyHome, MIN_NIGHTLY_PRICE } from './stays.js';
import { conditionOf, WEATHER_LADDER, withCondition } from './weather.js';
import { zonedTimes } from './zoned-times.js';

/**
 * The sandbox's base answers moved to one moment of its timeline: first the world's own drift
 * for the epoch, then the injected changes on top. Injected cancellations, retimes, sell-outs and
 * weather win over drift; injected price factors multiply onto the drifted price, compounding in
 * injection order. An entity nothing touches comes back as the very same object.
 */
export interface WorldMoment {
  seed: number;
  /** The drift epoch (0: no drift). */
  epoch: number;
  changes: readonly WorldChange[];
  /** The canonical name of a city named in a change; undefined when unknown. */
  canonicalCity(name: string): string | undefined;
}

type FlightChange = FareChange | FlightCancelledChange | FlightRetimedChange;
type StayChange = StaySoldOutChange | StayPriceChange;
type Schedule = FlightStatus | { kind: 'set'; departureTime: string; arrivalTime: string };

/**
 * The flights of one route (`from>to`) and date at the moment, by departure time like the
 * timetable (a retime may reorder them); cancelled ones are left out.
 */
export function flightsAt(flights: readonly Flight[], route: string, moment: WorldMoment): Flight[] {
  const injected = moment.changes.filter(
    (c): c is FlightChange =>
      c.kind === 'fare' || c.kind === 'flight-cancelled' || c.kind === 'flight-retimed',
  );
  const result: Flight[] = [];
  for (const flight of flights) {
    const drift = driftFlight(moment.seed, route, flight, moment.epoch);
    let factor = drift.fareFactor;
    let schedule: Schedule = drift.status;
    for (const change of injected) {
      if (!sameFlight(change, flight)) continue;
      if (change.kind === 'fare') factor *= change.factor;
      else if (change.kind === 'flight-cancelled') schedule = { kind: 'cancelled' };
      else schedule = { kind: 'set', departureTime: change.departureTime, arrivalTime: change.arrivalTime };
    }
    if (schedule.kind === 'cancelled') continue;
    const retimed = retime(flight, schedule);
    result.push(
      factor === 1 ? retimed : { ...retimed, price: wholeDollars(flight.price * factor, MIN_FARE) },
    );
  }
  // A stable sort: an untouched timetable keeps its order.
  return result.sort((a, b) => minutesOf(a.departureTime) - minutesOf(b.departureTime));
}

/**
 * One city's stays at the moment; sold-out ones are left out. Drift never takes a city below
 * GUARANTEED_FAMILY_HOMES family-friendly homes (it gives back its own sell-outs first); injected
 * sell-outs always apply.
 */
export function staysAt(stays: readonly Stay[], moment: WorldMoment): Stay[] {
  const city = stays[0]?.city;
  const injected = moment.changes.filter(
    (c): c is StayChange =>
      (c.kind === 'stay-sold-out' || c.kind === 'stay-price') && moment.canonicalCity(c.city) === city,
  );
  const entries = stays.map((stay) => {
    const drift = driftStay(moment.seed, stay, moment.epoch);
    let factor = drift.priceFactor;
    let soldOutByChange = false;
    for (const change of injected) {
      if (change.stayName !== stay.name) continue;
      if (change.kind === 'stay-price') factor *= change.factor;
      else soldOutByChange = true;
    }
    return { stay, factor, soldOutByDrift: drift.soldOut, soldOutByChange };
  });

  const family = entries.filter((e) => isFamilyFriendlyHome(e.stay) && !e.soldOutByChange);
  let familyOpen = family.filter((e) => !e.soldOutByDrift).length;
  for (const entry of family) {
    if (familyOpen >= GUARANTEED_FAMILY_HOMES) break;
    if (!entry.soldOutByDrift) continue;
    entry.soldOutByDrift = false;
    familyOpen++;
  }

  return entries
    .filter((e) => !e.soldOutByDrift && !e.soldOutByChange)
    .map(({ stay, factor }) =>
      factor === 1
        ? stay
        : Object.freeze({
            ...stay,
            pricePerNight: wholeDollars(stay.pricePerNight * factor, MIN_NIGHTLY_PRICE),
          }),
    );
}

/** The outlook at the moment: drift may turn it a rung or two; the last matching injected change wins. */
export function weatherAt(outlook: WeatherOutlook, moment: WorldMoment): WeatherOutlook {
  const injected = moment.changes.findLast(
    (c): c is WeatherChange =>
      c.kind === 'weather' &&
      (c.date === undefined || c.date === outlook.date) &&
      moment.canonicalCity(c.city) === outlook.city,
  );
  if (injected) return withCondition(outlook, injected.condition, injected);
  const turn = driftWeatherTurn(moment.seed, outlook.city, outlook.date, moment.epoch);
  if (turn === 0) return outlook;
  const rung = WEATHER_LADDER.indexOf(conditionOf(outlook));
  const target = Math.min(WEATHER_LADDER.length - 1, Math.max(0, rung + turn));
  const condition = WEATHER_LADDER[target];
  return target === rung || condition === undefined ? outlook : withCondition(outlook, condition);
}

function sameFlight(change: FlightChange, flight: Flight): boolean {
  return (
    change.flightNumber.toUpperCase() === flight.flightNumber.toUpperCase() &&
    (change.date === undefined || change.date === flight.date)
  );
}

function retime(flight: Flight, schedule: Exclude<Schedule, { kind: 'cancelled' }>): Flight {
  if (schedule.kind === 'scheduled') return flight;
  const { departureZone: fromZone, arrivalZone: toZone } = flight;
  if (schedule.kind === 'set') {
    const { departureTime, arrivalTime } = schedule;
    if (fromZone && toZone) {
      // Both times are local at their own end: the duration is the real time between them.
      const leaves = localToUtc(flight.date, minutesOf(departureTime), fromZone);
      const lands = localToUtc(flight.date, minutesOf(arrivalTime), toZone);
      const durationMinutes = Math.max(1, Math.round((lands - leaves) / 60_000));
      return {
        ...flight,
        ...zonedTimes(flight.date, minutesOf(departureTime), durationMinutes, fromZone, toZone),
        durationMinutes,
      };
    }
    return {
      ...flight,
      departureTime,
      arrivalTime,
      durationMinutes: minutesOf(arrivalTime) - minutesOf(departureTime),
    };
  }
  if (fromZone && toZone) {
    const departure = minutesOf(flight.departureTime) + schedule.shiftMinutes;
    return { ...flight, ...zonedTimes(flight.date, departure, flight.durationMinutes, fromZone, toZone) };
  }
  return {
    ...flight,
    departureTime: clock(minutesOf(flight.departureTime) + schedule.shiftMinutes),
    arrivalTime: clock(minutesOf(flight.arrivalTime) + schedule.shiftMinutes),
  };
}
