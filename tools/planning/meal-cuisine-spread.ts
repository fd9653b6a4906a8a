import type { Restaurant } from '../domain/inventory.schema.js';
import { mealCost } from './cost.js';
import { cooks, cooksAsMain } from './meal-cuisine-families.js';
import { meantFor } from './meal-kinds.js';
import { keepsDinnerDearest } from './meal-order.js';
import type { MealPicks, MealPools } from './meal-plan.js';
import type { MealSlot } from './meal-slots.js';
import { nameKey } from './names.js';
import type { RestaurantLedger } from './restaurant-repeats.js';

/**
 * How many meals of a loved cuisine a stay gets: about one every three days, at least one ("we
 * love Mexican food" over a week in Denver is two or three Mexican meals, not one in the trip).
 */
export function lovedMealsWanted(days: number): number {
  return Math.max(1, Math.round(days / 3));
}

/**
 * The kitchens of a city that serve `cuisine` as a traveller who loves it means: those whose
 * first (main) cuisine it is or a kind of it (see meal-cuisine-families.ts), else, when the city
 * has none, those that list it at all (a burger bar that also lists Mexican is no taqueria, but
 * better than no Mexican food). Pool order kept.
 */
export function lovedKitchens(pool: readonly Restaurant[], cuisine: string): Restaurant[] {
  const main = pool.filter((r) => cooksAsMain(r, cuisine));
  return main.length > 0 ? main : pool.filter((r) => cooks(r, cuisine));
}

/** Slot → the loved cuisine (normalised) its meal is there for: upgrades keep it in that cuisine. */
export type LovedSlots = Map<number, string>;

export interface CuisineSpreadOptions {
  /** Slots no move may touch (the model's preferred restaurants). */
  pinned: ReadonlySet<number>;
  /** Puts `r` in `slot` if the money left, the ledger and the covered cuisines allow it. */
  place: (slot: number, r: Restaurant) => boolean;
  /** The money the meals may still spend. */
  left: () => number;
}

/** The spacing beyond which two meals of one cuisine no longer feel like a repeat. */
const FAR_APART_DAYS = 3;
const MEAL_WEIGHT = { breakfast: 0, lunch: 1, dinner: 2 } as const;

/**
 * Serves each loved cuisine (`pools.loved`) in every city of the trip that has a kitchen for it
 * (see `lovedKitchens`), `lovedMealsWanted` times per stay where the kitchens, the money and the
 * rules allow: in rounds, so every city gets its first such meal before any gets a second. Each
 * meal goes to a not yet used kitchen meant for it, on the day furthest from the city's other
 * meals of that cuisine, at the smallest extra cost. Returns the slots now serving a loved
 * cuisine. Standard trips only: TravelPlanner's cuisine rule is one meal per cuisine.
 */
export function spreadLovedCuisines(
  pools: MealPools,
  slots: readonly MealSlot[],
  picks: MealPicks,
  ledger: RestaurantLedger,
  options: CuisineSpreadOptions,
): LovedSlots {
  const loved: LovedSlots = new Map();
  if (pools.ruleset === 'travelplanner' || pools.loved.length === 0) return loved;
  const wants = cityWants(pools, slots);
  for (const want of wants) {
    slots.forEach((s, i) => {
      const r = picks[i];
      if (nameKey(s.city) === want.city && r && want.kitchens.has(nameKey(r.name)) && !loved.has(i))
        loved.set(i, want.cuisine);
    });
  }
  const rounds = Math.max(0, ...wants.map((w) => w.count));
  for (let round = 1; round <= rounds; round += 1) {
    for (const want of wants) {
      const served = [...loved].filter(
        ([i, c]) => c === want.cuisine && nameKey(slots[i]!.city) === want.city,
      );
      if (served.length >= Math.min(round, want.count)) continue;
      const slot = addLovedMeal(pools, slots, picks, ledger, options, loved, want, served);
      if (slot !== null) loved.set(slot, want.cuisine);
    }
  }
  return loved;
}

interface CityWant {
  city: string;
  cuisine: string;
  /** Names (normalised) of the city's kitchens for the cuisine. */
  kitchens: Map<string, Restaurant>;
  count: number;
}

/** Per city and loved cuisine, the kitchens and how many meals the stay wants there. */
function cityWants(pools: MealPools, slots: readonly MealSlot[]): CityWant[] {
  const days = new Map<string, Set<number>>();
  for (const s of slots) {
    const k = nameKey(s.city);
    days.set(k, (days.get(k) ?? new Set()).add(s.day));
  }
  return [...days].flatMap(([city, cityDays]) =>
    pools.loved.flatMap((cuisine) => {
      const kitchens = lovedKitchens(pools.byCity.get(city) ?? [], cuisine);
      if (kitchens.length === 0) return [];
      const count = Math.min(lovedMealsWanted(cityDays.size), kitchens.length);
      return [
        {
          city,
          cuisine: nameKey(cuisine),
          kitchens: new Map(kitchens.map((r) => [nameKey(r.name), r])),
          count,
        },
      ];
    }),
  );
}

interface Move {
  slot: number;
  r: Restaurant;
  spacing: number;
  delta: number;
  weight: number;
}

/** One more meal of `want`'s cuisine in its city; the slot it took, or null when none could. */
function addLovedMeal(
  pools: MealPools,
  slots: readonly MealSlot[],
  picks: MealPicks,
  ledger: RestaurantLedger,
  options: CuisineSpreadOptions,
  loved: LovedSlots,
  want: CityWant,
  served: readonly (readonly [number, string])[],
): number | null {
  const price = (r: Restaurant | null): number => (r ? mealCost(r, pools.travellers) : 0);
  const servedDays = served.map(([i]) => slots[i]!.day);
  const moves: Move[] = [];
  slots.forEach((s, slot) => {
    if (nameKey(s.city) !== want.city || loved.has(slot) || options.pinned.has(slot)) return;
    const spacing = Math.min(FAR_APART_DAYS, ...servedDays.map((d) => Math.abs(d - s.day)));
    for (const r of want.kitchens.values()) {
      if (!ledger.isUnused(r.name) || !meantFor(r, s.meal, pools.ruleset)) continue;
      if (!keepsDinnerDearest(slots, picks, slot, r, pools.ruleset)) continue;
      const delta = price(r) - price(picks[slot] ?? null);
      if (delta <= options.left() + 0.005)
        moves.push({ slot, r, spacing, delta, weight: MEAL_WEIGHT[s.meal] });
    }
  });
  // Far from the city's other such meals first, then at lunch or dinner (a taqueria that is also
  // a bakery makes a breakfast only when no other meal is free), then the cheapest, dinner first.
  const morning = (m: Move): number => Number(m.weight === MEAL_WEIGHT.breakfast);
  moves.sort(
    (a, b) =>
      b.spacing - a.spacing ||
      morning(a) - morning(b) ||
      a.delta - b.delta ||
      b.weight - a.weight ||
      a.slot - b.slot,
  );
  for (const move of moves) if (options.place(move.slot, move.r)) return move.slot;
  return null;
}
