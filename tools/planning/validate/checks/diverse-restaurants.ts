import { entityKey } from '../../names.js';
import { repeatAllowed, restaurantRepeatGap } from '../../restaurant-repeats.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { quoted } from '../format.js';
import { type MealVisit, mealsOf } from '../plan-view.js';

/**
 * Commonsense 5: under TravelPlanner's rules no restaurant (by name and city) is eaten at twice
 * in the whole trip; on ordinary trips a restaurant may come back only after the repeat gap.
 */
export function checkDiverseRestaurants({ draft }: CheckContext): CheckResult {
  const gap = restaurantRepeatGap(draft.spec.ruleset);
  const visits = new Map<string, MealVisit[]>();
  const problems: string[] = [];
  for (const visit of draft.days.flatMap(mealsOf)) {
    const { day, meal, restaurant } = visit;
    const key = entityKey(restaurant.name, restaurant.city);
    const earlier = visits.get(key) ?? [];
    const clash = earlier.find((e) => !repeatAllowed(gap, e.day.day, day.day));
    if (clash) {
      const when =
        clash.day.day === day.day
          ? `for ${clash.meal} the same day`
          : `on day ${clash.day.day} (${clash.meal})`;
      const rule = gap === null ? '' : ` (a restaurant may come back only after ${gap} days)`;
      problems.push(
        `day ${day.day}: ${meal} at restaurant ${quoted(restaurant.name)} in ${restaurant.city} was already used ${when}${rule}; pick a different restaurant`,
      );
    }
    visits.set(key, [...earlier, visit]);
  }
  return checkResult(problems);
}
