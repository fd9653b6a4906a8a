import type { RoomType } from '../../domain/common.schema.js';
import type { Flight, GroundRoute, Stay, Train } from '../../domain/inventory.schema.js';
import type { TransportLeg } from '../../domain/plan.schema.js';
import { clockMinutes, legTimes, timetable } from '../leg-times.js';

/**
 * How close a replacement is to what broke. A repair offers the solver the closest level first
 * and only moves to a further one when nothing at the closer levels fits the budget and the
 * rules, so a sold-out cottage is replaced by a cottage-like stay, not by the cheapest bed.
 */

/** Ratings this close count as "the same": listings move by a tenth or two between checks. */
export const SAME_RATING_TOLERANCE = 0.3;
/** A flight leaving and landing within this many minutes of the old one keeps the day's shape. */
export const SIMILAR_TIME_MINUTES = 120;

/** More is more privacy: a shared room is the one step down a repair must say out loud. */
export const PRIVACY: Readonly<Record<RoomType, number>> = {
  'Shared room': 0,
  'Private room': 1,
  'Entire home/apt': 2,
};

/**
 * Levels of a replacement stay, closest first. Levels up to `COMPARABLE_STAY_LEVEL` keep the
 * plan's standard; the rest are downgrades the diff's sentence names.
 */
export const STAY_LEVELS = 6;
export const COMPARABLE_STAY_LEVEL = 1;

/**
 * 0 same room type, same or better rating · 1 more private, same or better rating ·
 * 2 same type, lower rating · 3 more private, lower rating · 4 less private but not shared ·
 * 5 a shared room instead of a private or entire one.
 */
export function stayLevel(before: Stay, candidate: Stay): number {
  const privacy = PRIVACY[candidate.roomType] - PRIVACY[before.roomType];
  const ratingKept = candidate.rating >= before.rating - SAME_RATING_TOLERANCE;
  if (privacy < 0) return candidate.roomType === 'Shared room' ? 5 : 4;
  if (privacy === 0) return ratingKept ? 0 : 2;
  return ratingKept ? 1 : 3;
}

/** What a stay replacement at a downgrade level gave up, for the diff's sentence; null when none. */
export function stayDowngrade(before: Stay, after: Stay): string | null {
  const level = stayLevel(before, after);
  if (level <= COMPARABLE_STAY_LEVEL) return null;
  const where = `in ${before.city}`;
  if (level === 5) return `no comparable stay was left ${where}; moved to a shared room`;
  if (level === 4) return `no comparable stay was left ${where}; moved to a ${after.roomType.toLowerCase()}`;
  return `no comparable stay was left ${where}; moved to a lower-rated stay (${after.rating} stars, was ${before.rating})`;
}

/** A transport option of a hop as the flights agent found it. */
export type TransportCandidate =
  | { mode: 'flight'; flight: Flight }
  | { mode: 'rail'; train: Train }
  | { mode: GroundRoute['mode']; route: GroundRoute };

/** Levels of a replacement leg: 0 same mode at similar times · 1 same mode · 2 another mode. */
export const LEG_LEVELS = 3;
export const COMPARABLE_LEG_LEVEL = 0;

function candidateTimetable(c: TransportCandidate): Flight | Train | null {
  if (c.mode === 'flight') return c.flight;
  if (c.mode === 'rail') return c.train;
  return null;
}

export function legLevel(before: TransportLeg, candidate: TransportCandidate): number {
  if (candidate.mode !== before.mode) return 2;
  const record = candidateTimetable(candidate);
  // Road legs have no timetable: the same mode is the same journey.
  if (!record || !timetable(before)) return 0;
  const { departure, arrival } = legTimes(before);
  const leaves = clockMinutes(record.departureTime);
  let lands = clockMinutes(record.arrivalTime);
  if (lands < leaves) lands += 24 * 60;
  const similar =
    Math.abs(leaves - departure) <= SIMILAR_TIME_MINUTES && Math.abs(lands - arrival) <= SIMILAR_TIME_MINUTES;
  return similar ? 0 : 1;
}

function modeWord(mode: TransportLeg['mode']): string {
  return mode === 'rail' ? 'train' : mode;
}

/** A leg as the candidate it was chosen from. */
export function asCandidate(leg: TransportLeg): TransportCandidate {
  if (leg.mode === 'flight') return { mode: 'flight', flight: leg.flight };
  if (leg.mode === 'rail') return { mode: 'rail', train: leg.train };
  return { mode: leg.mode, route: leg.route };
}

/** What a leg replacement gave up (another mode, other times), for the diff's sentence; null when none. */
export function legDowngrade(before: TransportLeg, after: TransportLeg): string | null {
  const hop = `${before.from} → ${before.to}`;
  if (after.mode !== before.mode) {
    return `no comparable ${modeWord(before.mode)} was left for ${hop}; travelling by ${modeWord(after.mode)}`;
  }
  const was = timetable(before);
  const now = timetable(after);
  if (!was || !now || legLevel(before, asCandidate(after)) <= COMPARABLE_LEG_LEVEL) return null;
  return `no ${modeWord(before.mode)} at a similar time was left for ${hop}; the new one leaves ${now.departureTime} (was ${was.departureTime})`;
}
