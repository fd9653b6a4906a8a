import type { NotHonoured, PlanDay } from '../domain/plan.schema.js';
import { matchesInterest } from './sight-interests.js';

/**
 * Wishes the plan could not honour, collected from every stage that makes a choice (route,
 * solver, itinerary, preference handling) and shown on the plan by compose. A stage that cannot
 * honour a wish either fails the trip naming it or reports it here, never drops it silently.
 */
export type NotHonouredList = readonly NotHonoured[];

/** One wish not honoured and why: `notHonoured('4 nights in Kyoto', 'no stay has a free room')`. */
export function notHonoured(wish: string, reason: string): NotHonoured {
  return { wish, reason };
}

/** Merges reports from several stages, keeping the first report of each wish (by its wording). */
export function mergeNotHonoured(...lists: readonly (NotHonouredList | undefined)[]): NotHonoured[] {
  const seen = new Map<string, NotHonoured>();
  for (const list of lists) {
    for (const item of list ?? []) {
      const key = item.wish.trim().toLowerCase();
      if (!seen.has(key)) seen.set(key, item);
    }
  }
  return [...seen.values()];
}

/**
 * Interests no planned sight matches ("museums" on a trip with none): the plan still has sights,
 * but the wish is named rather than quietly ignored.
 */
export function unmetInterests(
  interests: readonly string[],
  days: readonly Pick<PlanDay, 'sights'>[],
  cities: readonly string[],
): NotHonoured[] {
  const sights = days.flatMap((d) => d.sights);
  // A town that is a night on the way both out and back is named once.
  const places = [...new Set(cities)].join(', ');
  return interests
    .filter((i) => i.trim().length > 0)
    .filter((interest) => !sights.some((s) => matchesInterest(s, interest)))
    .map((interest) =>
      notHonoured(interest, `no sight matching "${interest}" could be planned in ${places}`),
    );
}
