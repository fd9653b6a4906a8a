import type { PlanDay } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { cooksLocally, localFoodOf } from './meal-local-kitchens.js';
import { MEAL_KINDS } from './meal-slots.js';
import { nameKey, sentence } from './names.js';
import { restateNotes } from './restated-notes.js';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Says once per city abroad, or at home but known for its food (`localFoodOf`), how much of its
 * own food the plan serves, on the day of the first such meal: "Italian food in Rome: 5 meals at
 * its own kitchens (Roman, Italian, Pizza), the first today's dinner at Cucina Elena." Nothing
 * in other cities at home, in a city without such meals, where an asked-for cuisine is the city's
 * own (the loved cuisine's note says it), or under TravelPlanner's rules. `countries`: as for
 * `mealPools`.
 */
export function noteLocalFood(
  spec: TripSpec,
  days: readonly PlanDay[],
  countries: Readonly<Record<string, string>>,
): PlanDay[] {
  const byKey = new Map(Object.entries(countries).map(([city, country]) => [nameKey(city), country]));
  const home = byKey.get(nameKey(spec.origin));
  const added = new Map<number, string[]>();
  const stale: ((note: string) => boolean)[] = [];
  const cities = [...new Map(days.map((d) => [nameKey(d.city), d.city])).values()];
  for (const city of cities) {
    const local = localFoodOf(city, byKey.get(nameKey(city)), spec.origin, home);
    if (spec.ruleset === 'travelplanner' || local === null) continue;
    const food = capitalised(local.name);
    stale.push((note) => note.startsWith(`${food} in ${city}: `) && note.includes(' at its own kitchen'));
    const kitchens = local.kitchens;
    if (spec.constraints.cuisines.some((c) => kitchens.has(nameKey(c)))) continue;
    const meals = days.flatMap((d) =>
      MEAL_KINDS.flatMap((meal) => {
        const r = d[meal];
        return r && nameKey(r.city) === nameKey(city) && cooksLocally(r, kitchens)
          ? [{ day: d.day, meal, r }]
          : [];
      }),
    );
    const first = meals[0];
    if (!first) continue;
    const kinds = [...new Set(meals.map((m) => m.r.cuisines[0]!))];
    const count = meals.length === 1 ? '1 meal' : `${meals.length} meals`;
    const rest = meals.length === 1 ? 'today' : 'the first today';
    added.set(first.day, [
      ...(added.get(first.day) ?? []),
      sentence(
        `${food} in ${city}: ${count} at its own kitchen${meals.length === 1 ? '' : 's'} (${kinds.join(', ')}), ${rest}'s ${first.meal} at ${first.r.name}`,
      ),
    ]);
  }
  return restateNotes(days, stale, added);
}
