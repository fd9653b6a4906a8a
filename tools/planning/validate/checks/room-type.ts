import { RoomType, type RoomTypeRequirement, roomTypeSatisfies } from '../../../domain/common.schema.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { dayRange, listText, quoted } from '../format.js';
import { staysInUse } from '../plan-view.js';

function acceptable(requirement: RoomTypeRequirement): string {
  return listText(
    RoomType.options.filter((type) => roomTypeSatisfies(type, requirement)),
    'or',
  );
}

/** Hard: every stay used has the room type the request asks for. */
export function checkRoomType({ draft, facts }: CheckContext): CheckResult {
  const requirement = draft.spec.constraints.roomType;
  if (requirement === null) return checkResult([]);
  const problems = staysInUse(draft, facts.stays)
    .filter(({ stay }) => !roomTypeSatisfies(stay.roomType, requirement))
    .map(
      ({ stay, nights }) =>
        `${dayRange(nights)}: ${quoted(stay.name)} in ${stay.city} is a ${stay.roomType}, but the request asks for ${quoted(requirement)}; choose a stay whose room type is ${acceptable(requirement)}`,
    );
  return checkResult(problems);
}
