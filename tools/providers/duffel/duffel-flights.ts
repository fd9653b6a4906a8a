import { createHash } from 'node:crypto';
import type { Duffel } from '@duffel/api';
import { z } from 'zod';
import {
  FlightOffer,
  type FlightSearch,
  FlightSearch as FlightSearchSchema,
  type FlightSource,
} from '../sources/flights.source.js';
import { parseSourceData } from '../sources/http/parse-source-data.js';
import { SOURCE_TTL_SECONDS, type SourceCache } from '../sources/http/source-cache.js';
import type { SourceCaller } from '../sources/http/source-caller.js';
import { SourceError } from '../sources/source-error.js';
import { callDuffel } from './duffel-call.js';
import { toFlightOffer } from './duffel-offer.js';
import { DuffelOffer, DuffelOfferRequest } from './duffel-wire.js';

export interface DuffelFlightsOptions {
  client: Duffel;
  caller: SourceCaller;
  cache?: SourceCache;
  /** How long Duffel may wait on airlines, ms (its supplier_timeout). Default 20 s. */
  supplierTimeoutMs?: number;
  /** Most offers kept per search, cheapest first. Default 50. */
  maxOffers?: number;
  now?: () => number;
}

/** Flights from Duffel: one offer request per search (one-way, return or multi-city slices). */
export function createDuffelFlights(options: DuffelFlightsOptions): FlightSource {
  const now = options.now ?? Date.now;
  const maxOffers = options.maxOffers ?? 50;

  const parse = <T>(schema: z.ZodType<T>, data: unknown, request: string): T =>
    parseSourceData(schema, data, 'duffel', request);

  return {
    name: 'duffel',
    async searchFlights(input: FlightSearch, searchOptions: { fresh?: boolean } = {}) {
      const query = FlightSearchSchema.parse(input);
      const request = `POST /air/offer_requests (${query.slices.map((s) => `${s.from}-${s.to} ${s.date}`).join(', ')})`;
      const key = `duffel:flights:${createHash('sha256').update(JSON.stringify(query)).digest('hex')}`;
      const cached = searchOptions.fresh ? undefined : await options.cache?.get(key);
      if (cached !== undefined) return z.array(FlightOffer).parse(JSON.parse(cached));

      const response = await callDuffel(options.caller, request, () =>
        options.client.offerRequests.create({
          slices: query.slices.map((s) => ({
            origin: s.from,
            destination: s.to,
            departure_date: s.date,
            departure_time: null,
            arrival_time: null,
          })),
          passengers: [
            ...Array.from({ length: query.party.adults }, () => ({ type: 'adult' as const })),
            ...query.party.childAges.map((age) => ({ age })),
          ],
          cabin_class: query.cabin,
          max_connections: query.maxConnections,
          return_offers: true,
          supplier_timeout: options.supplierTimeoutMs ?? 20_000,
        }),
      );
      const offers = parse(DuffelOfferRequest, response.data, request)
        .offers.map(toFlightOffer)
        .sort((a, b) => a.total.amount - b.total.amount)
        .slice(0, maxOffers);
      await cacheUntilExpiry(key, offers);
      return offers;
    },

    async repriceOffer(offerId: string) {
      const request = `GET /air/offers/${offerId}`;
      const response = await callDuffel(options.caller, request, () => options.client.offers.get(offerId), {
        goneIsExpired: true,
      });
      const offer = toFlightOffer(parse(DuffelOffer, response.data, request));
      if (offer.expiresAt && Date.parse(offer.expiresAt) <= now())
        throw new SourceError('offer-expired', 'duffel', request, `expired at ${offer.expiresAt}`);
      return offer;
    },
  };

  /** Fares are kept minutes at most, and never past the first offer's expiry. */
  async function cacheUntilExpiry(key: string, offers: FlightOffer[]): Promise<void> {
    if (!options.cache) return;
    const expiries = offers.flatMap((o) => (o.expiresAt ? [Date.parse(o.expiresAt)] : []));
    const untilExpiry = expiries.length ? (Math.min(...expiries) - now()) / 1000 : SOURCE_TTL_SECONDS.fares;
    const ttl = Math.min(SOURCE_TTL_SECONDS.fares, untilExpiry);
    if (ttl >= 1) await options.cache.set(key, JSON.stringify(offers), ttl);
  }
}
