import { entityKey } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { quoted } from '../format.js';
import { type MealVisit, mealsOf } from '../plan-view.js';

/** Commonsense 5: no restaurant (by name and city) is eaten at twice in the whole trip. */
export function checkDiverseRestaurants({ draft }: CheckContext): CheckResult {
  const first = new Map<string, MealVisit>();
  const problems: string[] = [];
  for (const visit of draft.days.flatMap(mealsOf)) {
    const { day, meal, restaurant } = visit;
    const key = entityKey(restaurant.name, restaurant.city);
    const earlier = first.get(key);
    if (earlier) {
      const when =
        earlier.day.day === day.day
          ? `for ${earlier.meal} the same day`
          : `on day ${earlier.day.day} (${earlier.meal})`;
      problems.push(
        `day ${day.day}: ${meal} at restaurant ${quoted(restaurant.name)} in ${restaurant.city} was already used ${when}; pick a different restaurant`,
      );
    } else first.set(key, visit);
  }
  return checkResult(problems);
}
