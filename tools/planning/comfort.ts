import type { ComfortTier } from '../domain/common.schema.js';
import type { Stay } from '../domain/inventory.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';

/** The standard of a stay, from what every provider lists: room type and rating. */
export type StayTier = 'budget' | 'mid-range' | 'luxury';

/** A shared bed is budget whatever its rating; a private place rated this well is luxury. */
const LUXURY_RATING = 4.6;
const MID_RANGE_RATING = 3.8;

export function stayTier(stay: Pick<Stay, 'roomType' | 'rating'>): StayTier {
  if (stay.roomType === 'Shared room') return 'budget';
  if (stay.rating >= LUXURY_RATING) return 'luxury';
  return stay.rating >= MID_RANGE_RATING ? 'mid-range' : 'budget';
}

export const TIER_RANK: Readonly<Record<StayTier, number>> = { budget: 0, 'mid-range': 1, luxury: 2 };

/** The stay tier a comfort wish asks for; null for "cheapest" and for no wish. */
export function targetTier(comfort: ComfortTier | null): StayTier | null {
  return comfort === null || comfort === 'cheapest' ? null : comfort;
}

/** Points per tier step: more than the whole rating scale, so the wished tier outranks any rating. */
const TIER_POINTS = 5;

/**
 * What the stay solver maximises per night for a comfort wish. No wish: the rating; on ordinary
 * trips a shared bed ranks below every private place (nobody who did not ask for a dorm expects
 * one while a room is affordable), under TravelPlanner's rules the rating alone.
 * "cheapest": nothing, so the cheapest stays are kept. A tier: the tier reached, capped at the
 * wished one (a mid-range wish does not buy luxury), then the rating.
 */
export function stayScore(
  stay: Pick<Stay, 'roomType' | 'rating' | 'pricePerNight'>,
  comfort: ComfortTier | null,
  ruleset: Ruleset = 'travelplanner',
  luxuryFloor: number | null = null,
): number {
  if (comfort === null) {
    const sharedBed = ruleset === 'standard' && stay.roomType === 'Shared room';
    return sharedBed ? stay.rating - TIER_POINTS : stay.rating;
  }
  if (comfort === 'cheapest') return 0;
  const reached = Math.min(TIER_RANK[stayTier(stay)], TIER_RANK[comfort]);
  const grandeur =
    comfort === 'luxury' && stayTier(stay) === 'luxury'
      ? priceLevel(stay.pricePerNight, luxuryFloor) +
        (stay.roomType === 'Entire home/apt' ? WHOLE_PLACE_POINTS : 0)
      : 0;
  return TIER_POINTS * reached + stay.rating + grandeur;
}

/**
 * Points per doubling of the price over the city's plainest luxury stay, up to this many
 * doublings: every luxury-tier stay is rated 4.6–5, so the rating alone would settle a $25,000
 * luxury trip on a $202 flat; the price level is what separates a flat from a palatial suite.
 */
const PRICE_LEVEL_POINTS = 1;
/** A whole place outranks a dearer private room in someone's home (a $234 room is not grander than a $202 flat). */
const WHOLE_PLACE_POINTS = 1;
const MAX_DOUBLINGS = 3;

/** The price level over `floor` (the cheapest of its kind in the city): 0 at the floor, 1 at twice it. */
export function priceLevel(price: number, floor: number | null): number {
  if (floor === null || floor <= 0 || price <= floor) return 0;
  return PRICE_LEVEL_POINTS * Math.min(MAX_DOUBLINGS, Math.log2(price / floor));
}

/** The cheapest per-night price of the luxury-tier stays among `stays`; null when there are none. */
export function luxuryFloor(
  stays: readonly Pick<Stay, 'roomType' | 'rating' | 'pricePerNight'>[],
): number | null {
  const prices = stays.filter((s) => stayTier(s) === 'luxury').map((s) => s.pricePerNight);
  return prices.length > 0 ? Math.min(...prices) : null;
}

/** Whether a stay is out of place for the wish while others are available (luxury on a budget trip, a shared bed on a luxury one). */
export function unwantedForComfort(
  stay: Pick<Stay, 'roomType' | 'rating'>,
  comfort: ComfortTier | null,
): boolean {
  if (comfort === 'budget') return stayTier(stay) === 'luxury';
  if (comfort === 'mid-range' || comfort === 'luxury') return stay.roomType === 'Shared room';
  return false;
}
