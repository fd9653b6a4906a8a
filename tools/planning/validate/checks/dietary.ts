import { servesDietaryNeeds } from '../../../domain/dietary.js';
import { nameKey } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { listText, quoted } from '../format.js';
import { findByName, mealsOf } from '../plan-view.js';

/**
 * Hard: every meal of a party with dietary needs is at a restaurant serving all of them. The
 * world's record decides (a plan cannot tag a steakhouse vegetarian by editing its copy).
 */
export function checkDietary({ draft, facts }: CheckContext): CheckResult {
  const needs = draft.spec.constraints.dietary;
  if (needs.length === 0) return checkResult([]);
  const problems = draft.days.flatMap(mealsOf).flatMap(({ day, meal, restaurant }) => {
    const listed =
      findByName(facts.restaurants.get(nameKey(restaurant.city)), restaurant.name)[0] ?? restaurant;
    if (servesDietaryNeeds(listed, needs)) return [];
    const serves = listed.dietary.length > 0 ? ` (it serves ${listText(listed.dietary)})` : '';
    return [
      `day ${day.day}: ${meal} at ${quoted(restaurant.name)} in ${restaurant.city} does not serve ${listText(needs)} food${serves}; the party needs every meal to; choose a restaurant that serves it`,
    ];
  });
  return checkResult(problems);
}
