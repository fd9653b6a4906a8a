import { servesDietaryNeeds } from '../../../domain/dietary.js';
import { entityKey, nameKey, sameName } from '../../names.js';
import { repeatAllowed, repeatUnavoidable, restaurantRepeatGap } from '../../restaurant-repeats.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { quoted } from '../format.js';
import { type MealVisit, mealsOf } from '../plan-view.js';

/**
 * Commonsense 5: under TravelPlanner's rules no restaurant (by name and city) is eaten at twice
 * in the whole trip; on ordinary trips a restaurant may come back only after the repeat gap, or
 * sooner (never the same day) when the city's kitchens that serve the party are fewer than its
 * meals there around the repeat.
 */
export function checkDiverseRestaurants({ draft, facts }: CheckContext): CheckResult {
  const gap = restaurantRepeatGap(draft.spec.ruleset);
  const meals = draft.days.flatMap(mealsOf);
  const usable = (city: string): number =>
    sameName(city, draft.spec.origin)
      ? 0
      : (facts.restaurants.get(nameKey(city)) ?? []).filter((r) =>
          servesDietaryNeeds(r, draft.spec.constraints.dietary),
        ).length;
  const forced = (visit: MealVisit, gapDays: number): boolean => {
    const { city } = visit.restaurant;
    const last = visit.day.day;
    const inWindow = meals.filter(
      (m) => sameName(m.restaurant.city, city) && m.day.day <= last && m.day.day >= last - gapDays,
    ).length;
    return repeatUnavoidable(inWindow, usable(city));
  };
  const visits = new Map<string, MealVisit[]>();
  const problems: string[] = [];
  for (const visit of meals) {
    const { day, meal, restaurant } = visit;
    const key = entityKey(restaurant.name, restaurant.city);
    const earlier = visits.get(key) ?? [];
    const clash = earlier.find(
      (e) =>
        !repeatAllowed(gap, e.day.day, day.day) &&
        (gap === null || e.day.day === day.day || !forced(visit, gap)),
    );
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
