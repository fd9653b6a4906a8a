import type { TripSpec } from '../domain/trip-spec.schema.js';
import { DAY_TRIP_ARRIVE_BY, DAY_TRIP_LEAVE_FROM, isDayTripReturn } from './day-trip.js';
import { formatClock, legTimes } from './leg-times.js';
import type { Hop } from './planning.types.js';
import type { HopTransport } from './transport-options.js';

const MINUTES_PER_DAY = 24 * 60;

/**
 * A day trip's legs that fit its split (see above): the way out landing by 12:30, the way back
 * leaving from 17:30 and home the same day. A hop left with none says why.
 */
export function dayTripTransport(spec: TripSpec, hop: Hop, transport: HopTransport): HopTransport {
  if (transport.reason) return transport;
  const back = isDayTripReturn(spec, hop);
  const options = transport.options.filter((o) => {
    const { departure, arrival } = legTimes(o.leg);
    return back
      ? departure >= DAY_TRIP_LEAVE_FROM && arrival < MINUTES_PER_DAY
      : arrival <= DAY_TRIP_ARRIVE_BY;
  });
  if (options.length > 0) return { options, reason: null };
  const wanted = back
    ? `leaves ${hop.from} from ${formatClock(DAY_TRIP_LEAVE_FROM)} and gets home the same day`
    : `reaches ${hop.to} by ${formatClock(DAY_TRIP_ARRIVE_BY)}`;
  return {
    options,
    reason: `no way ${hop.from} to ${hop.to} on ${hop.date} fits a day trip: none ${wanted}, which leaves 5 hours there`,
  };
}
