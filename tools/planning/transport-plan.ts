import type { Ruleset } from '../domain/trip-spec.schema.js';
import type { MealPlan } from './meal-plan.js';
import { compareText } from './names.js';
import type { Hop } from './planning.types.js';
import { convenienceOnly } from './time-worth.js';
import type { TransportOption } from './transport-options.js';

/**
 * Self-driving may not be combined with flights or taxis (TravelPlanner's non-conflicting
 * transport), so a trip either drives every hop or uses any mix of flights and taxis. Within a
 * family the hops are independent, which is what keeps the solver linear in options. On standard
 * trips trains join flights and taxis, and 'rail-drive' takes the train wherever one runs and a
 * car only on the hops no train makes (see `transportFamilies`).
 */
export type TransportFamily = 'self-driving' | 'flight-taxi' | 'rail-drive';

export interface FamilyOptions {
  family: TransportFamily;
  /** Per hop, the family's options, cheapest first. */
  perHop: TransportOption[][];
}

/** Meal plan for one choice of legs (the solver caches it by meal profile). */
export type MealEvaluator = (choice: readonly TransportOption[]) => MealPlan;

export interface TransportChoice {
  choice: TransportOption[];
  meals: Extract<MealPlan, { feasible: true }>;
}

const EPSILON = 1e-9;
/** Rounds of single-hop moves in the meal-aware search; each must strictly lower the cost. */
const MAX_SEARCH_ROUNDS = 10;

/**
 * The families every hop can be travelled in; when none, why (which hops block which family).
 * Under TravelPlanner's rules rail (which it never lists) mixes with anything. On standard trips
 * the party's own car would stay where a train left from, so a train never mixes with driving
 * where it could be taken instead (London → Paris by Eurostar, back "self-driving"): trains go
 * with flights and taxis, and 'rail-drive' drives (a hire car) only the hops no train makes.
 */
export function transportFamilies(
  hops: readonly Hop[],
  perHop: readonly (readonly TransportOption[])[],
  ruleset: Ruleset = 'travelplanner',
): { families: FamilyOptions[]; reason: string | null } {
  const families: FamilyOptions[] = [];
  const split = (keep: (o: TransportOption) => boolean): TransportOption[][] =>
    perHop.map((o) => o.filter(keep));
  const railDrives = ruleset === 'travelplanner';
  const driving = split((o) => o.leg.mode === 'self-driving' || (railDrives && o.leg.mode === 'rail'));
  const mixed = split((o) => o.leg.mode !== 'self-driving');
  if (driving.every((o) => o.length > 0)) families.push({ family: 'self-driving', perHop: driving });
  if (mixed.every((o) => o.length > 0)) families.push({ family: 'flight-taxi', perHop: mixed });
  if (!railDrives) {
    const trains = split((o) => o.leg.mode === 'rail');
    const railDrive = trains.map((t, h) => (t.length > 0 ? t : driving[h]!));
    const mixes = trains.some((t) => t.length > 0) && trains.some((t) => t.length === 0);
    if (mixes && railDrive.every((o) => o.length > 0))
      families.push({ family: 'rail-drive', perHop: railDrive });
  }
  if (families.length > 0) return { families, reason: null };
  const name = (i: number): string => `${hops[i]!.from} to ${hops[i]!.to} (day ${hops[i]!.day})`;
  const noDrive = driving.flatMap((o, i) => (o.length === 0 ? [name(i)] : []));
  const onlyDrive = mixed.flatMap((o, i) => (o.length === 0 ? [name(i)] : []));
  return {
    families,
    reason:
      `no consistent transport: self-driving cannot be combined with flights or taxis${railDrives ? '' : ', nor with trains where one runs'}, ` +
      `but ${onlyDrive.join(', ')} can only be driven and ${noDrive.join(', ')} cannot be driven`,
  };
}

/**
 * The cheapest legs plus meals of one family. Without required cuisines the meals do not
 * depend on the legs, so the cheapest leg per hop wins. With cuisines a leg's times can open a
 * travel-day meal that covers a cuisine cheaply, so a local search over each hop's cheapest
 * option per meal profile runs from two starts (cheapest legs; legs allowing the most meals).
 */
export function cheapestTransport(
  options: FamilyOptions,
  evaluate: MealEvaluator,
  legsAffectMeals: boolean,
): TransportChoice | { infeasible: Extract<MealPlan, { feasible: false }> } {
  const cheapest = options.perHop.map((o) => o[0]!);
  const first = evaluate(cheapest);
  if (!legsAffectMeals) return first.feasible ? { choice: cheapest, meals: first } : { infeasible: first };

  const profiles = options.perHop.map((o) => cheapestPerProfile(o));
  const mostMeals = profiles.map((p) =>
    [...p.values()].reduce((best, o) => (mealCount(o) > mealCount(best) ? o : best)),
  );
  let best: TransportChoice | null = null;
  for (const start of [cheapest, mostMeals]) {
    const found = localSearch(start, profiles, evaluate);
    if (found && (!best || total(found) < total(best) - EPSILON)) best = found;
  }
  return best ?? { infeasible: first as Extract<MealPlan, { feasible: false }> };
}

/**
 * Hop `h` on `option` instead, with the meals its times allow, when `left` pays the extra fare
 * and any change in meals; null when it cannot be done.
 */
function switchHop(
  current: TransportChoice,
  h: number,
  option: TransportOption,
  left: number,
  evaluate: MealEvaluator,
): { chosen: TransportChoice; extra: number } | null {
  const choice = current.choice.map((o, i) => (i === h ? option : o));
  const meals = evaluate(choice);
  if (!meals.feasible) return null;
  const extra = option.cost - current.choice[h]!.cost + meals.cost - current.meals.cost;
  return extra > left + 0.005 ? null : { chosen: { choice, meals }, extra };
}

/**
 * Puts each hop on a train where the party prefers trains and one that `allowance` pays for runs
 * (extra fare plus any change in the meals its times require), cheapest train first, hop by hop
 * in trip order. It runs before stays are upgraded: the preferred-modes check asks for the train
 * whenever the money the plan leaves would pay for it, so grander rooms may not spend it first.
 */
export function preferTrains(
  options: FamilyOptions,
  current: TransportChoice,
  evaluate: MealEvaluator,
  allowance: number,
): { chosen: TransportChoice; spent: number } {
  let chosen = current;
  let left = allowance;
  options.perHop.forEach((hopOptions, h) => {
    const now = chosen.choice[h]!;
    if (now.leg.mode === 'rail') return;
    for (const option of hopOptions.filter((o) => o.leg.mode === 'rail')) {
      if (option.cost - now.cost > left + 0.005) break;
      const switched = switchHop(chosen, h, option, left, evaluate);
      if (!switched) continue;
      chosen = switched.chosen;
      left -= switched.extra;
      break;
    }
  });
  return { chosen, spent: allowance - left };
}

/**
 * Raises each hop to the better option that `allowance` pays for (extra fare plus any change in
 * the meals the new times require), hop by hop in trip order: the one whose gain is worth most
 * beyond its extra fare, then the most convenient. Better is more convenient, or opening more
 * travel-day meals and sights (a later flight home as convenient as the 09:50 leaves the last
 * morning in the city: a family flew home at 09:50 with $1,152 unspent); `surplus` says whether
 * either is worth its fare.
 */
export function upgradeTransport(
  options: FamilyOptions,
  current: TransportChoice,
  evaluate: MealEvaluator,
  allowance: number,
  /** Travel-day fields an option opens (`opened` below is the change from the current leg's). */
  opens: (hop: number, option: TransportOption) => number = () => 0,
  /**
   * What `gain` in convenience and `opened` more (below zero: fewer) travel-day fields are worth
   * beyond `extra` of the party's money (below zero: not worth it; default: every gain is worth
   * the same, without end, and no field may be lost).
   */
  surplus: (extra: number, gain: number, opened: number) => number = convenienceOnly,
): TransportChoice {
  let chosen = current;
  let left = allowance;
  options.perHop.forEach((hopOptions, h) => {
    const now = chosen.choice[h]!;
    const floor = opens(h, now);
    const worth = (o: TransportOption) =>
      surplus(o.cost - now.cost, o.convenience - now.convenience, opens(h, o) - floor);
    const better = hopOptions
      .filter((o) => o.convenience > now.convenience + EPSILON || opens(h, o) > floor)
      .map((o) => ({ o, worth: worth(o) }))
      .filter(({ worth }) => worth >= -0.005)
      .sort(
        (a, b) =>
          (a.worth === b.worth ? 0 : b.worth - a.worth) ||
          b.o.convenience - a.o.convenience ||
          a.o.cost - b.o.cost ||
          compareText(a.o.id, b.o.id),
      )
      .map(({ o }) => o);
    for (const option of better) {
      if (option.cost - now.cost > left + 0.005) continue;
      const switched = switchHop(chosen, h, option, left, evaluate);
      if (!switched) continue;
      chosen = switched.chosen;
      left -= switched.extra;
      break;
    }
  });
  return chosen;
}

export function transportCost(choice: readonly TransportOption[]): number {
  return choice.reduce((sum, o) => sum + o.cost, 0);
}

function total(t: TransportChoice): number {
  return transportCost(t.choice) + t.meals.cost;
}

function localSearch(
  start: TransportOption[],
  profiles: readonly Map<string, TransportOption>[],
  evaluate: MealEvaluator,
): TransportChoice | null {
  let choice = start;
  let meals = evaluate(choice);
  let cost = meals.feasible ? transportCost(choice) + meals.cost : Number.POSITIVE_INFINITY;
  for (let round = 0, improved = true; improved && round < MAX_SEARCH_ROUNDS; round += 1) {
    improved = false;
    profiles.forEach((byProfile, h) => {
      for (const option of byProfile.values()) {
        if (option === choice[h]) continue;
        const trial = choice.map((o, i) => (i === h ? option : o));
        const trialMeals = evaluate(trial);
        if (!trialMeals.feasible) continue;
        const trialCost = transportCost(trial) + trialMeals.cost;
        if (trialCost < cost - EPSILON) {
          choice = trial;
          meals = trialMeals;
          cost = trialCost;
          improved = true;
        }
      }
    });
  }
  return meals.feasible ? { choice, meals } : null;
}

/** Options are sorted cheapest first, so the first of each profile is its cheapest. */
function cheapestPerProfile(options: readonly TransportOption[]): Map<string, TransportOption> {
  const byProfile = new Map<string, TransportOption>();
  for (const o of options) if (!byProfile.has(o.profile)) byProfile.set(o.profile, o);
  return byProfile;
}

function mealCount(option: TransportOption): number {
  return option.profile === '' ? 0 : option.profile.split('|').length;
}
