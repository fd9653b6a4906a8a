import { flightTimeBreaches } from '../../flight-times.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, listText } from '../format.js';
import { expectedDate } from '../plan-view.js';
import { flightKey } from '../world-facts.js';

/**
 * Hard: every flight honours the flight-time wishes (earliest departure, latest arrival, no
 * red-eyes, most stops) whenever the data lists a flight on that hop and day that does. A hop
 * whose every flight breaks the wish is not a failure of the plan: the wish cannot be honoured
 * there, and the plan lists it as not honoured instead of dropping flights altogether.
 */
export function checkFlightTimes({ draft, facts }: CheckContext): CheckResult {
  const times = draft.spec.constraints.flightTimes;
  const problems = draft.legs.flatMap((leg) => {
    if (leg.mode !== 'flight') return [];
    const breaches = flightTimeBreaches(leg.flight, times);
    if (breaches.length === 0) return [];
    const date = expectedDate(draft.spec, leg.day);
    const fitting = (facts.flights.get(flightKey(leg.from, leg.to, date)) ?? []).filter(
      (f) => flightTimeBreaches(f, times).length === 0,
    );
    if (fitting.length === 0) return [];
    const instead = listText(
      fitting.slice(0, 3).map((f) => `${f.flightNumber} (${f.departureTime} → ${f.arrivalTime})`),
      'or',
    );
    return [
      `day ${leg.day}: the ${legLabel(leg)} ${listText(breaches)}, against the party's flight-time wishes; take ${instead} instead`,
    ];
  });
  return checkResult(problems);
}
