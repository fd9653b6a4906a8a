import type { Ruleset } from '../domain/trip-spec.schema.js';
import { legTimes } from './leg-times.js';
import type { Hop } from './planning.types.js';
import type { HopTransport } from './transport-options.js';

const MINUTES_PER_DAY = 24 * 60;

/**
 * Each hop's options without those landing on or after the day the trip leaves their city: an
 * overnight flight to a one-night stop lands the morning the next leg leaves (London 22:15 →
 * Dubai lands at 09:57 on day 3, when the flight on to Singapore left at 09:40), so the stop has
 * no night and the legs overlap. A hop left with none says why (the route is not possible as
 * split). The hops are solved independently, so this is where the next hop's day is known.
 * Under TravelPlanner's rules every leg is as listed, as before.
 */
export function landingBeforeNextHop(
  hops: readonly Hop[],
  transport: readonly HopTransport[],
  ruleset: Ruleset,
): HopTransport[] {
  if (ruleset === 'travelplanner') return [...transport];
  return transport.map((t, h) => {
    const hop = hops[h]!;
    const next = hops[h + 1];
    if (t.reason || !next || next.day <= hop.day) return t;
    const leaves = (next.day - hop.day) * MINUTES_PER_DAY;
    const options = t.options.filter((o) => legTimes(o.leg).arrival < leaves);
    if (options.length === t.options.length) return t;
    if (options.length > 0) return { ...t, options };
    return {
      options,
      reason:
        `every way from ${hop.from} to ${hop.to} on ${hop.date} (day ${hop.day}) lands on day ${next.day} ` +
        `or later, when the trip leaves ${hop.to}`,
    };
  });
}
