import { z } from 'zod';

/**
 * The parts of Duffel's answers we read, after `@duffel/api`'s types (OfferRequest, Offer,
 * StaysSearchResponse, StaysSearchResult). The SDK does not check answers at run time; we do, so a
 * change at Duffel shows up as a named mismatch rather than a NaN fare.
 */
const Decimal = z.string().regex(/^\d+(\.\d+)?$/, 'expected a decimal amount string');
const Code = z.string().regex(/^[A-Z0-9]{3}$/);

const Airport = z.object({ iata_code: Code, name: z.string(), time_zone: z.string().nullable().optional() });
const Carrier = z.object({ iata_code: z.string().nullable(), name: z.string() });

const Segment = z.object({
  origin: Airport,
  destination: Airport,
  departing_at: z.string(),
  arriving_at: z.string(),
  duration: z.string().nullable(),
  marketing_carrier: Carrier,
  marketing_carrier_flight_number: z.string(),
  aircraft: z.object({ name: z.string() }).nullable().optional(),
  passengers: z.array(z.object({ cabin_class: z.string() })).default([]),
});

export const DuffelOffer = z.object({
  id: z.string().min(1),
  created_at: z.string(),
  expires_at: z.string(),
  total_amount: Decimal,
  total_currency: z.string().length(3),
  slices: z
    .array(
      z.object({
        origin: z.object({ iata_code: Code }),
        destination: z.object({ iata_code: Code }),
        duration: z.string().nullable(),
        segments: z.array(Segment).min(1),
      }),
    )
    .min(1),
});
export type DuffelOffer = z.infer<typeof DuffelOffer>;

export const DuffelOfferRequest = z.object({ id: z.string(), offers: z.array(DuffelOffer) });

const Rate = z.object({
  id: z.string().min(1),
  total_amount: Decimal,
  total_currency: z.string().length(3),
  board_type: z.string().nullable().optional(),
  cancellation_timeline: z.array(z.unknown()).default([]),
});

const Accommodation = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  rating: z.number().nullable().optional(),
  review_score: z.number().nullable().optional(),
  location: z.object({
    address: z.object({ line_one: z.string(), city_name: z.string(), postal_code: z.string().optional() }),
    geographic_coordinates: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  }),
  rooms: z.array(z.object({ name: z.string(), rates: z.array(Rate) })).default([]),
});

export const DuffelStaysResult = z.object({
  id: z.string().min(1),
  check_in_date: z.string(),
  check_out_date: z.string(),
  accommodation: Accommodation,
  cheapest_rate_total_amount: Decimal,
  cheapest_rate_currency: z.string().length(3),
});
export type DuffelStaysResult = z.infer<typeof DuffelStaysResult>;

export const DuffelStaysSearch = z.object({ created_at: z.string(), results: z.array(DuffelStaysResult) });

/** ISO 8601 durations as Duffel sends them ("PT2H26M", "P1DT2H"), in whole minutes. */
export function durationMinutes(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!m) return null;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return minutes > 0 ? minutes : null;
}
