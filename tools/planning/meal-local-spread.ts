import type { Restaurant } from '../domain/inventory.schema.js';
import { mealCost } from './cost.js';
import type { CuisineSpreadOptions, LovedSlots } from './meal-cuisine-spread.js';
import { meantFor } from './meal-kinds.js';
import { cooksLocally } from './meal-local-kitchens.js';
import { keepsDinnerDearest } from './meal-order.js';
import type { MealPicks, MealPools } from './meal-plan.js';
import type { MealSlot } from './meal-slots.js';
import { nameKey } from './names.js';
import type { RestaurantLedger } from './restaurant-repeats.js';

/** Slots whose meal is at a kitchen of the city's own food: upgrades keep them there. */
export type LocalSlots = Set<number>;

const MEAL_WEIGHT = { breakfast: 0, lunch: 1, dinner: 2 } as const;

/**
 * Serves the food of each city abroad for the party (`pools.local`) about once a day: each day in
 * such a city gets a meal at a kitchen whose main cuisine is the country's own (Roman or Pizza in
 * Rome, Tapas in Madrid), at as many kitchens as the city has, never twice at one. In rounds, so
 * with little money every city gets its first local meals before any gets more. Each meal goes to
 * the day with the fewest local meals, a lunch or dinner before a breakfast (only a local kitchen
 * that serves breakfast, a crêperie or a dim sum house, may take one), at the kind of kitchen the
 * stay has had least (the region's own beside the pizzerias), at the smallest extra cost, dinner
 * first. Meals already there for a loved cuisine, or the model's picks, are not
 * touched; `options.place` keeps the money, the repeat gap and the asked-for cuisines. Returns
 * the slots now at a local kitchen (those that already were included).
 */
export function spreadLocalFood(
  pools: MealPools,
  slots: readonly MealSlot[],
  picks: MealPicks,
  ledger: RestaurantLedger,
  options: CuisineSpreadOptions & { loved: LovedSlots },
): LocalSlots {
  const local: LocalSlots = new Set();
  if (pools.local.size === 0) return local;
  const wants = cityWants(pools, slots);
  for (const want of wants)
    for (const slot of want.slots)
      if (picks[slot] && cooksLocally(picks[slot], want.kitchens)) local.add(slot);
  const rounds = Math.max(0, ...wants.map((w) => w.count));
  for (let round = 1; round <= rounds; round += 1) {
    for (const want of wants) {
      const served = want.slots.filter((i) => local.has(i)).length;
      if (served >= Math.min(round, want.count)) continue;
      const slot = addLocalMeal(pools, slots, picks, ledger, options, local, want);
      if (slot !== null) local.add(slot);
    }
  }
  return local;
}

interface CityWant {
  /** The city's meal slots. */
  slots: number[];
  kitchens: ReadonlySet<string>;
  /** The city's unused kitchens of its own food, pool order (cheapest first). */
  pool: Restaurant[];
  /** How many local meals the stay wants: one a day, as far as its kitchens go. */
  count: number;
}

function cityWants(pools: MealPools, slots: readonly MealSlot[]): CityWant[] {
  const byCity = new Map<string, number[]>();
  slots.forEach((s, i) => {
    const key = nameKey(s.city);
    if (pools.local.has(key)) byCity.set(key, [...(byCity.get(key) ?? []), i]);
  });
  return [...byCity].flatMap(([city, cityIndices]) => {
    const kitchens = pools.local.get(city)!;
    const pool = (pools.byCity.get(city) ?? []).filter((r) => cooksLocally(r, kitchens));
    if (pool.length === 0) return [];
    const days = new Set(cityIndices.map((i) => slots[i]!.day)).size;
    return [{ slots: cityIndices, kitchens, pool, count: Math.min(days, pool.length) }];
  });
}

interface Move {
  slot: number;
  r: Restaurant;
  /** Local meals already on the slot's day. */
  crowd: number;
  /** The city's local meals already at a kitchen of the same main cuisine. */
  sameKind: number;
  delta: number;
  weight: number;
}

/** One more local meal in `want`'s city; the slot it took, or null when none could. */
function addLocalMeal(
  pools: MealPools,
  slots: readonly MealSlot[],
  picks: MealPicks,
  ledger: RestaurantLedger,
  options: CuisineSpreadOptions & { loved: LovedSlots },
  local: LocalSlots,
  want: CityWant,
): number | null {
  const price = (r: Restaurant | null): number => (r ? mealCost(r, pools.travellers) : 0);
  const perDay = new Map<number, number>();
  const perKind = new Map<string, number>();
  const kind = (r: Restaurant): string => nameKey(r.cuisines[0] ?? '');
  for (const i of want.slots) {
    if (!local.has(i)) continue;
    perDay.set(slots[i]!.day, (perDay.get(slots[i]!.day) ?? 0) + 1);
    perKind.set(kind(picks[i]!), (perKind.get(kind(picks[i]!)) ?? 0) + 1);
  }
  const moves: Move[] = [];
  for (const slot of want.slots) {
    if (local.has(slot) || options.loved.has(slot) || options.pinned.has(slot)) continue;
    const s = slots[slot]!;
    for (const r of want.pool) {
      if (!ledger.isUnused(r.name) || !meantFor(r, s.meal, pools.ruleset)) continue;
      if (!keepsDinnerDearest(slots, picks, slot, r, pools.ruleset)) continue;
      const delta = price(r) - price(picks[slot] ?? null);
      if (delta <= options.left() + 0.005)
        moves.push({
          slot,
          r,
          crowd: perDay.get(s.day) ?? 0,
          sameKind: perKind.get(kind(r)) ?? 0,
          delta,
          weight: MEAL_WEIGHT[s.meal],
        });
    }
  }
  // A day without local food first, then a lunch or dinner before a breakfast, then a kitchen
  // the stay has not had yet (Rome's Roman trattoria, not a fourth pizzeria), then the cheapest.
  const morning = (m: Move): number => Number(m.weight === MEAL_WEIGHT.breakfast);
  moves.sort(
    (a, b) =>
      a.crowd - b.crowd ||
      morning(a) - morning(b) ||
      a.sameKind - b.sameKind ||
      a.delta - b.delta ||
      b.weight - a.weight ||
      a.slot - b.slot,
  );
  for (const move of moves) if (options.place(move.slot, move.r)) return move.slot;
  return null;
}
