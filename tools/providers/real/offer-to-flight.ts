import { greatCircleKm } from '../../domain/geo.js';
import type { Flight } from '../../domain/inventory.schema.js';
import { type FxRates, toQuoteCurrency } from '../fx/fx-rates.js';
import type { FlightOffer } from '../sources/flights.source.js';
import type { LocatedCity } from './city-locator.js';
import { readLocal } from './zoned-time.js';

/**
 * One offer's outbound slice as the planner's Flight: local times at each end with their zones
 * (the segment's zone, else the city's), the duration measured in UTC, the arrival's local date,
 * the connections and layovers, and the per-person fare converted to the quote currency with the
 * rate kept beside it. A multi-segment journey is numbered by its segments ("ZZ 1011/ZZ 1012"):
 * that is the identity requoting matches on.
 */
export async function offerToFlight(
  offer: FlightOffer,
  ends: { from: LocatedCity; to: LocatedCity; travellers: number },
  fx: FxRates,
): Promise<Flight | undefined> {
  const slice = offer.slices[0];
  const first = slice?.segments[0];
  const last = slice?.segments.at(-1);
  if (!slice || !first || !last) return undefined;

  const departureZone = first.departureZone ?? ends.from.info.timeZone ?? undefined;
  const arrivalZone = last.arrivalZone ?? ends.to.info.timeZone ?? undefined;
  const leaves = readLocal(first.departingAt, departureZone);
  const lands = readLocal(last.arrivingAt, arrivalZone);
  const measured =
    leaves.utcMs !== undefined && lands.utcMs !== undefined
      ? Math.round((lands.utcMs - leaves.utcMs) / 60_000)
      : (slice.durationMinutes ?? undefined);
  // A source whose times and zones disagree (arrival before departure) gives no flight we can place.
  if (measured === undefined || measured <= 0) return undefined;

  const { amount, quoted } = await toQuoteCurrency(
    { amount: offer.total.amount / ends.travellers, currency: offer.total.currency },
    fx,
  );
  const point = (city: LocatedCity, iata: string) => city.airports.find((a) => a.iata === iata) ?? city.point;
  const zoned = departureZone !== undefined && arrivalZone !== undefined;

  return {
    flightNumber: slice.segments.map((s) => s.flightNumber).join('/'),
    from: ends.from.info.name,
    to: ends.to.info.name,
    date: leaves.date,
    departureTime: leaves.clock,
    arrivalTime: lands.clock,
    durationMinutes: measured,
    distanceKm: Math.round(greatCircleKm(point(ends.from, first.from), point(ends.to, last.to))),
    price: amount,
    ...(zoned
      ? {
          departureZone,
          arrivalZone,
          departureAt: leaves.withOffset,
          arrivalAt: lands.withOffset,
        }
      : {}),
    arrivalDate: lands.date,
    stops: slice.segments.length - 1,
    offerId: offer.offerId,
    ...(offer.expiresAt ? { expiresAt: offer.expiresAt } : {}),
    ...(offer.bookingUrl ? { bookingUrl: offer.bookingUrl } : {}),
    segments: slice.segments.map((s) => ({
      flightNumber: s.flightNumber,
      from: s.from,
      to: s.to,
      departure: s.departingAt.slice(0, 16),
      arrival: s.arrivingAt.slice(0, 16),
      departureZone: s.departureZone,
      arrivalZone: s.arrivalZone,
    })),
    layovers: slice.layovers.map((l) => ({ airport: l.airport, minutes: l.minutes })),
    quoted,
    source: offer.attribution.source,
  };
}
