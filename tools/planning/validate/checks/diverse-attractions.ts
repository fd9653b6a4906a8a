import { entityKey } from '../../names.js';
import { type CheckContext, type CheckResult, checkResult } from '../check-result.js';
import { quoted } from '../format.js';

/** Commonsense 6: no sight (by name and city) is visited twice in the whole trip. */
export function checkDiverseAttractions({ draft }: CheckContext): CheckResult {
  const firstDay = new Map<string, number>();
  const problems: string[] = [];
  for (const day of draft.days) {
    for (const sight of day.sights) {
      const key = entityKey(sight.name, sight.city);
      const earlier = firstDay.get(key);
      if (earlier !== undefined) {
        const when = earlier === day.day ? 'earlier the same day' : `on day ${earlier}`;
        problems.push(
          `day ${day.day}: sight ${quoted(sight.name)} in ${sight.city} was already visited ${when}; pick a different sight`,
        );
      } else firstDay.set(key, day.day);
    }
  }
  return checkResult(problems);
}
