import { servesDietaryNeeds } from '../domain/dietary.js';
import type { Restaurant } from '../domain/inventory.schema.js';
import type { PlanDay } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { servesBreakfast } from './meal-kinds.js';
import { MEAL_KINDS } from './meal-slots.js';
import { nameKey, sameName } from './names.js';

/**
 * The note on the first day a city's meals go back to a restaurant already eaten at: how many
 * kitchens the city lists for the party (those serving its diet) against the meals planned
 * there, so a repeat reads as the city's limit and not as the planner's oversight.
 */
export function repeatNote(city: string, usable: number, meals: number, dietary: readonly string[]): string {
  const serving = dietary.length > 0 ? ` serving ${dietary.join(' and ')} meals` : '';
  return `From today some meals return to earlier restaurants: ${city} lists ${usable} restaurant${usable === 1 ? '' : 's'}${serving} for the ${meals} meals planned there.`;
}

/**
 * The note when every meal that comes back in a city is a breakfast: the city has kitchens
 * enough for its meals but fewer breakfast places than mornings, and travellers return to their
 * café ("Prague lists 30 restaurants for the 15 meals planned there" read as nonsense).
 */
export function breakfastRepeatNote(
  city: string,
  usable: number,
  breakfasts: number,
  dietary: readonly string[],
): string {
  const serving = dietary.length > 0 ? ` serving ${dietary.join(' and ')} meals` : '';
  const places = `${usable} breakfast place${usable === 1 ? '' : 's'}${serving}`;
  // As many places as mornings: some also make the city's lunches, so "5 for 5" would not explain it.
  return usable < breakfasts
    ? `From today some breakfasts return to earlier cafés: ${city} lists ${places} for the ${breakfasts} breakfasts planned there.`
    : `From today some breakfasts return to earlier cafés (${city} lists ${places}).`;
}

/** Notes, per city, the first day a restaurant comes back (never under TravelPlanner's rules, which forbid it). */
export function noteRestaurantRepeats(
  spec: Pick<TripSpec, 'ruleset' | 'constraints' | 'origin'>,
  days: readonly PlanDay[],
  restaurants: Record<string, readonly Restaurant[]>,
): PlanDay[] {
  if (spec.ruleset === 'travelplanner') return [...days];
  const seen = new Set<string>();
  const noted = new Set<string>();
  const firstRepeat = new Map<number, string[]>();
  // Cities where some meal other than a breakfast comes back.
  const notOnlyBreakfasts = new Set<string>();
  for (const day of days) {
    for (const kind of MEAL_KINDS) {
      const meal = day[kind];
      if (!meal) continue;
      const key = `${nameKey(meal.city)}\u0000${nameKey(meal.name)}`;
      if (seen.has(key) && kind !== 'breakfast') notOnlyBreakfasts.add(nameKey(meal.city));
      if (seen.has(key) && !noted.has(nameKey(meal.city))) {
        noted.add(nameKey(meal.city));
        firstRepeat.set(day.day, [...(firstRepeat.get(day.day) ?? []), meal.city]);
      }
      seen.add(key);
    }
  }
  if (firstRepeat.size === 0) return [...days];
  const dietary = spec.constraints.dietary;
  const mealsIn = (city: string): number =>
    days.reduce((n, d) => n + MEAL_KINDS.filter((k) => d[k] && sameName(d[k].city, city)).length, 0);
  const breakfastsIn = (city: string): number =>
    days.filter((d) => d.breakfast && sameName(d.breakfast.city, city)).length;
  const usableIn = (city: string, breakfastOnly = false): number => {
    const names = new Set(
      Object.values(restaurants)
        .flat()
        .filter(
          (r) =>
            sameName(r.city, city) &&
            servesDietaryNeeds(r, dietary) &&
            (!breakfastOnly || servesBreakfast(r)),
        )
        .map((r) => nameKey(r.name)),
    );
    return names.size;
  };
  const noteFor = (city: string): string =>
    notOnlyBreakfasts.has(nameKey(city))
      ? repeatNote(city, usableIn(city), mealsIn(city), dietary)
      : breakfastRepeatNote(city, usableIn(city, true), breakfastsIn(city), dietary);
  return days.map((day) => {
    const cities = firstRepeat.get(day.day);
    if (!cities) return day;
    const notes = cities.map(noteFor).filter((n) => !day.notes.includes(n));
    return notes.length === 0 ? day : { ...day, notes: [...day.notes, ...notes] };
  });
}
