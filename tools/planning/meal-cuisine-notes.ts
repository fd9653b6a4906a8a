import { servesDietaryNeeds } from '../domain/dietary.js';
import type { Restaurant } from '../domain/inventory.schema.js';
import type { PlanDay } from '../domain/plan.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { cooks, cooksAsMain } from './meal-cuisine-families.js';
import { isHome, MEAL_KINDS, type MealKind } from './meal-slots.js';
import { nameKey, sameName, sentence } from './names.js';
import { restateNotes } from './restated-notes.js';

interface LovedMeal {
  day: number;
  meal: MealKind;
  restaurant: Restaurant;
}

/**
 * Says, per city and asked-for cuisine, how the wish was met: on the first day such a meal is
 * planned there, which meals serve it ("Mexican food in Denver, as asked: today's lunch at
 * Taqueria Oak, day 5's dinner at Casa Rita"); on the city's first day, when none is, why (the
 * city has no such kitchen for the party, or none fitted the meals and the money left). The
 * cuisine check only asks for one meal in the trip: these notes tell the traveller the rest.
 * Not under TravelPlanner's rules, whose plans carry no notes of ours.
 */
export function noteLovedCuisines(
  spec: TripSpec,
  days: readonly PlanDay[],
  restaurants: Record<string, readonly Restaurant[]>,
): PlanDay[] {
  const cuisines = spec.constraints.cuisines;
  if (spec.ruleset === 'travelplanner' || cuisines.length === 0) return [...days];
  const added = new Map<number, string[]>();
  const add = (day: number, note: string): void => {
    added.set(day, [...(added.get(day) ?? []), note]);
  };
  // Each visited city with its first day there.
  const cities = new Map<string, PlanDay>();
  for (const d of days)
    if (!isHome(spec, d.city) && !cities.has(nameKey(d.city))) cities.set(nameKey(d.city), d);
  // A repair's kept days may carry the notes of the plan before: they are said again as they now stand.
  const stale: ((note: string) => boolean)[] = [];
  for (const cuisine of cuisines) {
    const meals = lovedMeals(days, cuisine);
    for (const first of cities.values()) {
      const city = first.city;
      stale.push((note) => isLovedNote(note, cuisine, city));
      const here = meals.filter((m) => sameName(m.restaurant.city, city));
      const elsewhere = [
        ...new Set(meals.filter((m) => !sameName(m.restaurant.city, city)).map((m) => m.restaurant.city)),
      ];
      if (here.length > 0) {
        // On the day of the first meal the note lists (see `servedNote`): "today's dinner at …".
        const lead = here.find((m) => cooksAsMain(m.restaurant, cuisine)) ?? here[0]!;
        add(lead.day, servedNote(cuisine, city, here));
        continue;
      }
      const kitchens = Object.values(restaurants)
        .flat()
        .filter(
          (r) =>
            sameName(r.city, city) && cooks(r, cuisine) && servesDietaryNeeds(r, spec.constraints.dietary),
        );
      add(first.day, missedNote(cuisine, city, kitchens.length, spec.constraints.dietary, elsewhere));
    }
  }
  return restateNotes(days, stale, added);
}

/** Whether `note` is one of ours about `cuisine` in `city` (see `servedNote`, `missedNote`). */
function isLovedNote(note: string, cuisine: string, city: string): boolean {
  return (
    note.startsWith(`${food(cuisine)} in ${city}, as asked: `) ||
    (note.startsWith(`No restaurant in ${city} `) && note.includes(` cooks ${food(cuisine)}`)) ||
    (note.startsWith(`No meal in ${city} is at its `) && note.includes(` ${cuisine} kitchen`))
  );
}

/** The trip's meals at a kitchen that cooks `cuisine`, in day order. */
function lovedMeals(days: readonly PlanDay[], cuisine: string): LovedMeal[] {
  return days.flatMap((d) =>
    MEAL_KINDS.flatMap((meal) => {
      const restaurant = d[meal];
      return restaurant && cooks(restaurant, cuisine) ? [{ day: d.day, meal, restaurant }] : [];
    }),
  );
}

/**
 * The meals at the cuisine's own kitchens, by day; those at kitchens that merely also cook it
 * are counted, or listed when they are all there is.
 */
function servedNote(cuisine: string, city: string, meals: readonly LovedMeal[]): string {
  const main = meals.filter((m) => cooksAsMain(m.restaurant, cuisine));
  const first = (main[0] ?? meals[0]!).day;
  const listed = (main.length > 0 ? main : meals).map(({ day, meal, restaurant }) => {
    const when = day === first ? `today's ${meal}` : `day ${day}'s ${meal}`;
    const kitchen = restaurant.cuisines[0] ?? cuisine;
    const kind = !cooksAsMain(restaurant, cuisine)
      ? ` (which also cooks ${cuisine})`
      : sameName(kitchen, cuisine)
        ? ''
        : ` (${kitchen})`;
    return `${when} at ${restaurant.name}${kind}`;
  });
  const others = main.length > 0 ? meals.length - main.length : 0;
  const more = others === 0 ? '' : `; ${others} more at kitchens that also cook it`;
  return sentence(`${food(cuisine)} in ${city}, as asked: ${listed.join(', ')}${more}`);
}

/** "Mexican food", but "Seafood" and "Street Food" as they are. */
function food(cuisine: string): string {
  return /food$/i.test(cuisine.trim()) ? cuisine : `${cuisine} food`;
}

function missedNote(
  cuisine: string,
  city: string,
  kitchens: number,
  dietary: readonly string[],
  elsewhere: readonly string[],
): string {
  const there = elsewhere.length > 0 ? `; ${cuisine} meals are planned in ${elsewhere.join(', ')}` : '';
  if (kitchens === 0) {
    const serving = dietary.length > 0 ? ` serving ${dietary.join(' and ')} meals` : '';
    return `No restaurant in ${city}${serving} cooks ${food(cuisine)}${there}.`;
  }
  return kitchens === 1
    ? `No meal in ${city} is at its one ${cuisine} kitchen: it did not fit the meals and the money left${there}.`
    : `No meal in ${city} is at its ${kitchens} ${cuisine} kitchens: none fitted the meals and the money left${there}.`;
}
