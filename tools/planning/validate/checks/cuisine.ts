import { sameName } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { listText, quoted } from '../format.js';
import { mealsOf, visitedCities } from '../plan-view.js';

/** Hard: every requested cuisine is served by at least one meal taken outside the origin. */
export function checkCuisine({ draft }: CheckContext): CheckResult {
  const { origin, constraints } = draft.spec;
  const meals = draft.days.flatMap(mealsOf);
  const serves = (cuisine: string) => (visit: (typeof meals)[number]) =>
    visit.restaurant.cuisines.some((c) => sameName(c, cuisine));
  const away = listText(visitedCities(draft), 'or') || 'a destination city';
  const problems = constraints.cuisines.flatMap((cuisine) => {
    const serving = meals.filter(serves(cuisine));
    if (serving.some((visit) => !sameName(visit.restaurant.city, origin))) return [];
    const atHome = serving.map((v) => `day ${v.day.day}'s ${v.meal} at ${quoted(v.restaurant.name)}`);
    const note =
      atHome.length > 0 ? ` (only ${listText(atHome)} in ${origin}, the origin, which does not count)` : '';
    return [
      `no meal outside ${origin} serves ${cuisine} food${note}; have at least one meal at a restaurant serving ${cuisine} food in ${away}`,
    ];
  });
  return checkResult(problems);
}
