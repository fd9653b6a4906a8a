import { z } from 'zod';
import { IsoDate } from '../../domain/common.schema.js';
import { Attribution, CurrencyCode, Instant, LocalDateTime, Money, Party } from './source-common.schema.js';

export const CabinClass = z.enum(['economy', 'premium_economy', 'business', 'first']);
export type CabinClass = z.infer<typeof CabinClass>;

const Iata = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter IATA airport or city code');

/** One journey of a search: one slice is one-way, two a return, more a multi-city trip. */
export const FlightSliceQuery = z.object({ from: Iata, to: Iata, date: IsoDate });

export const FlightSearch = z.object({
  slices: z.array(FlightSliceQuery).min(1).max(6),
  party: Party,
  cabin: CabinClass.default('economy'),
  /** Connections allowed per slice; 0 = nonstop only. */
  maxConnections: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(1),
  /** The currency wanted; a source that cannot quote in it says so in each offer's `total.currency`. */
  currency: CurrencyCode.optional(),
});
export type FlightSearch = z.input<typeof FlightSearch>;

export const FlightSegment = z.object({
  /** Marketing carrier and number, e.g. "BA 117". */
  flightNumber: z.string().min(1),
  carrier: z.string().min(1),
  from: Iata,
  to: Iata,
  /** Local at `from` / `to`, as airlines publish them. */
  departingAt: LocalDateTime,
  arrivingAt: LocalDateTime,
  /** IANA zones of `from` and `to` where the source gives them, to place the local times on one clock. */
  departureZone: z.string().nullable(),
  arrivalZone: z.string().nullable(),
  durationMinutes: z.number().int().positive().nullable(),
  aircraft: z.string().nullable(),
});
export type FlightSegment = z.infer<typeof FlightSegment>;

/** Time on the ground between two segments of a slice. */
export const Layover = z.object({ airport: Iata, minutes: z.number().int().nonnegative() });

export const OfferSlice = z.object({
  from: Iata,
  to: Iata,
  durationMinutes: z.number().int().positive().nullable(),
  segments: z.array(FlightSegment).min(1),
  /** One per connection: segments.length - 1 of them. */
  layovers: z.array(Layover),
});
export type OfferSlice = z.infer<typeof OfferSlice>;

/** A priced, bookable offer for the whole party and every slice. */
export const FlightOffer = z.object({
  /** The source's id, to re-price or book with. */
  offerId: z.string().min(1),
  slices: z.array(OfferSlice).min(1),
  /** For the whole party. */
  total: Money,
  cabin: CabinClass.nullable(),
  quotedAt: Instant,
  /** After this the price is not guaranteed: re-price before the plan is final. */
  expiresAt: Instant.nullable(),
  bookingUrl: z.url().nullable(),
  attribution: Attribution,
});
export type FlightOffer = z.infer<typeof FlightOffer>;

/** Flights from one service. Every implementation runs the flights contract test. */
export interface FlightSource {
  readonly name: string;
  /**
   * Offers, cheapest first; empty when nothing flies. `fresh` skips cached answers (the answer is
   * still cached): a re-quote after an offer lapsed must not find the lapsed offer again.
   */
  searchFlights(query: FlightSearch, options?: { fresh?: boolean }): Promise<FlightOffer[]>;
  /** The offer as the service quotes it now; a SourceError `offer-expired` when it can no longer be had. */
  repriceOffer(offerId: string): Promise<FlightOffer>;
}
