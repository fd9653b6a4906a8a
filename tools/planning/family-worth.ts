import type { TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { legFares, minutesUnderway } from './leg-totals.js';

/** What the choice between ways of travelling needs of a solution. */
export interface WeighedWay {
  quality: number;
  selection: { legs: readonly TransportLeg[] };
}

/** Door to door, a way saving less than this per leg saves nothing a traveller would pay for. */
const NOTHING_SAVED_MINUTES = 20;

/**
 * `ranked` (best quality first) with each dearer way of travelling that saves no time door to
 * door moved behind the cheaper way: four people flew Houston → San Antonio and back, $612 more
 * than driving, for legs of about the same four hours hotel to hotel (an hour in the air, three
 * at airports), because quality weighs a kinder hour and not money. Where the dearer way does
 * save hours, the ranking stands (what hours are worth on a trip is the quality's and the leg
 * upgrades' business, time-worth.ts), and so it does for a party that said how it travels.
 * TravelPlanner's rules keep their ranking.
 */
export function worthTheirFares<T extends WeighedWay>(spec: TripSpec, ranked: readonly T[]): T[] {
  // A party that said how it travels ("by train", "we're driving") has the ranking's bonus for it.
  const told = spec.preferences.preferredModes.length > 0;
  if (spec.ruleset === 'travelplanner' || told || ranked.length < 2) return [...ranked];
  const order = [...ranked];
  // Each move puts a strictly cheaper way at position i, so the loop ends.
  for (let i = 0; i < order.length - 1; ) {
    const top = order[i]!;
    const cheaper = order
      .slice(i + 1)
      .filter((o) => fares(o) < fares(top) && savesNothing(top, o))
      .sort((a, b) => b.quality - a.quality)[0];
    if (!cheaper) {
      i += 1;
      continue;
    }
    // The cheaper way goes first (and is weighed in turn); the dearer one stays behind it.
    order.splice(order.indexOf(cheaper), 1);
    order.splice(i, 0, cheaper);
  }
  return order;
}

function savesNothing(dearer: WeighedWay, cheaper: WeighedWay): boolean {
  const legs = Math.max(1, dearer.selection.legs.length);
  return minutes(cheaper) - minutes(dearer) < NOTHING_SAVED_MINUTES * legs;
}

function minutes(way: WeighedWay): number {
  return minutesUnderway(way.selection.legs);
}

function fares(way: WeighedWay): number {
  return legFares(way.selection.legs);
}
