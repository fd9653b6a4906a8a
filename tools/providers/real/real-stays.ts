import type { HouseRule } from '../../domain/common.schema.js';
import type { Stay } from '../../domain/inventory.schema.js';
import { daysBetween } from '../../domain/time-zone.js';
import { type FxRates, toQuoteCurrency } from '../fx/fx-rates.js';
import type { Money } from '../sources/source-common.schema.js';
import { isSourceError } from '../sources/source-error.js';
import type { StayOffer, StaySource } from '../sources/stays.source.js';
import type { StayQuery, StaysKind } from '../world/world-kinds.js';
import type { CityLocator, LocatedCity } from './city-locator.js';
import { assertIsoDate } from './query-checks.js';

export interface RealStaysOptions {
  source: StaySource;
  locator: CityLocator;
  fx: FxRates;
  /** Search radius around the city's point, km. Default 5. */
  radiusKm?: number;
}

/**
 * What a stay source does not say is filled so that nothing is promised that the source did not
 * promise (each default is listed in the Stay's `assumed`):
 * - house rules: unknown, so every rule counts as forbidden — a party with pets, smokers or young
 *   children is never sent to a hotel that may refuse them;
 * - room type: hotels sell rooms, so "Private room" (never "Entire home/apt");
 * - minimum nights: the nights searched — the rate is quoted for exactly that stay;
 * - occupancy: the guests searched per room (the rate covers them, no more);
 * - rating: 0 when the source has none, so an unrated hotel never passes for a luxury one.
 */
export const UNKNOWN_HOUSE_RULES: readonly HouseRule[] = [
  'smoking',
  'parties',
  'children under 10',
  'visitors',
  'pets',
];

/** Hotel rooms hold two as a rule: without `rooms` a party is searched as ⌈travellers / 2⌉ rooms. */
const GUESTS_PER_ROOM = 2;

/** Thrown for a stay search without its nights: a real source cannot price one. */
export class StayDatesRequiredError extends RangeError {
  override readonly name = 'StayDatesRequiredError';
}

/**
 * Stays from a StaySource around a city's point for the nights and party asked. Without check-in
 * and check-out there is no real search: the call fails with StayDatesRequiredError naming what
 * is missing (an empty list would read as "no rooms in this city", which is not what happened).
 */
export function createRealStays(options: RealStaysOptions): StaysKind {
  /** The city and the nights and party of a query, checked; no city when the table does not know it. */
  async function ask(query: StayQuery) {
    if (!query.checkIn || !query.checkOut)
      throw new StayDatesRequiredError(
        `${options.source.name}: stays in ${query.city} cannot be searched without checkIn and checkOut (a real source prices rooms for given nights)`,
      );
    assertIsoDate(query.checkIn, 'checkIn');
    assertIsoDate(query.checkOut, 'checkOut');
    const city = await options.locator.locate(query.city);
    const nights = daysBetween(query.checkIn, query.checkOut);
    if (nights < 1)
      throw new RangeError(`stays: checkOut ${query.checkOut} is not after checkIn ${query.checkIn}`);
    return { city, checkIn: query.checkIn, checkOut: query.checkOut, nights, ...partyOf(query) };
  }

  async function search(query: StayQuery, fresh = false): Promise<Stay[]> {
    const { city, checkIn, checkOut, nights, travellers, rooms } = await ask(query);
    if (!city) return [];
    const offers = await options.source.searchStays(
      {
        near: city.point,
        radiusKm: options.radiusKm,
        checkIn,
        checkOut,
        party: { adults: travellers },
        rooms,
      },
      { fresh },
    );
    const stays = await Promise.all(
      offers.map((offer) => offerToStay(offer, city, { travellers, rooms, nights }, options.fx)),
    );
    return uniqueByName(stays).sort((a, b) => a.pricePerNight - b.pricePerNight);
  }

  return {
    name: options.source.name,
    searchStays: (query) => search(query),

    async requoteStay(stay, query) {
      const { city, nights, travellers, rooms } = await ask(query);
      if (!city) return undefined;
      if (stay.offerId) {
        try {
          // Every rate of the offer is for its rooms and nights: the cheapest is what the search
          // quoted as the offer's price, so it is priced exactly as the search priced it.
          const rates = await options.source.rates(stay.offerId);
          const cheapest = await cheapestRate(
            rates.map((r) => r.total),
            options.fx,
          );
          if (cheapest) return { ...stay, ...stayPrice(cheapest, { travellers, rooms, nights }) };
        } catch (error) {
          if (!isSourceError(error) || error.code !== 'offer-expired') throw error;
        }
      }
      // The offer lapsed, has no rate left, or never was one: the same property in a fresh search
      // (past the cache: a search cached minutes ago may still hold the lapsed offer).
      return (await search(query, true)).find((s) => s.name === stay.name);
    },
  };
}

function partyOf(query: StayQuery): { travellers: number; rooms: number } {
  const travellers = query.travellers ?? 1;
  if (!Number.isInteger(travellers) || travellers < 1 || travellers > 9)
    throw new RangeError(`stays: a stay search takes 1–9 travellers, got ${travellers}`);
  const rooms = query.rooms ?? Math.ceil(travellers / GUESTS_PER_ROOM);
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > travellers)
    throw new RangeError(`stays: rooms must be 1–${travellers} for ${travellers} travellers, got ${rooms}`);
  return { travellers, rooms };
}

/**
 * The price per room per night is the quoted total over the rooms the planner will book for the
 * party (⌈travellers / occupancy⌉) and the nights, so the plan's stay cost is the quote exactly.
 */
export async function offerToStay(
  offer: StayOffer,
  city: LocatedCity,
  party: { travellers: number; rooms: number; nights: number },
  fx: FxRates,
): Promise<Stay> {
  const occupancy = Math.ceil(party.travellers / party.rooms);
  const assumed: NonNullable<Stay['assumed']> = ['roomType', 'forbids', 'minimumNights', 'maximumOccupancy'];
  if (offer.rating === null) assumed.push('rating');
  return {
    name: offer.name,
    city: city.info.name,
    roomType: 'Private room',
    forbids: [...UNKNOWN_HOUSE_RULES],
    minimumNights: party.nights,
    maximumOccupancy: occupancy,
    rating: offer.rating ?? 0,
    ...stayPrice(await toQuoteCurrency(offer.cheapest, fx), party),
    offerId: offer.offerId,
    ...(offer.bookingUrl ? { bookingUrl: offer.bookingUrl } : {}),
    assumed,
    source: offer.attribution.source,
  };
}

/** The per-room-per-night price of a whole stay's quote (see offerToStay), with the quote itself. */
function stayPrice(
  total: Awaited<ReturnType<typeof toQuoteCurrency>>,
  party: { travellers: number; rooms: number; nights: number },
): Pick<Stay, 'pricePerNight' | 'quoted'> {
  const occupancy = Math.ceil(party.travellers / party.rooms);
  const booked = Math.ceil(party.travellers / occupancy);
  return {
    pricePerNight: Math.round((total.amount / booked / party.nights) * 100) / 100,
    quoted: total.quoted,
  };
}

/** The cheapest of an offer's rates in the quote currency; undefined when it has none left. */
async function cheapestRate(totals: readonly Money[], fx: FxRates) {
  const converted = await Promise.all(totals.map((t) => toQuoteCurrency(t, fx)));
  return converted.reduce<(typeof converted)[number] | undefined>(
    (best, r) => (best === undefined || r.amount < best.amount ? r : best),
    undefined,
  );
}

/** Plans name stays by name: two properties of one name keep the cheaper (the offers come cheapest first). */
function uniqueByName(stays: Stay[]): Stay[] {
  const seen = new Map<string, Stay>();
  for (const stay of stays) {
    const kept = seen.get(stay.name);
    if (!kept || stay.pricePerNight < kept.pricePerNight) seen.set(stay.name, stay);
  }
  return [...seen.values()];
}
