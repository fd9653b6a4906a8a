import { addDays, type IsoDate } from '../domain/common.schema.js';
import type { TransportLeg } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { sameName } from './names.js';
import type { Hop, RouteCandidate } from './planning.types.js';
import { hopsOf } from './route-candidates.js';

/** The fixed skeleton of one trip day, before meals and sights are chosen. */
export interface DayFrame {
  day: number;
  date: IsoDate;
  /** The city left in the morning on a travel day; null otherwise. */
  fromCity: string | null;
  /** Where the day is spent: the arrival city on a travel day. */
  city: string;
  hop: Hop | null;
  /** The leg travelled that day, when the selection has one for the hop. */
  leg: TransportLeg | null;
  /** The route city slept in tonight; null on the last day (and on a same-day return). */
  nightCity: string | null;
  /** On a same-day return (a day trip), the leg home that evening; the day is spent between. */
  returnLeg?: TransportLeg | null;
}

/**
 * Day-by-day frames of a route; legs are matched to hops by day and cities. `hops` are the
 * route's (`hopsOf`): the solver frames one route for every choice of legs, so it passes them.
 */
export function dayFrames(
  spec: TripSpec,
  route: RouteCandidate,
  legs: readonly TransportLeg[],
  hops: readonly Hop[] = hopsOf(spec, route),
): DayFrame[] {
  const frames: DayFrame[] = [];
  let current = spec.origin;
  for (let day = 1; day <= spec.days; day += 1) {
    const hop = hops.find((h) => h.day === day && !sameName(h.from, h.to)) ?? null;
    // Two hops on one day only happen on a same-day return; the outward one defines the day.
    const fromCity = hop ? hop.from : null;
    if (hop) current = hop.to;
    const leg = hop
      ? (legs.find((l) => l.day === day && sameName(l.from, hop.from) && sameName(l.to, hop.to)) ?? null)
      : null;
    const back = hop ? hops.find((h) => h !== hop && h.day === day && sameName(h.from, hop.to)) : undefined;
    const returnLeg = back
      ? (legs.find((l) => l.day === day && sameName(l.from, back.from) && sameName(l.to, back.to)) ?? null)
      : undefined;
    frames.push({
      day,
      date: addDays(spec.startDate, day - 1),
      fromCity,
      city: current,
      hop,
      leg,
      nightCity: day < spec.days && !sameName(current, spec.origin) ? current : null,
      ...(returnLeg === undefined ? {} : { returnLeg }),
    });
  }
  return frames;
}
