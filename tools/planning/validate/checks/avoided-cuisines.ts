import { avoidedCuisineOf } from '../../avoided-cuisines.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { quoted } from '../format.js';
import { mealsOf } from '../plan-view.js';

/** Hard: no meal at a kitchen whose main cuisine the party asked to avoid ("no Italian food"). */
export function checkAvoidedCuisines({ draft }: CheckContext): CheckResult {
  const avoided = draft.spec.constraints.avoidedCuisines;
  const problems = draft.days.flatMap(mealsOf).flatMap((visit) => {
    const cuisine = avoidedCuisineOf(visit.restaurant, avoided);
    if (cuisine === undefined) return [];
    return [
      `day ${visit.day.day}'s ${visit.meal} is at ${quoted(visit.restaurant.name)}, a ${visit.restaurant.cuisines[0]} kitchen, but the request avoids ${cuisine} food; choose another restaurant`,
    ];
  });
  return checkResult(problems);
}
