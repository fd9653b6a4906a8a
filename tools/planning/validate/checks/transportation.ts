import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { legLabel, modeNoun } from '../format.js';

/** Hard: no leg uses a mode the request excludes. */
export function checkTransportation({ draft }: CheckContext): CheckResult {
  const excluded = draft.spec.constraints.excludedModes;
  const problems = draft.legs
    .filter((leg) => excluded.includes(leg.mode))
    .map(
      (leg) =>
        `day ${leg.day}: the ${legLabel(leg)} uses ${modeNoun(leg.mode)}, which the request excludes; travel from ${leg.from} to ${leg.to} another way`,
    );
  return checkResult(problems);
}
