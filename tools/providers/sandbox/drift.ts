import type { IsoDate } from '../../domain/common.schema.js';
import type { Flight, Stay } from '../../domain/inventory.schema.js';
import { LAST_ARRIVAL, minutesOf } from './flights.js';
import { createRng } from './prng.js';

/**
 * How the sandbox world moves by itself over simulated time, in 6-hour epochs. Every value is a
 * pure function of (seed, entity, epoch), computed from a handful of hashes (never by walking
 * through earlier epochs), so any moment can be asked for in any order. Epoch 0 is the base world.
 */

/** Simulated hours per drift step. */
export const DRIFT_EPOCH_HOURS = 6;

/** The drift epoch of a moment `hours` after the world started. */
export function driftEpoch(hours: number): number {
  return Math.max(0, Math.floor(hours / DRIFT_EPOCH_HOURS));
}

/**
 * Prices follow smooth value noise in log space: a random level at each knot (one a day), eased
 * between knots, plus a little per-epoch jitter. Most knots lie within ±`swing`; a few are shocks
 * (a sale, a surge) of `shock` size. |log factor| ≤ max(swing, shock max) + jitter, so prices
 * stay bounded however long the world runs.
 */
interface PriceNoise {
  swing: number;
  shockChance: number;
  shock: readonly [number, number];
  jitter: number;
}

const KNOT_EPOCHS = 4;
/** Fares: typically ±5–15%, a shock in 8% of days of 20–40% (factor within ≈ 0.65–1.54). */
export const FARE_NOISE: PriceNoise = { swing: 0.15, shockChance: 0.08, shock: [0.2, 0.4], jitter: 0.03 };
/** Nightly prices move about half as much (factor within ≈ 0.81–1.23). */
export const STAY_NOISE: PriceNoise = { swing: 0.07, shockChance: 0.04, shock: [0.12, 0.2], jitter: 0.01 };

/** Share of (flight, date)s cancelled, and retimed, once their onset epoch (1–8) has passed. */
export const CANCEL_CHANCE = 0.01;
export const RETIME_CHANCE = 0.02;
const STATUS_ONSET_EPOCHS = 8;
/** Retimes move departure and arrival together by 5–90 minutes, later more often than earlier. */
const RETIME_STEPS = 18;
const RETIME_LATER_CHANCE = 0.7;

/** Share of stays sold out in a 12-hour block; availability comes back with the next block. */
export const SOLD_OUT_CHANCE = 0.03;
const SOLD_OUT_BLOCK_EPOCHS = 2;

/** Per 12-hour block, a forecast turns worse (8%) or better (5%), by one rung or sometimes two. */
export const WEATHER_WORSE_CHANCE = 0.08;
export const WEATHER_BETTER_CHANCE = 0.05;
const WEATHER_BLOCK_EPOCHS = 2;

export type FlightStatus =
  | { kind: 'scheduled' }
  | { kind: 'cancelled' }
  /** Departure and arrival move by `shiftMinutes`; the arrival stays on the same day. */
  | { kind: 'retimed'; shiftMinutes: number };

export interface FlightDrift {
  fareFactor: number;
  status: FlightStatus;
}

/** A flight's fare and status at `epoch`; `route` tells apart equal flight numbers on two routes. */
export function driftFlight(seed: number, route: string, flight: Flight, epoch: number): FlightDrift {
  const key = ['flight', route, flight.flightNumber, flight.date] as const;
  const fareFactor = Math.exp(priceNoise(seed, key, epoch, FARE_NOISE));
  if (epoch <= 0) return { fareFactor, status: { kind: 'scheduled' } };
  // Every draw happens whatever the outcome, so each one keeps its meaning across flights.
  const rng = createRng(seed, 'drift-status', ...key);
  const roll = rng.next();
  const onset = rng.int(1, STATUS_ONSET_EPOCHS);
  const minutes = 5 * rng.int(1, RETIME_STEPS);
  // A red-eye (landing another day) is never moved later: its departure could pass midnight.
  const sameDay = (flight.arrivalDate ?? flight.date) === flight.date;
  const later =
    rng.chance(RETIME_LATER_CHANCE) && sameDay && minutesOf(flight.arrivalTime) + minutes <= LAST_ARRIVAL;
  if (epoch < onset || roll >= CANCEL_CHANCE + RETIME_CHANCE)
    return { fareFactor, status: { kind: 'scheduled' } };
  if (roll < CANCEL_CHANCE) return { fareFactor, status: { kind: 'cancelled' } };
  // Earlier is always possible: departures start at 06:00 and 90 minutes earlier is still that day.
  return { fareFactor, status: { kind: 'retimed', shiftMinutes: later ? minutes : -minutes } };
}

export interface StayDrift {
  priceFactor: number;
  soldOut: boolean;
}

export function driftStay(seed: number, stay: Stay, epoch: number): StayDrift {
  const key = ['stay', stay.city, stay.name] as const;
  const priceFactor = Math.exp(priceNoise(seed, key, epoch, STAY_NOISE));
  const block = Math.floor(epoch / SOLD_OUT_BLOCK_EPOCHS);
  const soldOut = epoch > 0 && createRng(seed, 'drift-sold-out', ...key, block).chance(SOLD_OUT_CHANCE);
  return { priceFactor, soldOut };
}

/** How many rungs the forecast for (city, date) has turned at `epoch`: + worse, − better, 0 none. */
export function driftWeatherTurn(seed: number, city: string, date: IsoDate, epoch: number): number {
  if (epoch <= 0) return 0;
  const rng = createRng(seed, 'drift-weather', city, date, Math.floor(epoch / WEATHER_BLOCK_EPOCHS));
  const roll = rng.next();
  const steps = rng.chance(0.3) ? 2 : 1;
  if (roll < WEATHER_WORSE_CHANCE) return steps;
  return roll < WEATHER_WORSE_CHANCE + WEATHER_BETTER_CHANCE ? -steps : 0;
}

/** The log price factor at `epoch`: 0 at epoch 0, eased between daily knots, plus jitter. */
function priceNoise(seed: number, key: readonly string[], epoch: number, noise: PriceNoise): number {
  if (epoch <= 0) return 0;
  const knot = Math.floor(epoch / KNOT_EPOCHS);
  const t = (epoch % KNOT_EPOCHS) / KNOT_EPOCHS;
  const eased = t * t * (3 - 2 * t);
  const from = knotLevel(seed, key, knot, noise);
  const to = knotLevel(seed, key, knot + 1, noise);
  const jitter = createRng(seed, 'drift-jitter', ...key, epoch).float(-noise.jitter, noise.jitter);
  return from + (to - from) * eased + jitter;
}

function knotLevel(seed: number, key: readonly string[], knot: number, noise: PriceNoise): number {
  if (knot === 0) return 0;
  const rng = createRng(seed, 'drift-knot', ...key, knot);
  const level = rng.float(-noise.swing, noise.swing);
  const shock = rng.chance(noise.shockChance);
  const size = rng.float(noise.shock[0], noise.shock[1]);
  return shock ? Math.sign(level || 1) * size : level;
}
