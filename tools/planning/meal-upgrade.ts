import type { Restaurant } from '../domain/inventory.schema.js';
import { priceLevel } from './comfort.js';
import { mealCost } from './cost.js';
import { lovedKitchens, spreadLovedCuisines } from './meal-cuisine-spread.js';
import { breakfastCeiling, byFit, fitLoss, lightMainFor, meantFor, suitsMeal } from './meal-kinds.js';
import { sameMainCuisine } from './meal-local-kitchens.js';
import { spreadLocalFood } from './meal-local-spread.js';
import { mainCourses } from './meal-main-courses.js';
import { keepsDinnerDearest } from './meal-order.js';
import { cuisineCounts, keepsCoverage, type MealPicks, type MealPools, picksCost } from './meal-plan.js';
import type { MealSlot } from './meal-slots.js';
import { compareText, nameKey } from './names.js';
import { RestaurantLedger } from './restaurant-repeats.js';
import { spareRepeatAllowed } from './spare-repeats.js';

export interface MealUpgradeOptions {
  /** The most all meals together may cost; null = no limit. */
  budget: number | null;
  /** Restaurant names to use where they fit their city and the budget, in order of preference. */
  preferred?: readonly string[];
  /** What an upgrade improves; default the rating (a luxury trip also counts the price level: `luxuryMealQuality`). */
  quality?: (r: Restaurant) => number;
  /**
   * Whether breakfasts may climb past what the city's breakfast places cost (see
   * `breakfastCeiling`): a luxury trip's may; others stay at a breakfast's price.
   */
  grandBreakfasts?: boolean;
}

/**
 * A luxury trip's measure of a restaurant: its rating plus its price level over the cheapest
 * kitchen of its city, so money left buys the grander tables rather than stopping at a ★4.9 snack bar.
 */
export function luxuryMealQuality(pools: MealPools): (r: Restaurant) => number {
  return (r) =>
    r.rating + priceLevel(r.averageCost, pools.byCity.get(nameKey(r.city))?.[0]?.averageCost ?? null);
}

/** Half a cent of slack for float sums (costBreakdown rounds to cents). */
const EPSILON = 0.005;

/**
 * Spends the meal budget on top of the cheapest plan, in this order: the model's preferred
 * restaurants, then the spare travel-day meals (a meal beats a nicer meal), then the loved
 * cuisines spread over every city that cooks them (see meal-cuisine-spread.ts), then the food of
 * each city abroad about once a day (see meal-local-spread.ts), then rounds of
 * one-step rating upgrades across all slots so the money is spread over the trip rather than
 * spent on the first day. Every step keeps the required cuisines covered and names unique.
 */
export function upgradeMealPlan(
  pools: MealPools,
  slots: readonly MealSlot[],
  base: MealPicks,
  options: MealUpgradeOptions,
): MealPicks {
  const picks = [...base];
  const ledger = new RestaurantLedger(pools.repeatGap);
  picks.forEach((r, i) => {
    if (r) ledger.add(r.name, slots[i]!.day);
  });
  const pinned = new Set<number>();
  const quality = options.quality ?? ((r: Restaurant) => r.rating);
  const price = (r: Restaurant | null): number => (r ? mealCost(r, pools.travellers) : 0);
  const ceilings = new Map<string, number | null>();
  /**
   * Whether an upgrade would price a breakfast above what the city's breakfast places cost (a
   * couple in their 70s paid $80 each at "Le Petit Jasmine (French, Bakery)" on their last
   * morning, the model's pick). A spare breakfast being filled takes what the city has left
   * (`filling`): a dear one beats none.
   */
  let filling = false;
  /** The most a breakfast in `slot` should cost; null when not a breakfast or not limited. */
  const breakfastPrice = (slot: number): number | null => {
    const s = slots[slot]!;
    if (s.meal !== 'breakfast' || options.grandBreakfasts || pools.ruleset === 'travelplanner') return null;
    const key = nameKey(s.city);
    if (!ceilings.has(key)) ceilings.set(key, breakfastCeiling(pools.byCity.get(key) ?? []));
    return ceilings.get(key) ?? null;
  };
  const overBreakfastPrice = (slot: number, r: Restaurant): boolean => {
    const ceiling = breakfastPrice(slot);
    return ceiling !== null && r.averageCost > Math.max(ceiling, picks[slot]?.averageCost ?? 0);
  };
  const pastBreakfastPrice = (slot: number, r: Restaurant): boolean =>
    !filling && overBreakfastPrice(slot, r);
  let left =
    options.budget === null ? Number.POSITIVE_INFINITY : options.budget - picksCost(picks, pools.travellers);

  /** `forced`: a repeat already checked with `spareRepeatAllowed`, which the ledger's gap would refuse. */
  const place = (slot: number, r: Restaurant, forced = false): boolean => {
    // No upgrade sends a meal to a kitchen that does not make it (a bakery for dinner), nor
    // to one that fits it worse than the one it has (a steakhouse for a café's breakfast).
    const { meal } = slots[slot]!;
    if (!suitsMeal(r, meal, pools.ruleset)) return false;
    if (picks[slot] && fitLoss(meal, picks[slot], r, pools.ruleset) > 0) return false;
    if (pastBreakfastPrice(slot, r)) return false;
    const delta = price(r) - price(picks[slot] ?? null);
    if (delta > left + EPSILON) return false;
    if (!keepsCoverage(picks, cuisineCounts(picks, pools.cuisines), slot, r)) return false;
    const day = slots[slot]!.day;
    const old = picks[slot];
    if (old) ledger.remove(old.name, day);
    if (!forced && !ledger.canUse(r.name, day)) {
      if (old) ledger.add(old.name, day);
      return false;
    }
    picks[slot] = r;
    ledger.add(r.name, day);
    left -= delta;
    return true;
  };
  const cityPool = (slot: number): Restaurant[] => pools.byCity.get(nameKey(slots[slot]!.city)) ?? [];

  for (const name of options.preferred ?? []) {
    if (!ledger.isUnused(name)) continue;
    // The first slot whose city offers the name and whose meal the kitchen is meant for (a grill
    // takes a lunch or a dinner, not a breakfast): a spare meal first, else the dearest
    // non-pinned meal there (replacing it costs least).
    const offered = (slot: number): Restaurant | undefined =>
      cityPool(slot).find((x) => nameKey(x.name) === nameKey(name));
    const candidates = slots
      .map((_, i) => ({ slot: i, r: offered(i) }))
      .filter((c): c is { slot: number; r: Restaurant } => !pinned.has(c.slot) && c.r !== undefined)
      .map((c) => ({ ...c, unmeant: Number(!meantFor(c.r, slots[c.slot]!.meal, pools.ruleset)) }))
      .sort(
        (a, b) =>
          a.unmeant - b.unmeant ||
          Number(picks[a.slot] !== null) - Number(picks[b.slot] !== null) ||
          price(picks[b.slot] ?? null) - price(picks[a.slot] ?? null),
      );
    for (const { slot, r } of candidates) {
      if (place(slot, r)) {
        pinned.add(slot);
        break;
      }
    }
  }

  // A spare meal takes a restaurant not used yet, else (long stays) one the gap allows back,
  // else, on a city with too few kitchens for its meals, a repeat the city forces (see
  // spare-repeats.ts): a dinner after a 16:51 landing beats keeping the meal count low.
  filling = true;
  slots.forEach((s, slot) => {
    if (picks[slot] !== null) return;
    // Kitchens meant for the meal first (cheapest first within each), then those that will do:
    // a departure day's breakfast goes back to the café of four days ago before a grill.
    const pool = byFit(cityPool(slot), s.meal, pools.ruleset);
    const meant = pool.filter((x) => meantFor(x, s.meal, pools.ruleset));
    const free = (list: readonly Restaurant[]): Restaurant | undefined =>
      list.find((x) => ledger.isUnused(x.name)) ?? list.find((x) => ledger.canUse(x.name, s.day));
    // A travel day's breakfast whose city has breakfast kitchens, none free that day, is eaten
    // before leaving or on the way, not at a grill or a Thai kitchen (an 08:36 arrival in Boulder
    // was sent to "Bangkok Moonrise" for breakfast). A city without any falls back, as its full
    // days' breakfasts do.
    const skipUnmeant = s.meal === 'breakfast' && pools.ruleset !== 'travelplanner' && meant.length > 0;
    // A breakfast first at a breakfast's price, the café of a few days ago included (see
    // `overBreakfastPrice`): the last morning in San Diego went to an $80 bistro that also bakes.
    const priced = meant.filter((x) => !overBreakfastPrice(slot, x));
    const r =
      (priced.length < meant.length ? free(priced) : undefined) ??
      free(meant) ??
      (skipUnmeant ? undefined : free(pool));
    if (r) {
      place(slot, r);
      return;
    }
    const gap = pools.repeatGap;
    if (gap === null) return;
    const listed = pools.listed.get(nameKey(s.city)) ?? 0;
    // The allowed repeat whose other meals are furthest away, then the cheapest.
    const spread = (x: Restaurant): number =>
      Math.min(
        ...picks.flatMap((p, i) =>
          p && nameKey(p.name) === nameKey(x.name) ? [Math.abs(slots[i]!.day - s.day)] : [],
        ),
      );
    // Each candidate's spread once: it scans every pick, and a sort compares each many times.
    const allowed = (skipUnmeant ? meant : pool)
      .filter((x) => price(x) <= left + EPSILON && spareRepeatAllowed(slots, picks, slot, x, gap, listed))
      .map((x) => ({ x, spread: spread(x) }))
      .sort((a, b) => b.spread - a.spread || price(a.x) - price(b.x))
      .map(({ x }) => x);
    for (const x of allowed) if (place(slot, x, true)) return;
  });
  filling = false;

  const loved = spreadLovedCuisines(pools, slots, picks, ledger, { pinned, place, left: () => left });
  // Abroad, the city's own food before nicer meals of any kitchen; never in a loved cuisine's place.
  const local = spreadLocalFood(pools, slots, picks, ledger, { pinned, place, left: () => left, loved });
  // A meal there for a loved cuisine climbs only to a better kitchen of that cuisine, a local
  // meal only to a better one of its kind (the Roman trattoria stays Roman, not a fourth pizzeria).
  const lovedNames = new Map<string, ReadonlySet<string>>();
  const keepsLoved = (slot: number, r: Restaurant): boolean => {
    const cuisine = loved.get(slot);
    if (cuisine !== undefined) {
      const key = `${nameKey(slots[slot]!.city)}\u0000${cuisine}`;
      let names = lovedNames.get(key);
      if (names === undefined) {
        names = new Set(lovedKitchens(cityPool(slot), cuisine).map((x) => nameKey(x.name)));
        lovedNames.set(key, names);
      }
      return names.has(nameKey(r.name));
    }
    return !local.has(slot) || sameMainCuisine(r, picks[slot]!);
  };

  const climb = (): void => {
    for (let changed = true; changed; ) {
      changed = climbOnce();
    }
  };
  const climbOnce = (): boolean => {
    let changed = false;
    for (let slot = 0; slot < slots.length; slot += 1) {
      const current = picks[slot];
      if (!current || pinned.has(slot)) continue;
      // The cheapest strictly better-rated unused restaurant: one step up, so every slot gets a
      // turn. A breakfast climbs only up to its day's dinner (see `keepsDinnerDearest`).
      const better = cityPool(slot)
        .filter(
          (r) =>
            quality(r) > quality(current) + 1e-9 &&
            ledger.isUnused(r.name) &&
            (lightMainFor(current, slots[slot]!.meal, pools.ruleset) ||
              !lightMainFor(r, slots[slot]!.meal, pools.ruleset)) &&
            keepsDinnerDearest(slots, picks, slot, r, pools.ruleset) &&
            keepsLoved(slot, r),
        )
        .sort((a, b) => a.averageCost - b.averageCost || b.rating - a.rating || compareText(a.name, b.name));
      for (const r of better) {
        if (place(slot, r)) {
          changed = true;
          break;
        }
        if (price(r) - price(current) > left + EPSILON) break;
      }
    }
    return changed;
  };
  /**
   * Breakfasts priced as a dinner (the cheapest plan or the spare fill found every breakfast
   * place taken but a bistro that also bakes) come down to the best-rated breakfast place the
   * climbs have since freed, else to the café of a few days ago (Reykjavik's six breakfast
   * places for seven breakfasts sent a photographer to an $80 brasserie); whether any did.
   */
  const breakfastsDown = (): boolean => {
    let moved = false;
    slots.forEach((_, slot) => {
      const current = picks[slot];
      const ceiling = breakfastPrice(slot);
      if (!current || ceiling === null || current.averageCost <= ceiling || pinned.has(slot)) return;
      const { day } = slots[slot]!;
      const plain = cityPool(slot)
        .filter(
          (r) =>
            r.averageCost <= ceiling &&
            meantFor(r, 'breakfast', pools.ruleset) &&
            ledger.canUse(r.name, day) &&
            keepsLoved(slot, r),
        )
        .map((r) => ({ r, repeat: Number(!ledger.isUnused(r.name)) }))
        .sort(
          (a, b) =>
            a.repeat - b.repeat ||
            b.r.rating - a.r.rating ||
            a.r.averageCost - b.r.averageCost ||
            compareText(a.r.name, b.r.name),
        )
        .map(({ r }) => r);
      for (const r of plain) {
        if (place(slot, r)) {
          moved = true;
          break;
        }
      }
    });
    return moved;
  };
  mainCourses(pools, slots, picks, ledger, { pinned, place, keeps: keepsLoved });
  climb();
  // What a breakfast brought down frees goes back into the climbs.
  if (breakfastsDown()) climb();
  return picks;
}
