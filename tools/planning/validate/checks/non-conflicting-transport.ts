import type { TransportLeg } from '../../../domain/plan.schema.js';
import { formatClock, legTimes } from '../../leg-times.js';
import { sameName } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, listText } from '../format.js';
import { expectedDate } from '../plan-view.js';
import { flightKey } from '../world-facts.js';

function describeLegs(legs: readonly TransportLeg[]): string {
  return listText(legs.map((leg) => `day ${leg.day}: ${legLabel(leg)}`));
}

/** A car brought on the trip cannot be left behind for a flight or a taxi. */
const CONFLICTS_WITH_DRIVING: readonly { mode: 'flight' | 'taxi'; noun: string }[] = [
  { mode: 'flight', noun: 'flights' },
  { mode: 'taxi', noun: 'taxis' },
];

/**
 * Commonsense 7: never self-driving together with flights or taxis; day 1 must have transport.
 * On standard trips a drive beside trains is a hire car for a hop no train makes: a drive where
 * a train runs that day would leave the car behind (TravelPlanner lists no trains).
 */
export function checkNonConflictingTransport({ draft, facts }: CheckContext): CheckResult {
  const problems: string[] = [];
  const driving = draft.legs.filter((leg) => leg.mode === 'self-driving');
  if (driving.length > 0) {
    for (const { mode, noun } of CONFLICTS_WITH_DRIVING) {
      const others = draft.legs.filter((leg) => leg.mode === mode);
      if (others.length > 0) {
        problems.push(
          `the plan mixes self-driving (${describeLegs(driving)}) with ${noun} (${describeLegs(others)}); a trip that drives its own car cannot also use ${noun}, so change one side`,
        );
      }
    }
    const rail = draft.legs.filter((leg) => leg.mode === 'rail');
    const besideTrains = draft.spec.ruleset !== 'travelplanner' && rail.length > 0;
    const trainHops = besideTrains
      ? driving.filter(
          (leg) =>
            (facts.trains.get(flightKey(leg.from, leg.to, expectedDate(draft.spec, leg.day))) ?? []).length >
            0,
        )
      : [];
    if (trainHops.length > 0) {
      problems.push(
        `the plan takes trains (${describeLegs(rail)}) but drives ${describeLegs(trainHops)}, where a train runs that day; the car would be left where the train left from, so take the train or drive every hop`,
      );
    }
  }
  if (draft.spec.ruleset !== 'travelplanner') problems.push(...overlappingLegs(draft.legs));
  if (draft.days.length > 0 && !draft.legs.some((leg) => leg.day === 1)) {
    problems.push(`day 1 has no transport; the trip must start with a leg from ${draft.spec.origin}`);
  }
  return checkResult(problems);
}

/**
 * Legs that leave a city before the leg into it lands there (an overnight flight to Dubai landing
 * at 09:57 on the day the flight on left at 09:40); both times are on that city's clock. Standard
 * trips only: TravelPlanner's legs are dated, not timed against each other.
 */
function overlappingLegs(legs: readonly TransportLeg[]): string[] {
  const ordered = [...legs].sort((a, b) => a.day - b.day);
  return ordered.flatMap((leg, i) => {
    const next = ordered[i + 1];
    if (!next || !sameName(next.from, leg.to)) return [];
    const landing = legTimes(leg).arrival;
    const leaving = (next.day - leg.day) * 24 * 60 + legTimes(next).departure;
    if (leaving >= landing) return [];
    return [
      `day ${next.day}: ${legLabel(next)} leaves ${next.from} at ${formatClock(legTimes(next).departure)}, before day ${leg.day}'s ${legLabel(leg)} lands there (${formatClock(landing)}${landing >= 24 * 60 ? ` on day ${leg.day + Math.floor(landing / (24 * 60))}` : ''})`,
    ];
  });
}
