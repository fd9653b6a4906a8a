import { z } from 'zod';
import { IsoDate } from '../../domain/common.schema.js';
import { Attribution, CurrencyCode, GeoPoint, Instant, Money, Party } from './source-common.schema.js';

export const StaySearch = z
  .object({
    near: GeoPoint,
    radiusKm: z.number().positive().max(50).default(5),
    checkIn: IsoDate,
    checkOut: IsoDate,
    party: Party,
    rooms: z.number().int().min(1).max(9).default(1),
    currency: CurrencyCode.optional(),
  })
  .refine((q) => q.checkOut > q.checkIn, { message: 'checkOut must be after checkIn', path: ['checkOut'] });
export type StaySearch = z.input<typeof StaySearch>;

export const StayRate = z.object({
  rateId: z.string().min(1),
  roomName: z.string().nullable(),
  /** For the whole stay, every room. */
  total: Money,
  board: z.string().nullable(),
  refundable: z.boolean().nullable(),
});
export type StayRate = z.infer<typeof StayRate>;

/** One property with its cheapest price for the asked dates, party and rooms. */
export const StayOffer = z.object({
  /** The id to ask for its rates with (a search result, not the property). */
  offerId: z.string().min(1),
  propertyId: z.string().min(1),
  name: z.string().min(1),
  location: GeoPoint.nullable(),
  address: z.string().nullable(),
  /** Stars or score on a 0–5 scale; null when the source has none. */
  rating: z.number().min(0).max(5).nullable(),
  checkIn: IsoDate,
  checkOut: IsoDate,
  cheapest: Money,
  quotedAt: Instant,
  expiresAt: Instant.nullable(),
  bookingUrl: z.url().nullable(),
  attribution: Attribution,
});
export type StayOffer = z.infer<typeof StayOffer>;

/** Stays from one service. Every implementation runs the stays contract test. */
export interface StaySource {
  readonly name: string;
  /**
   * Properties, cheapest first; empty when none has a room. `fresh` skips cached answers (a
   * re-quote whose offer lapsed must not be answered by the search that quoted it).
   */
  searchStays(query: StaySearch, options?: { fresh?: boolean }): Promise<StayOffer[]>;
  /** Every rate of one offer; a SourceError `offer-expired` when the search result is gone. */
  rates(offerId: string): Promise<StayRate[]>;
}
