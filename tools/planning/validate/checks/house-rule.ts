import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, listText, quoted } from '../format.js';
import { staysInUse } from '../plan-view.js';

/** Hard: no stay used forbids something the travellers need (pets, smoking, children under 10, …). */
export function checkHouseRule({ draft, facts }: CheckContext): CheckResult {
  const needed = draft.spec.constraints.houseRules;
  const problems = staysInUse(draft, facts.stays).flatMap(({ stay, nights }) => {
    const clashes = needed.filter((rule) => stay.forbids.includes(rule));
    return clashes.length === 0
      ? []
      : [
          `${dayRange(nights)}: ${quoted(stay.name)} in ${stay.city} forbids ${listText(clashes)}, which the travellers need; choose a stay that allows ${listText(clashes)}`,
        ];
  });
  return checkResult(problems);
}
