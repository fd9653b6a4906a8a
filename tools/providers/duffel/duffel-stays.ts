import { createHash } from 'node:crypto';
import type { Duffel } from '@duffel/api';
import { z } from 'zod';
import { parseSourceData } from '../sources/http/parse-source-data.js';
import { SOURCE_TTL_SECONDS, type SourceCache } from '../sources/http/source-cache.js';
import type { SourceCaller } from '../sources/http/source-caller.js';
import {
  StayOffer,
  type StayRate,
  type StaySearch,
  StaySearch as StaySearchSchema,
  type StaySource,
} from '../sources/stays.source.js';
import { DUFFEL_ATTRIBUTION } from './duffel-attribution.js';
import { callDuffel } from './duffel-call.js';
import { DuffelStaysResult, DuffelStaysSearch } from './duffel-wire.js';

export interface DuffelStaysOptions {
  client: Duffel;
  caller: SourceCaller;
  /** Search answers are kept minutes (rates move, results expire at Duffel). */
  cache?: SourceCache;
}

/** Stays from Duffel Stays: a search by place, dates, guests and rooms; then every rate of one result. */
export function createDuffelStays(options: DuffelStaysOptions): StaySource {
  const parse = <T>(schema: z.ZodType<T>, data: unknown, request: string): T =>
    parseSourceData(schema, data, 'duffel', request);

  return {
    name: 'duffel-stays',
    async searchStays(input: StaySearch, searchOptions: { fresh?: boolean } = {}) {
      const q = StaySearchSchema.parse(input);
      const request = `POST /stays/search (${q.near.lat},${q.near.lon} ${q.checkIn}..${q.checkOut})`;
      const key = `duffel:stays:${createHash('sha256').update(JSON.stringify(q)).digest('hex')}`;
      const cached = searchOptions.fresh ? undefined : await options.cache?.get(key);
      if (cached !== undefined) return z.array(StayOffer).parse(JSON.parse(cached));
      const response = await callDuffel(options.caller, request, () =>
        options.client.stays.search({
          location: {
            radius: q.radiusKm,
            geographic_coordinates: { latitude: q.near.lat, longitude: q.near.lon },
          },
          check_in_date: q.checkIn,
          check_out_date: q.checkOut,
          rooms: q.rooms,
          guests: [
            ...Array.from({ length: q.party.adults }, () => ({ type: 'adult' as const })),
            ...q.party.childAges.map((age) => ({ type: 'child' as const, age })),
          ],
        }),
      );
      const answer = parse(DuffelStaysSearch, response.data, request);
      const quotedAt = new Date(answer.created_at).toISOString();
      const offers = answer.results
        .map((r) => toStayOffer(r, quotedAt))
        .sort((a, b) => a.cheapest.amount - b.cheapest.amount);
      await options.cache?.set(key, JSON.stringify(offers), SOURCE_TTL_SECONDS.stayRates);
      return offers;
    },

    async rates(offerId: string) {
      const request = `POST /stays/search_results/${offerId}/actions/fetch_all_rates`;
      const response = await callDuffel(
        options.caller,
        request,
        () => options.client.stays.searchResults.fetchAllRates(offerId),
        { goneIsExpired: true },
      );
      const result = parse(DuffelStaysResult, response.data, request);
      return result.accommodation.rooms.flatMap((room) =>
        room.rates.map(
          (rate): StayRate => ({
            rateId: rate.id,
            roomName: room.name,
            total: { amount: Number(rate.total_amount), currency: rate.total_currency },
            board: rate.board_type ?? null,
            // A timeline lists refund deadlines; none means the rate is not refundable.
            refundable: rate.cancellation_timeline.length > 0,
          }),
        ),
      );
    },
  };
}

function toStayOffer(r: DuffelStaysResult, quotedAt: string): StayOffer {
  const a = r.accommodation;
  const coords = a.location.geographic_coordinates;
  const address = [a.location.address.line_one, a.location.address.city_name].filter(Boolean).join(', ');
  // Stars when the property has them; otherwise the 0–10 guest score halved.
  const rating = a.rating ?? (a.review_score == null ? null : a.review_score / 2);
  return {
    offerId: r.id,
    propertyId: a.id,
    name: a.name,
    location: coords ? { lat: coords.latitude, lon: coords.longitude } : null,
    address: address || null,
    rating: rating === null ? null : Math.min(5, Math.max(0, rating)),
    checkIn: r.check_in_date,
    checkOut: r.check_out_date,
    cheapest: { amount: Number(r.cheapest_rate_total_amount), currency: r.cheapest_rate_currency },
    quotedAt,
    expiresAt: null,
    bookingUrl: null,
    attribution: DUFFEL_ATTRIBUTION,
  };
}
