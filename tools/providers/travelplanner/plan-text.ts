import type { GroundMode } from '../../domain/inventory.schema.js';
import type { TransportLeg } from '../../domain/plan.schema.js';
import { readClockTime, readDurationMinutes, readNumber } from './reference-values.js';
import { EMPTY_FIELD } from './travelplanner-day.schema.js';

/** The field texts of TravelPlanner's plan format, both ways. */

export interface NamedPlace {
  name: string;
  /** As written, "(State)" qualifier included; undefined when the text names no city. */
  city: string | undefined;
}

export function isEmptyField(text: string): boolean {
  const t = text.trim();
  return t === '' || t === EMPTY_FIELD;
}

export function formatNamedPlace(name: string, city: string): string {
  return `${name}, ${city}`;
}

/**
 * "Name, City(State)" → name and city, split at the last comma as TravelPlanner's evaluator does
 * (names may contain commas, cities never do).
 */
export function readNamedPlace(text: string): NamedPlace {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return { name: text.trim(), city: undefined };
  return { name: text.slice(0, comma).trim(), city: text.slice(comma + 1).trim() || undefined };
}

/** "A;B;" → ["A", "B"]: every attraction item ends with ";". */
export function splitAttractions(text: string): string[] {
  if (isEmptyField(text)) return [];
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item.length > 0 && item !== EMPTY_FIELD);
}

/** "from A to B" → both cities; any other text is the day's one city. */
export function readCurrentCity(text: string): { from: string | undefined; to: string } {
  const match = /^\s*from\s+(.+?)\s+to\s+(.+?)\s*$/i.exec(text);
  return match ? { from: match[1] ?? '', to: match[2] ?? '' } : { from: undefined, to: text.trim() };
}

export interface FlightText {
  mode: 'flight';
  flightNumber: string;
  from?: string;
  to?: string;
  departureTime?: string;
  arrivalTime?: string;
}
export interface GroundText {
  mode: GroundMode;
  from?: string;
  to?: string;
  durationMinutes?: number;
  distanceKm?: number;
  cost?: number;
}
/** Neither a flight number nor a drive/taxi: kept verbatim so it is judged, not dropped. */
export interface UnknownTransportText {
  mode: 'unknown';
  text: string;
  from?: string;
  to?: string;
}
export type TransportText = FlightText | GroundText | UnknownTransportText;

function group(text: string, pattern: RegExp): string | undefined {
  return pattern.exec(text)?.[1]?.trim();
}

/**
 * One leg's text: "Flight Number: F1, from A to B, …", "Self-driving, from A to B, …", "Taxi, …".
 * Modes are recognised as TravelPlanner's evaluator does: a flight number first, then the words
 * "self-driving" or "taxi" anywhere in the text.
 */
export function readTransport(text: string): TransportText {
  const route = /\bfrom\s+(.+?)\s+to\s+(.+?)\s*(?:,|;|$)/i.exec(text);
  const ends = { from: route?.[1]?.trim(), to: route?.[2]?.trim() };
  const flightNumber = group(text, /flight number:\s*([^,;\s]+)/i);
  if (flightNumber) {
    const clock = (label: string) => {
      const raw = group(text, new RegExp(`${label} time:\\s*(\\d{1,2}:\\d{2})`, 'i'));
      return raw === undefined ? undefined : readClockTime(raw);
    };
    return {
      mode: 'flight',
      flightNumber,
      ...ends,
      departureTime: clock('departure'),
      arrivalTime: clock('arrival'),
    };
  }
  const mode = /self-driving/i.test(text) ? 'self-driving' : /taxi/i.test(text) ? 'taxi' : undefined;
  if (mode === undefined) return { mode: 'unknown', text: text.trim(), ...ends };
  const duration = group(text, /duration:\s*([^,;]+)/i);
  return {
    mode,
    ...ends,
    durationMinutes: duration === undefined ? undefined : readDurationMinutes(duration),
    distanceKm: readNumber(group(text, /distance:\s*([\d,.]+)/i)),
    cost: readNumber(group(text, /cost:\s*([\d,.]+)/i)),
  };
}

/** A day's transportation field: usually one leg; ours may hold several, joined by "; ". */
export function readTransportation(text: string): TransportText[] {
  if (isEmptyField(text)) return [];
  return text
    .split(/;\s*(?=flight number:|self-driving\b|taxi\b)/i)
    .map((part) => part.trim().replace(/;$/, ''))
    .filter((part) => part.length > 0)
    .map(readTransport);
}

/** "8 hours 25 mins", as the dataset writes durations. */
export function formatDuration(minutes: number): string {
  return `${Math.floor(minutes / 60)} hours ${minutes % 60} mins`;
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export function formatLeg(leg: TransportLeg): string {
  const ends = `from ${leg.from} to ${leg.to}`;
  if (leg.mode === 'flight') {
    const { flight } = leg;
    return `Flight Number: ${flight.flightNumber}, ${ends}, Departure Time: ${flight.departureTime}, Arrival Time: ${flight.arrivalTime}`;
  }
  // TravelPlanner has no trains; a rail leg (sandbox plans only) reads like a flight line.
  if (leg.mode === 'rail') {
    const { train } = leg;
    return `Train Number: ${train.trainNumber}, ${ends}, Departure Time: ${train.departureTime}, Arrival Time: ${train.arrivalTime}`;
  }
  const { route } = leg;
  const label = leg.mode === 'self-driving' ? 'Self-driving' : 'Taxi';
  const distance = Math.round(route.distanceKm).toLocaleString('en-US');
  return `${label}, ${ends}, duration: ${formatDuration(route.durationMinutes)}, distance: ${distance} km, cost: ${formatAmount(route.cost)}`;
}
