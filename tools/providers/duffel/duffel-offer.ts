import { CabinClass, type FlightOffer, type FlightSegment } from '../sources/flights.source.js';
import { DUFFEL_ATTRIBUTION } from './duffel-attribution.js';
import { type DuffelOffer, durationMinutes } from './duffel-wire.js';

/** One Duffel offer in our terms: slices with their segments and the layovers between them. */
export function toFlightOffer(offer: DuffelOffer): FlightOffer {
  const slices = offer.slices.map((slice) => {
    const segments: FlightSegment[] = slice.segments.map((s) => ({
      flightNumber: `${s.marketing_carrier.iata_code ?? ''} ${s.marketing_carrier_flight_number}`.trim(),
      carrier: s.marketing_carrier.name,
      from: s.origin.iata_code,
      to: s.destination.iata_code,
      departingAt: localTime(s.departing_at),
      arrivingAt: localTime(s.arriving_at),
      departureZone: s.origin.time_zone ?? null,
      arrivalZone: s.destination.time_zone ?? null,
      durationMinutes: durationMinutes(s.duration),
      aircraft: s.aircraft?.name ?? null,
    }));
    // Both ends of a layover are local times at the same airport, so plain subtraction is right.
    const layovers = segments.slice(1).map((next, i) => ({
      airport: next.from,
      minutes: Math.max(0, minutesBetween(segments[i]?.arrivingAt ?? next.departingAt, next.departingAt)),
    }));
    return {
      from: slice.origin.iata_code,
      to: slice.destination.iata_code,
      durationMinutes: durationMinutes(slice.duration),
      segments,
      layovers,
    };
  });
  const cabin = CabinClass.safeParse(offer.slices[0]?.segments[0]?.passengers[0]?.cabin_class);
  return {
    offerId: offer.id,
    slices,
    total: { amount: Number(offer.total_amount), currency: offer.total_currency },
    cabin: cabin.success ? cabin.data : null,
    quotedAt: instant(offer.created_at),
    expiresAt: instant(offer.expires_at),
    bookingUrl: null,
    attribution: DUFFEL_ATTRIBUTION,
  };
}

/** Duffel's local times come without an offset; seconds are added when missing. */
function localTime(value: string): string {
  const trimmed = value.replace(/(Z|[+-]\d\d:\d\d)$/, '');
  return /T\d\d:\d\d$/.test(trimmed) ? `${trimmed}:00` : trimmed;
}

function instant(value: string): string {
  return new Date(value).toISOString();
}

function minutesBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}Z`) - Date.parse(`${a}Z`)) / 60_000);
}
