import { z } from 'zod';
import { IsoDate } from './common.schema.js';

/**
 * Where a real source's answer came from and how it was priced. Every field that uses these is
 * optional, so sandbox and TravelPlanner records (which have none) stay byte-identical.
 */

/** Credit and licence of the data behind a plan (open data must be shown with it). */
export const DataAttribution = z.object({
  /** The source, e.g. "openstreetmap", "open-meteo", "duffel". */
  source: z.string().min(1),
  /** What to print, e.g. "© OpenStreetMap contributors". */
  text: z.string().min(1),
  licence: z.string().min(1).nullable(),
  url: z.string().nullable(),
});
export type DataAttribution = z.infer<typeof DataAttribution>;

/**
 * A price as the source quoted it, and the rate that turned it into the quote currency:
 * `amount × rate` is the converted figure (before rounding to cents).
 */
export const QuotedPrice = z.object({
  amount: z.number().nonnegative().finite(),
  /** ISO 4217, e.g. "GBP". */
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Quote-currency units per one unit of `currency` (1 when it already is the quote currency). */
  rate: z.number().positive().finite(),
  /** "ECB reference rate (Frankfurter)", or "built-in table (offline fallback)". */
  rateSource: z.string().min(1),
  /** The day the rate was published; null for the built-in table, which has no date. */
  rateDate: IsoDate.nullable(),
});
export type QuotedPrice = z.infer<typeof QuotedPrice>;

/** One flight of a connecting journey, times local at each airport. */
export const FlightSegmentInfo = z.object({
  flightNumber: z.string().min(1),
  /** IATA airport codes. */
  from: z.string().length(3),
  to: z.string().length(3),
  /** Local date-time at `from` / `to`, e.g. "2027-05-01T07:15". */
  departure: z.string().min(1),
  arrival: z.string().min(1),
  departureZone: z.string().nullable(),
  arrivalZone: z.string().nullable(),
});
export type FlightSegmentInfo = z.infer<typeof FlightSegmentInfo>;

/** Time on the ground between two segments. */
export const LayoverInfo = z.object({
  airport: z.string().length(3),
  minutes: z.number().int().nonnegative(),
});
export type LayoverInfo = z.infer<typeof LayoverInfo>;
