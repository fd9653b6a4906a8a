import { servesDietaryNeeds } from '../domain/dietary.js';
import type { Restaurant } from '../domain/inventory.schema.js';
import type { Ruleset, TripSpec } from '../domain/trip-spec.schema.js';
import { avoidedCuisineOf } from './avoided-cuisines.js';
import { fillCityMeals } from './city-meals.js';
import { mealCost } from './cost.js';
import { dayFrames } from './day-frames.js';
import { fitLoss } from './meal-kinds.js';
import { localKitchensByCity } from './meal-local-kitchens.js';
import type { MealSlot } from './meal-slots.js';
import { mealSlots } from './meal-slots.js';
import { compareText, nameKey, sameName } from './names.js';
import type { Infeasibility, TripSelection } from './planning.types.js';
import { RestaurantLedger, restaurantRepeatGap } from './restaurant-repeats.js';

/** The restaurants a trip may use, prepared once per solve or schedule. */
export interface MealPools {
  /** By city key: usable restaurants (no origin, no avoided names), cheapest first. */
  byCity: Map<string, Restaurant[]>;
  /** Required cuisines, as the spec spells them. */
  cuisines: string[];
  /** The cuisines the party asked for, all of them (a repair's kept days cover `cuisines`, not these). */
  loved: readonly string[];
  travellers: number;
  /** Days that must separate two meals at one restaurant; null: never twice (TravelPlanner). */
  repeatGap: number | null;
  /** The party's dietary needs, which every pooled restaurant serves (named in shortages). */
  dietary: readonly string[];
  /** Whose rules decide which kitchen makes which meal (see meal-kinds.ts). */
  ruleset: Ruleset;
  /** By city key: the kitchens the city lists that serve the party, avoided ones included (what the repeat check counts). */
  listed: Map<string, number>;
  /**
   * By city key, for the cities abroad for the party on standard trips: the cuisine keys of the
   * country's own food (see meal-local-kitchens.ts), which the money left serves often.
   */
  local: Map<string, ReadonlySet<string>>;
}

/** Restaurants chosen per slot (aligned with the slots array); null = the meal is skipped. */
export type MealPicks = (Restaurant | null)[];

export type MealPlan =
  | { feasible: true; picks: MealPicks; cost: number }
  | { feasible: false; infeasibility: Infeasibility };

/**
 * `countries`: the country of each city by name, the origin's included (see
 * `ScheduleInput.countries`); without it no city counts as abroad.
 */
export function mealPools(
  spec: TripSpec,
  restaurants: Record<string, readonly Restaurant[]>,
  avoid: readonly string[] = [],
  countries: Readonly<Record<string, string>> = {},
): MealPools {
  const avoided = new Set(avoid.map(nameKey));
  const byCity = new Map<string, Restaurant[]>();
  const listed = new Map<string, number>();
  const seen = new Set<string>();
  const originKey = nameKey(spec.origin);
  // Keyed by each restaurant's own city, not the record key: that is what "within the day's
  // city" is checked against. The origin's restaurants never count (TravelPlanner's cuisine rule).
  for (const list of Object.values(restaurants)) {
    for (const r of list) {
      const cityKey = nameKey(r.city);
      const id = `${cityKey}\u0000${nameKey(r.name)}`;
      if (cityKey === originKey || seen.has(id)) continue;
      // Every meal serves every need of the party: a kitchen that cannot is not a choice at all.
      if (!servesDietaryNeeds(r, spec.constraints.dietary)) continue;
      // Nor is one whose main cuisine the party would rather avoid.
      if (avoidedCuisineOf(r, spec.constraints.avoidedCuisines) !== undefined) continue;
      seen.add(id);
      listed.set(cityKey, (listed.get(cityKey) ?? 0) + 1);
      if (avoided.has(nameKey(r.name))) continue;
      const pool = byCity.get(cityKey) ?? [];
      pool.push(r);
      byCity.set(cityKey, pool);
    }
  }
  for (const pool of byCity.values()) pool.sort(byPrice);
  return {
    byCity,
    cuisines: [...spec.constraints.cuisines],
    loved: [...spec.constraints.cuisines],
    travellers: spec.travellers,
    repeatGap: restaurantRepeatGap(spec.ruleset),
    dietary: [...spec.constraints.dietary],
    ruleset: spec.ruleset,
    listed,
    // TravelPlanner's meals are the cheapest that meet its rules: no local food on top.
    local:
      spec.ruleset === 'travelplanner'
        ? new Map()
        : withoutAvoided(localKitchensByCity(countries, spec.origin), spec.constraints.avoidedCuisines),
  };
}

/** The cities abroad whose own food is not one the party avoids ("no Italian food" in Rome). */
function withoutAvoided(
  local: Map<string, ReadonlySet<string>>,
  avoided: readonly string[],
): Map<string, ReadonlySet<string>> {
  const keys = avoided.map(nameKey);
  return new Map([...local].filter(([, kitchens]) => !keys.some((k) => kitchens.has(k))));
}

/** Cheapest first; among equals the better rated, then by name so the choice is stable. */
export function byPrice(a: Restaurant, b: Restaurant): number {
  return a.averageCost - b.averageCost || b.rating - a.rating || compareText(a.name, b.name);
}

export function picksCost(picks: MealPicks, travellers: number): number {
  return picks.reduce((sum, r) => sum + (r ? mealCost(r, travellers) : 0), 0);
}

/**
 * The cheapest meals the trip needs: every required slot filled with the cheapest unused
 * restaurant of its city that makes the meal, breakfasts at breakfast kitchens (when the city
 * runs out and the ruleset allows, one whose last meal is far enough back: see city-meals.ts),
 * then each missing cuisine added greedily at the lowest cost per cuisine covered (a spare
 * travel-day meal, or a swap that keeps the others covered), where its kitchen fits the meal
 * first.
 * Both the solver (to reserve money) and the scheduler (as its starting point) call this,
 * so a budget the solver accepted always schedules.
 */
export function cheapestMealPlan(pools: MealPools, slots: readonly MealSlot[]): MealPlan {
  const picks: MealPicks = slots.map(() => null);
  const ledger = new RestaurantLedger(pools.repeatGap);
  const shortages: string[] = [];
  for (const [cityKey, indices] of slotsByCity(slots, (s) => s.required)) {
    const pool = pools.byCity.get(cityKey) ?? [];
    const filled = fillCityMeals(pool, slots, indices, ledger, pools.ruleset, picks);
    if (filled < indices.length) {
      const city = slots[indices[0]!]!.city;
      const serving = pools.dietary.length > 0 ? ` serving ${pools.dietary.join(' and ')} meals` : '';
      shortages.push(
        pools.repeatGap === null
          ? `${city} has ${filled} usable distinct restaurant${filled === 1 ? '' : 's'}${serving} for ${indices.length} meals on its full days`
          : // Repeats fall back to any other day, so only a day with more meals than kitchens fails.
            `${city} has ${pool.length} usable restaurant${pool.length === 1 ? '' : 's'}${serving}, fewer than the meals of one day there (none is eaten at twice on one day)`,
      );
    }
  }
  if (shortages.length > 0)
    return { feasible: false, infeasibility: { code: 'no-meals', reasons: shortages } };
  const missing = coverCuisines(pools, slots, picks, ledger);
  if (missing.length > 0) return { feasible: false, infeasibility: { code: 'no-meals', reasons: missing } };
  return { feasible: true, picks, cost: picksCost(picks, pools.travellers) };
}

/** The meal money a selection needs at least: what `scheduleDays` will start from. */
export function cheapestMealCost(
  spec: TripSpec,
  selection: Pick<TripSelection, 'route' | 'legs'>,
  restaurants: Record<string, readonly Restaurant[]>,
): { feasible: true; cost: number } | { feasible: false; infeasibility: Infeasibility } {
  const slots = mealSlots(spec, dayFrames(spec, selection.route, selection.legs));
  const plan = cheapestMealPlan(mealPools(spec, restaurants), slots);
  return plan.feasible ? { feasible: true, cost: plan.cost } : plan;
}

/** How many chosen restaurants serve each required cuisine (by normalised cuisine). */
export function cuisineCounts(picks: MealPicks, cuisines: readonly string[]): Map<string, number> {
  const counts = new Map(cuisines.map((c) => [nameKey(c), 0]));
  for (const r of picks) {
    if (!r) continue;
    for (const c of r.cuisines) {
      const k = nameKey(c);
      const n = counts.get(k);
      if (n !== undefined) counts.set(k, n + 1);
    }
  }
  return counts;
}

/**
 * Whether putting `replacement` in `slot` keeps every currently covered cuisine covered. Plain
 * loops over the few cuisines of two restaurants: the cuisine cover asks this for every
 * restaurant of a city against every filled meal.
 */
export function keepsCoverage(
  picks: MealPicks,
  counts: ReadonlyMap<string, number>,
  slot: number,
  replacement: Restaurant | null,
): boolean {
  const removed = picks[slot];
  if (!removed) return true;
  const added = replacement?.cuisines ?? [];
  for (const c of removed.cuisines) {
    const k = nameKey(c);
    if (counts.get(k) === 1 && !added.some((a) => nameKey(a) === k)) return false;
  }
  return true;
}

/** How many distinct cuisines of `r` are in `uncovered`. */
function uncoveredGain(r: Restaurant, uncovered: ReadonlySet<string>): number {
  let gain = 0;
  r.cuisines.forEach((c, i) => {
    const k = nameKey(c);
    if (uncovered.has(k) && r.cuisines.findIndex((d) => nameKey(d) === k) === i) gain += 1;
  });
  return gain;
}

/** Slot indices grouped by city key, cities in order of first appearance. */
export function slotsByCity(
  slots: readonly MealSlot[],
  keep: (s: MealSlot) => boolean,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  slots.forEach((slot, index) => {
    if (!keep(slot)) return;
    const k = nameKey(slot.city);
    const group = groups.get(k) ?? [];
    group.push(index);
    groups.set(k, group);
  });
  return groups;
}

interface CuisineMove {
  slot: number;
  restaurant: Restaurant;
  /** How much worse the kitchen fits the meal than the one it replaces (see `fitLoss`). */
  loss: number;
  perCuisine: number;
  gain: number;
}

/** Greedy cover of the required cuisines; returns the reasons it failed (empty on success). */
function coverCuisines(
  pools: MealPools,
  slots: readonly MealSlot[],
  picks: MealPicks,
  ledger: RestaurantLedger,
): string[] {
  if (pools.cuisines.length === 0) return [];
  const cities = slotsByCity(slots, () => true);
  for (;;) {
    const counts = cuisineCounts(picks, pools.cuisines);
    const uncovered = new Set([...counts].filter(([, n]) => n === 0).map(([c]) => c));
    if (uncovered.size === 0) return [];
    let best: CuisineMove | null = null;
    // A wished-for cuisine goes where its kitchen fits the meal first (Mexican for lunch or
    // dinner rather than breakfast), then at the lowest cost per cuisine covered.
    const consider = (slot: number, restaurant: Restaurant, delta: number, gain: number): void => {
      const perCuisine = delta / gain;
      const loss = fitLoss(slots[slot]!.meal, picks[slot] ?? null, restaurant, pools.ruleset);
      if (
        !best ||
        loss < best.loss ||
        (loss === best.loss &&
          (perCuisine < best.perCuisine - 1e-9 || (perCuisine <= best.perCuisine + 1e-9 && gain > best.gain)))
      ) {
        best = { slot, restaurant, loss, perCuisine, gain };
      }
    };
    for (const [cityKey, indices] of cities) {
      const spare = indices.find((i) => picks[i] === null && !slots[i]!.required);
      const filled = indices.filter((i) => picks[i] !== null);
      for (const r of pools.byCity.get(cityKey) ?? []) {
        const gain = uncoveredGain(r, uncovered);
        if (gain === 0) continue;
        const price = mealCost(r, pools.travellers);
        if (spare !== undefined && ledger.canUse(r.name, slots[spare]!.day)) consider(spare, r, price, gain);
        for (const i of filled) {
          if (ledger.canUse(r.name, slots[i]!.day) && keepsCoverage(picks, counts, i, r))
            consider(i, r, price - mealCost(picks[i]!, pools.travellers), gain);
        }
      }
    }
    const move = best as CuisineMove | null;
    if (!move) return uncoveredReasons(pools, slots, uncovered);
    const day = slots[move.slot]!.day;
    const old = picks[move.slot];
    if (old) ledger.remove(old.name, day);
    picks[move.slot] = move.restaurant;
    ledger.add(move.restaurant.name, day);
  }
}

function uncoveredReasons(pools: MealPools, slots: readonly MealSlot[], uncovered: Set<string>): string[] {
  const cityNames = [...new Map(slots.map((s) => [nameKey(s.city), s.city])).values()];
  const where = cityNames.length > 0 ? cityNames.join(', ') : 'the visited cities';
  return pools.cuisines
    .filter((c) => uncovered.has(nameKey(c)))
    .map((cuisine) => {
      const servers = cityNames.flatMap((city) =>
        (pools.byCity.get(nameKey(city)) ?? []).filter((r) => r.cuisines.some((c) => sameName(c, cuisine))),
      );
      if (servers.length === 0) return `no restaurant in ${where} serves ${cuisine}`;
      const names = servers.slice(0, 3).map((r) => `${r.name} (${r.city})`);
      return `${cuisine} is served only by ${names.join(', ')}, but no meal of the trip is free to go there`;
    });
}
