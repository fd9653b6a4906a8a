import type { TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { legFares, minutesUnderway } from './leg-totals.js';
import { hourWorth } from './time-worth.js';

/** What the family choice needs of a solution: its legs and how it ranks. */
export interface RankedLegs {
  selection: { legs: readonly TransportLeg[] };
  quality: number;
}

/**
 * The solution to keep when the best-ranked one drives a party that never asked to drive, and
 * another way there saves more hours than its extra fare buys at what an hour of this trip is
 * worth to the party (time-worth.ts); otherwise the best-ranked one. Route quality weighs a
 * 9.7-hour drive at a fifth of a point and a flight home landing at 22:21 at nearly half, so a
 * luxury couple with $2,000 to spare drove Portland → San Francisco and back (19 hours at the
 * wheel on a four-day trip) rather than fly for $189 more each. The test is the one leg upgrades
 * make (money against hours), applied to the whole way of travelling: a family of five still
 * drives six hours rather than pay $2,400 to fly. `ranked` is best first; TravelPlanner's rules
 * keep their ranking.
 */
export function worthNotDriving<T extends RankedLegs>(spec: TripSpec, ranked: readonly T[]): T {
  const best = ranked[0]!;
  if (spec.ruleset === 'travelplanner' || spec.preferences.preferredModes.includes('self-driving'))
    return best;
  if (!best.selection.legs.some((leg) => leg.mode === 'self-driving')) return best;
  const hour = hourWorth(spec);
  const worth = (other: T): number => {
    const saved = (minutesUnderway(best.selection.legs) - minutesUnderway(other.selection.legs)) / 60;
    const extra = legFares(other.selection.legs) - legFares(best.selection.legs);
    return saved * hour - extra / spec.travellers;
  };
  const better = ranked
    .filter((s) => !s.selection.legs.some((leg) => leg.mode === 'self-driving'))
    .map((s) => ({ s, surplus: worth(s) }))
    .filter(({ surplus }) => surplus > 0)
    .sort((a, b) => b.s.quality - a.s.quality || b.surplus - a.surplus);
  return better[0]?.s ?? best;
}
