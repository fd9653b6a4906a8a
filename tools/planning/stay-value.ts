import type { TripSpec } from '../domain/trip-spec.schema.js';
import { PRIVACY } from './repair/comparable.js';
import type { StayChoice } from './stay-options.js';

/**
 * How far apart two ratings may be and still read the same to a traveller: a ★4.8 flat and a
 * ★4.9 one are the same choice on a booking site, whatever their prices.
 */
const SAME_RATING = 0.1 + 1e-9;

/**
 * The stays a traveller would book for their money: the best the budget buys (`picks`, from
 * `bestStays`), each traded for the cheapest stay of its city that scores within a tenth of a star
 * of it and as private (a room in someone's home is no trade for a whole flat). The knapsack
 * spends every spare dollar on rating, so Tokyo's ★4.9 suite at $433 a night beat the ★4.8 flat
 * at $270: $978 over six nights for a tenth of a star. Only on ordinary trips
 * without a tier wish: luxury buys grandeur on purpose (comfort.ts), "cheapest" already takes the
 * cheapest, and TravelPlanner's rules keep their own scoring.
 */
export function worthTheirPrice(
  spec: TripSpec,
  perCity: readonly (readonly StayChoice[])[],
  picks: readonly number[],
): number[] {
  const { comfort } = spec.preferences;
  if (spec.ruleset !== 'standard' || comfort === 'luxury' || comfort === 'cheapest') return [...picks];
  return picks.map((pick, city) => {
    const choices = perCity[city] ?? [];
    const chosen = choices[pick];
    if (!chosen) return pick;
    // Choices are cheapest first: the first one close enough is the cheapest such.
    const privacy = PRIVACY[chosen.booking.stay.roomType];
    const cheaper = choices.findIndex(
      (c) => c.rating >= chosen.rating - SAME_RATING && PRIVACY[c.booking.stay.roomType] >= privacy,
    );
    return cheaper >= 0 && cheaper < pick ? cheaper : pick;
  });
}
