import type { ComfortTier } from '../domain/common.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';

/**
 * What the time a taxi or a car saves over the train is worth to the party, against its price.
 *
 * From the door, a road leg skips the walk to the station (door-to-door.ts), so on a short hop it
 * is always the quicker one. People still take the train between two cities joined by frequent
 * trains (Kyoto → Osaka, 55 km): the half hour saved is not worth what the ride costs each of
 * them beyond a ticket. They take the taxi when it costs about what the tickets do (a party that
 * fills it), when they travel for comfort, or when no train runs. So a road leg's fare beyond the
 * cheapest ticket, per traveller, is turned into the time it would buy at what an hour of this
 * trip is worth to one of them, and counted as time underway when legs are scored.
 */

/** Hours of a trip day its money is spent over: the day awake, not all 24 hours. */
const WAKING_HOURS = 16;

/**
 * A traveller's hour when the request states no budget: about what transport appraisals value a
 * leisure traveller's hour at (the US DOT's guidance is just under $20 an hour).
 */
const UNBUDGETED_HOUR = 20;

/**
 * An hour saved against the trip's money per hour, by comfort wish: a budget traveller would
 * rather keep the money, a luxury traveller pays for the door-to-door ride (and the comfort of
 * it) several times over. "cheapest" legs are never scored for convenience (transport-options.ts);
 * it is listed with budget for completeness.
 */
const COMFORT_FACTOR: Readonly<Record<ComfortTier, number>> = {
  cheapest: 0.5,
  budget: 0.5,
  'mid-range': 1,
  luxury: 4,
};

type TimeWorthSpec = Pick<TripSpec, 'budget' | 'travellers' | 'days' | 'preferences' | 'ruleset'>;

/**
 * What one hour saved is worth to one traveller, in the budget's money: the trip's money per
 * person per waking hour (so a $14,000 three-week trip for two values an hour at about $21),
 * weighed by the comfort wish; no wish counts as mid-range.
 */
export function hourWorth(spec: TimeWorthSpec): number {
  const perHour =
    spec.budget === null ? UNBUDGETED_HOUR : spec.budget.amount / spec.travellers / spec.days / WAKING_HOURS;
  return perHour * COMFORT_FACTOR[spec.preferences.comfort ?? 'mid-range'];
}

/**
 * Minutes a road leg of `roadCost` (the party's whole fare) counts beyond its own time: its fare
 * per traveller over the cheapest train ticket of the hop, at the party's hour. Zero where no
 * train is allowed (`cheapestTrainFare` null: the taxi or car is the way there) and where the road
 * costs each traveller no more than a ticket (a party of four filling a taxi, the party's own
 * car). Under TravelPlanner's rules legs are scored as that benchmark always scored them.
 */
export function roadFareMinutes(
  spec: TimeWorthSpec,
  roadCost: number,
  cheapestTrainFare: number | null,
): number {
  if (spec.ruleset === 'travelplanner' || cheapestTrainFare === null) return 0;
  const extraPerTraveller = roadCost / spec.travellers - cheapestTrainFare;
  return extraPerTraveller <= 0 ? 0 : (extraPerTraveller / hourWorth(spec)) * 60;
}

/**
 * Hours underway one point of leg convenience stands for: its time term weighs twelve hours door
 * to door at a quarter of a point (transport-options.ts), so an hour is 1/48 of a point.
 */
export const HOURS_PER_CONVENIENCE_POINT = 48;

/**
 * Hours of the trip one more meal or sight on a travel day stands for: a later flight home leaves
 * the morning's breakfast and a sight in the city rather than in a departure lounge.
 */
export const HOURS_PER_OPENED_FIELD = 1.5;

/**
 * TravelPlanner's upgrade rule: any convenience gain is worth any fare, a leg without one is not
 * bought (whatever travel-day fields it opens), and none may lose a field.
 */
export function convenienceOnly(_extra: number, gain: number, opened: number): number {
  if (opened < 0 || gain <= 1e-9) return Number.NEGATIVE_INFINITY;
  return Number.POSITIVE_INFINITY;
}

/**
 * Whether a leg's gain is worth its extra fare to this party: the gain in convenience and the
 * travel-day meals and sights it opens, as hours at what an hour of the trip is worth to each
 * traveller, against the extra fare each pays. A plan with money to spare paid $163 more for a
 * 06:55 flight to London whose only gain over the 08:30 one was 8 minutes less in the air. Under
 * TravelPlanner's rules any gain is bought, as before.
 */
export function upgradeWorth(spec: TimeWorthSpec): (extra: number, gain: number, opened: number) => boolean {
  const surplus = upgradeSurplus(spec);
  return (extra, gain, opened) => surplus(extra, gain, opened) >= -0.005;
}

/**
 * What a leg's gain is worth to each traveller beyond the extra fare each pays (money; below zero,
 * not worth it): how upgrades choose between dearer legs, so a nearly as good train at $58 less
 * beats a flight whose gain just pays for itself. A leg opening fewer travel-day meals and sights
 * (`opened` below zero) pays for each at the same hours, and may lose at most `spareFields` of
 * them (what the plan holds beyond its completeness floor): a family of four kept a 06:40 flight
 * out of Houston (up at half past four) for the breakfast it opened in Denver, though the 09:40
 * was worth its $40 a head with $1,300 unspent. Under TravelPlanner's rules every gain is worth
 * the same, without end, so the most convenient leg is bought as before, never opening fewer,
 * and a leg no more convenient is not bought for what it opens (`convenienceOnly`).
 */
export function upgradeSurplus(
  spec: TimeWorthSpec,
  spareFields = 0,
): (extra: number, gain: number, opened: number) => number {
  if (spec.ruleset === 'travelplanner') return convenienceOnly;
  const hour = hourWorth(spec);
  // "cheapest" buys no leg for the hours it opens (its legs score alike but for a wished mode).
  const floor = spec.preferences.comfort === 'cheapest' ? 1e-9 : Number.NEGATIVE_INFINITY;
  return (extra, gain, opened) =>
    opened < -spareFields || gain <= floor
      ? Number.NEGATIVE_INFINITY
      : (gain * HOURS_PER_CONVENIENCE_POINT + opened * HOURS_PER_OPENED_FIELD) * hour -
        extra / spec.travellers;
}
