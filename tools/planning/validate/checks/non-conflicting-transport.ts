import type { TransportLeg } from '../../../domain/plan.schema.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, listText } from '../format.js';

function describeLegs(legs: readonly TransportLeg[]): string {
  return listText(legs.map((leg) => `day ${leg.day}: ${legLabel(leg)}`));
}

/** A car brought on the trip cannot be left behind for a flight or a taxi. */
const CONFLICTS_WITH_DRIVING: readonly { mode: 'flight' | 'taxi'; noun: string }[] = [
  { mode: 'flight', noun: 'flights' },
  { mode: 'taxi', noun: 'taxis' },
];

/** Commonsense 7: never self-driving together with flights or taxis; day 1 must have transport. */
export function checkNonConflictingTransport({ draft }: CheckContext): CheckResult {
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
  }
  if (draft.days.length > 0 && !draft.legs.some((leg) => leg.day === 1)) {
    problems.push(`day 1 has no transport; the trip must start with a leg from ${draft.spec.origin}`);
  }
  return checkResult(problems);
}
