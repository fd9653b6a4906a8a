import type { Restaurant } from '../domain/inventory.schema.js';
import type { Ruleset } from '../domain/trip-spec.schema.js';
import { meantFor, servesBreakfast, suitsMeal } from './meal-kinds.js';
import type { MealSlot } from './meal-slots.js';
import { nameKey } from './names.js';
import type { RestaurantLedger } from './restaurant-repeats.js';

/**
 * Fills one city's required meals (`indices`, in day order) from `pool` (cheapest first) into
 * `picks`, recording each in `ledger`; returns how many it filled (fewer when the city runs out).
 * Each meal takes, in this order:
 * - the cheapest unused kitchen meant for it that later breakfasts can spare (a lunch leaves
 *   the city's cafés to the mornings that need them, a departure morning's included: see
 *   `spareForLunch`);
 * - while repeats are unavoidable (more meals than kitchens), such a kitchen again after the
 *   gap: the café of four days ago rather than a grill for breakfast (for a breakfast, also
 *   rather than a dearer unused kitchen that could serve a dinner: see `keepForDinner`);
 * - the same two without sparing the breakfasts;
 * - for a breakfast, a breakfast kitchen again after the gap even when no repeat is forced (see
 *   `cafeAgain`), and for any meal a kitchen meant for it again after the gap;
 * - the cheapest unused kitchen that makes the meal at all, else the cheapest unused one;
 * - a repeat at a narrower gap (one that makes the meal first).
 * Under TravelPlanner's rules every kitchen is meant for every meal and none repeats, so this
 * is the cheapest unused restaurant in day order.
 */
export function fillCityMeals(
  pool: readonly Restaurant[],
  slots: readonly MealSlot[],
  indices: readonly number[],
  ledger: RestaurantLedger,
  ruleset: Ruleset,
  picks: (Restaurant | null)[],
): number {
  let next = 0;
  let filled = 0;
  // Meals beyond the city's kitchens come back to one anyway: so many repeats are no loss.
  let repeatsLeft = Math.max(0, indices.length - pool.length);
  let breakfastsLeft = indices.filter((i) => slots[i]!.meal === 'breakfast').length;
  const spareBreakfastDays = spareBreakfasts(slots, indices);
  // The city's breakfast kitchens not used yet, counted once and kept up to date as meals are
  // picked (counting them again for every lunch was a tenth of a multi-city solve).
  let breakfastKitchensLeft =
    ruleset === 'travelplanner'
      ? 0
      : pool.filter((r) => servesBreakfast(r) && ledger.isUnused(r.name)).length;
  for (const index of indices) {
    while (next < pool.length && !ledger.isUnused(pool[next]!.name)) next += 1;
    const { day, meal } = slots[index]!;
    if (meal === 'breakfast') breakfastsLeft -= 1;
    // A departure morning's breakfast is filled later, from what the full days leave.
    const spareLeft = spareBreakfastDays.filter((d) => d >= day).length;
    const meant = (r: Restaurant): boolean => meantFor(r, meal, ruleset);
    const spare =
      meal === 'breakfast'
        ? () => true
        : spareForLunch(breakfastKitchensLeft, breakfastsLeft + spareLeft, ruleset);
    const fits = (r: Restaurant): boolean => meant(r) && spare(r);
    const again = (accept: (r: Restaurant) => boolean): Restaurant | undefined =>
      repeatsLeft > 0
        ? pool.find((r) => accept(r) && !ledger.isUnused(r.name) && ledger.canUse(r.name, day))
        : undefined;
    // A kitchen meant for the meal again after the gap, though the city still has unused places:
    // those left are not meant for it (a month in Mexico City ended with lunch and dinner at two
    // dessert creameries, its proper kitchens all used once and the forced repeats spent).
    const meantAgain = (): Restaurant | undefined =>
      ruleset === 'travelplanner'
        ? undefined
        : pool.find((r) => meant(r) && !ledger.isUnused(r.name) && ledger.canUse(r.name, day));
    const suits = (r: Restaurant): boolean => suitsMeal(r, meal, ruleset);
    const fresh = unusedFrom(pool, next, ledger, fits);
    const back = again(fits);
    const pick =
      (meal === 'breakfast' && back && fresh && keepForDinner(fresh, back, ruleset) ? back : fresh) ??
      back ??
      unusedFrom(pool, next, ledger, meant) ??
      again(meant) ??
      cafeAgain(pool, meal, ruleset, ledger, day) ??
      meantAgain() ??
      unusedFrom(pool, next, ledger, suits) ??
      pool[next] ??
      ledger.firstUsable(pool.filter(suits), day) ??
      ledger.firstUsable(pool, day);
    if (!pick) break;
    if (!ledger.isUnused(pick.name)) repeatsLeft -= 1;
    else if (ruleset !== 'travelplanner' && servesBreakfast(pick)) breakfastKitchensLeft -= 1;
    picks[index] = pick;
    ledger.add(pick.name, day);
    if (pick === pool[next]) next += 1;
    filled += 1;
  }
  return filled;
}

/**
 * Once a city's breakfast kitchens are all used, the café of four days ago rather than an unused
 * oyster bar or grill, even while the city still has kitchens enough for every meal: travellers
 * go back to their morning café, and a ten-night stay in Lisbon sent a retired couple to "Graça
 * Catch" and "The Jasmine Oyster Bar" for breakfast. Standard trips only (TravelPlanner never
 * repeats).
 */
function cafeAgain(
  pool: readonly Restaurant[],
  meal: MealSlot['meal'],
  ruleset: Ruleset,
  ledger: RestaurantLedger,
  day: number,
): Restaurant | undefined {
  if (meal !== 'breakfast' || ruleset === 'travelplanner') return undefined;
  return pool.find((r) => servesBreakfast(r) && !ledger.isUnused(r.name) && ledger.canUse(r.name, day));
}

/**
 * Whether a breakfast should come back to `back` rather than open `fresh`: while repeats are
 * unavoidable the city's last unused breakfast kitchens are its dear bistro-cafés ($80 for
 * breakfast on day 13 of a fortnight in Paris), and one that can serve a dinner is better kept
 * for a dinner than bought for a breakfast the café of four days ago makes for less.
 */
function keepForDinner(fresh: Restaurant, back: Restaurant, ruleset: Ruleset): boolean {
  return back.averageCost < fresh.averageCost && suitsMeal(fresh, 'dinner', ruleset);
}

/**
 * Which kitchens a lunch or dinner may take without leaving a later breakfast of the city
 * without a breakfast kitchen: any while the `unused` breakfast kitchens outnumber the
 * breakfasts still to choose, else only those that do not serve breakfast (the cafés are also
 * the cheapest lunch).
 */
function spareForLunch(unused: number, breakfastsLeft: number, ruleset: Ruleset): (r: Restaurant) => boolean {
  if (ruleset === 'travelplanner' || breakfastsLeft === 0) return () => true;
  return unused > breakfastsLeft ? () => true : (r) => !servesBreakfast(r);
}

/** The days of the optional (travel-day) breakfasts in the city of the required `indices`. */
function spareBreakfasts(slots: readonly MealSlot[], indices: readonly number[]): number[] {
  const first = slots[indices[0] ?? -1];
  if (!first) return [];
  const city = nameKey(first.city);
  return slots
    .filter((s) => !s.required && s.meal === 'breakfast' && nameKey(s.city) === city)
    .map((s) => s.day);
}

/** The first restaurant of `pool` from `start` on not used yet that `accept`s. */
function unusedFrom(
  pool: readonly Restaurant[],
  start: number,
  ledger: RestaurantLedger,
  accept: (r: Restaurant) => boolean,
): Restaurant | undefined {
  for (let i = start; i < pool.length; i += 1) {
    const r = pool[i]!;
    if (accept(r) && ledger.isUnused(r.name)) return r;
  }
  return undefined;
}
