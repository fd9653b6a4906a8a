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
  stay: Pick<Stay, 'roomType' | 'rating'>,
  comfort: ComfortTier | null,
  ruleset: Ruleset = 'travelplanner',
): number {
  if (comfort === null) {
    const sharedBed = ruleset === 'standard' && stay.roomType === 'Shared room';
    return sharedBed ? stay.rating - TIER_POINTS : stay.rating;
  }
  if (comfort === 'cheapest') return 0;
  const reached = Math.min(TIER_RANK[stayTier(stay)], TIER_RANK[comfort]);
  return TIER_POINTS * reached + stay.rating;
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
