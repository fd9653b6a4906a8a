import type { TransportMode } from '../domain/common.schema.js';
import type { Stay } from '../domain/inventory.schema.js';
import type { TripSpec } from '../domain/trip-spec.schema.js';
import { dayFrames } from './day-frames.js';
import { isDayTrip } from './day-trip.js';
import { dayTripTransport } from './day-trip-legs.js';
import { worthTheirFares } from './family-worth.js';
import { landingBeforeNextHop } from './leg-overlaps.js';
import { luxuryUpgrades } from './luxury-upgrades.js';
import { cheapestMealPlan, type MealPlan, type MealPools } from './meal-plan.js';
import { mealSlots } from './meal-slots.js';
import { fitsBudget, formatMoney, remainingBudget } from './money.js';
import { nameKey } from './names.js';
import type { Hop, Infeasibility, RouteCandidate, TripSelection } from './planning.types.js';
import {
  longDriveNotHonoured,
  preferHumaneFamilies,
  withoutDayLongRoads,
  withoutMarathonRoads,
} from './road-limits.js';
import { spareNights } from './road-stopovers.js';
import { hopsOf } from './route-candidates.js';
import { bestStays, type StayChoice, stayChoices } from './stay-options.js';
import { worthTheirPrice } from './stay-value.js';
import { upgradeSurplus } from './time-worth.js';
import { withoutTransitNights } from './transit-nights.js';
import { type HopIndex, type HopTransport, hopTransport, type TransportOption } from './transport-options.js';
import {
  cheapestTransport,
  type FamilyOptions,
  type MealEvaluator,
  preferTrains,
  type TransportChoice,
  transportCost,
  transportFamilies,
  upgradeTransport,
} from './transport-plan.js';
import { TravelDayFullness } from './travel-day-fullness.js';
import { worthNotDriving } from './unwished-drives.js';

/** Everything prepared once per solve and shared by every route. */
export interface SolveContext {
  spec: TripSpec;
  budget: number | null;
  currency: string;
  hops: HopIndex;
  stays: ReadonlyMap<string, readonly Stay[]>;
  meals: MealPools;
  /** Distinct sights per city key (a full day without one breaks "complete information"). */
  sightCounts: ReadonlyMap<string, number>;
}

export interface RouteSolution {
  selection: TripSelection;
  /** Higher is better: average stay rating + leg convenience − penalties. */
  quality: number;
  total: number;
}

export type RouteResult =
  | { feasible: true; solution: RouteSolution }
  | { feasible: false; infeasibility: Infeasibility };

/**
 * Of the slack left by the cheapest plan, the share stays may spend on higher ratings, and the
 * share kept back from transport upgrades for better restaurants (meals get the rest anyway).
 */
const STAY_SHARE = 0.7;
const MEAL_SHARE = 0.15;
/**
 * Without a budget, upgrades may add at most this share of the cheapest plan's cost, so "no
 * budget" buys a nicer trip rather than a $5,000 taxi to save an hour (meals stay unlimited).
 */
const UNBUDGETED_SLACK = 1;
/** Quality weights: one point of convenience is worth one star of stay rating. */
const CONVENIENCE_WEIGHT = 1;
const SIGHTLESS_DAY_PENALTY = 0.5;
/** Later candidates are less compact: a small nudge towards the route ranked first. */
const ROUTE_RANK_PENALTY = 0.02;
/**
 * A named route's later candidates only move nights from the split its cities' size suggests, so a
 * stay's minimum nights can be met: a better-rated flat in London is no reason for one night in
 * Edinburgh, so each step away from the split costs a quarter of a star.
 */
const NAMED_ROUTE_RANK_PENALTY = 0.25;

/** The best selection for one route: cheapest feasible first, then upgrades within budget. */
export function solveRoute(ctx: SolveContext, route: RouteCandidate, rank: number): RouteResult {
  const { spec } = ctx;
  const shape = routeShapeProblem(spec, route);
  if (shape) return { feasible: false, infeasibility: { code: 'no-route', reasons: [shape] } };

  const hops = hopsOf(spec, route);
  const dayTrip = isDayTrip(spec);
  const transport = landingBeforeNextHop(
    hops,
    hops.map((hop) => {
      const found = drivenIfStopover(route, hop, hopTransport(spec, hop, ctx.hops));
      return dayTrip ? dayTripTransport(spec, hop, found) : found;
    }),
    spec.ruleset,
  );
  let firstNight = 1;
  // A day trip's city has no night, so nothing to book there.
  const stays = route.cities.flatMap((city, i) => {
    const nights = route.nights[i]!;
    if (nights === 0) return [];
    const result = stayChoices(spec, city, nights, firstNight, ctx.stays);
    firstNight += nights;
    return [result];
  });
  const transportReasons = transport.flatMap((t) => (t.reason ? [t.reason] : []));
  const stayReasons = stays.flatMap((s) => (s.reason ? [s.reason] : []));
  const families = transportFamilies(
    hops,
    transport.map((t) => t.options),
    spec.ruleset,
  );
  if (transportReasons.length === 0 && families.reason) transportReasons.push(families.reason);
  if (transportReasons.length > 0 || stayReasons.length > 0) {
    const code = transportReasons.length > 0 ? 'no-transport' : 'no-stay';
    return { feasible: false, infeasibility: { code, reasons: [...transportReasons, ...stayReasons] } };
  }

  const evaluate = mealEvaluator(ctx, route, hops);
  const perCity = stays.map((s) => s.choices);
  const cheapestStays = perCity.reduce((sum, c) => sum + c[0]!.cost, 0);
  const fullness = new TravelDayFullness(ctx, hops);
  const priced: { options: FamilyOptions; cheapest: TransportChoice; total: number }[] = [];
  let mealFailure: Infeasibility | null = null;
  for (const options of withoutMarathonRoads(spec, families.families)) {
    const found = cheapestTransport(options, evaluate, legsAffectMeals(spec));
    if ('infeasible' in found) {
      mealFailure ??= found.infeasible.infeasibility;
      continue;
    }
    const bare = transportCost(found.choice) + cheapestStays + found.meals.cost;
    const allowance = ctx.budget === null ? bare * UNBUDGETED_SLACK : ctx.budget - bare;
    // Legs that leave time for travel-day meals and sights when the days would be too empty;
    // the money for those meals is counted so the upgrades cannot spend it.
    // A day trip's one day is planned whole from both legs (day-frames.ts), not by fullness.
    const { chosen, extraMeals } = dayTrip
      ? { chosen: found, extraMeals: 0 }
      : fullness.fill(route, options, found, evaluate, allowance);
    priced.push({
      options,
      cheapest: chosen,
      total: transportCost(chosen.choice) + cheapestStays + chosen.meals.cost + extraMeals,
    });
  }
  if (priced.length === 0) return { feasible: false, infeasibility: mealFailure! };

  const possible = withoutDayLongRoads(spec, priced);
  const affordable = preferHumaneFamilies(
    spec,
    possible.filter((p) => fitsBudget(p.total, ctx.budget)),
  );
  if (affordable.length === 0) return overBudget(ctx, route, possible);

  const solutions = affordable.map((p) =>
    upgrade(ctx, {
      route,
      rank,
      perCity,
      family: p.options,
      cheapest: p.cheapest,
      cheapestTotal: p.total,
      evaluate,
      fullness,
    }),
  );
  solutions.sort((a, b) => b.quality - a.quality || a.total - b.total);
  const best = worthNotDriving(spec, worthTheirFares(spec, solutions));
  const notes = longDriveNotHonoured(
    spec,
    transport.map((t) => t.options),
    best.selection.legs,
    spareNights(spec, route),
  );
  if (notes.length > 0) best.selection.notHonoured = [...(best.selection.notHonoured ?? []), ...notes];
  return { feasible: true, solution: best };
}

/**
 * A route with a night on the way is there to be driven: its hops keep only the drive (a flight
 * to a town on the way is no trip anyone asked for). A hop with no drive says so.
 */
function drivenIfStopover(route: RouteCandidate, hop: Hop, transport: HopTransport): HopTransport {
  if (!route.stopovers || transport.reason) return transport;
  const options = transport.options.filter((o) => o.leg.mode === 'self-driving');
  if (options.length > 0) return { ...transport, options };
  return { ...transport, options, reason: `${hop.from} \u2192 ${hop.to} has no road for a night on the way` };
}

/** One route, one transport family, priced at its cheapest: what `upgrade` improves on. */
interface PricedRoute {
  route: RouteCandidate;
  /** Position among the feasible routes so far (0 = best ranked). */
  rank: number;
  perCity: StayChoice[][];
  family: FamilyOptions;
  cheapest: TransportChoice;
  cheapestTotal: number;
  evaluate: MealEvaluator;
  fullness: TravelDayFullness;
}

function upgrade(ctx: SolveContext, priced: PricedRoute): RouteSolution {
  const { route, rank, perCity, family, cheapestTotal, evaluate, fullness } = priced;
  // Travel-day meals come before nicer stays and legs: their cheapest price is kept back from
  // the upgrades (a plan is as full as the money allows before it is any grander).
  const base = priced.cheapest;
  const travelDayMeals = base.choice.reduce((sum, o, h) => sum + fullness.opened(h, o).mealCost, 0);
  const bare = transportCost(base.choice) + perCity.reduce((sum, c) => sum + c[0]!.cost, 0) + base.meals.cost;
  const reserved = Math.max(cheapestTotal, bare + travelDayMeals);
  const fullSlack =
    ctx.budget === null ? cheapestTotal * UNBUDGETED_SLACK : Math.max(0, ctx.budget - reserved);
  // Trains the party prefers come before grander stays (the preferred-modes check wants them
  // whenever the money left would pay); what they cost is no longer slack.
  const trains = ctx.spec.preferences.preferredModes.includes('rail')
    ? preferTrains(family, base, evaluate, fullSlack)
    : { chosen: base, spent: 0 };
  const cheapest = trains.chosen;
  const slack = Math.max(0, fullSlack - trains.spent);
  const cheapestStays = perCity.reduce((sum, c) => sum + c[0]!.cost, 0);
  const stayPicks = bestStays(perCity, cheapestStays + slack * STAY_SHARE);
  // The stays the money could buy rank the route and leave the legs their allowance, as always;
  // the ones booked are those worth their price, and what they save is left for the meals.
  const affordable = perCity.map((choices, i) => choices[stayPicks[i] ?? 0]!);
  const valuePicks = worthTheirPrice(ctx.spec, perCity, stayPicks);
  const bookings = perCity.map((choices, i) => choices[valuePicks[i] ?? 0]!);
  const staysCost = affordable.reduce((sum, c) => sum + c.cost, 0);
  const mealReserve = ctx.budget === null ? 0 : slack * MEAL_SHARE;
  const transportAllowance = slack - (staysCost - cheapestStays) - mealReserve;
  // An upgrade may take away a travel-day meal or sight the cheaper legs left time for only when
  // its hours are worth it, and each hop only its share of what the plan holds beyond half full.
  // A day trip's one day is all travel-day fields: its legs are there to give it hours in the city.
  const spare = isDayTrip(ctx.spec)
    ? 0
    : Math.floor(fullness.spareFields(route, cheapest.choice) / Math.max(1, family.perHop.length));
  const legs = upgradeTransport(
    family,
    cheapest,
    evaluate,
    transportAllowance,
    (h, o) => fullness.opened(h, o).fields,
    upgradeSurplus(ctx.spec, spare),
  );

  const transport = transportCost(legs.choice);
  const chosenLegs = legs.choice.map((o) => o.leg);
  // A night spent on an overnight flight is not booked (the room starts the night they land).
  const stays = bookings.map((c) =>
    withoutTransitNights(c.booking, chosenLegs, ctx.spec.travellers, ctx.spec.ruleset),
  );
  const booked = stays.reduce((sum, b) => sum + b.cost, 0);
  const total = transport + booked + legs.meals.cost;
  const modes = [...new Set<TransportMode>(legs.choice.map((o) => o.leg.mode))].sort();
  const selection: TripSelection = {
    route: {
      cities: [...route.cities],
      nights: [...route.nights],
      ...(route.stopovers ? { stopovers: route.stopovers.map((s) => ({ ...s })) } : {}),
    },
    legs: chosenLegs,
    stays,
    mealBudget: ctx.budget === null ? null : remainingBudget(ctx.budget, transport + booked),
    modes,
  };
  const upgrades = luxuryUpgrades(ctx.spec, perCity, bookings);
  if (upgrades.length > 0) selection.upgrades = upgrades;
  return { selection, quality: quality(ctx, route, rank, affordable, legs.choice), total };
}

function quality(
  ctx: SolveContext,
  route: RouteCandidate,
  rank: number,
  bookings: readonly StayChoice[],
  legs: readonly TransportOption[],
): number {
  const nights = route.nights.reduce((a, b) => a + b, 0);
  const rating = bookings.reduce((sum, c) => sum + c.rating * c.booking.nights, 0) / Math.max(1, nights);
  const convenience = legs.reduce((sum, o) => sum + o.convenience, 0) / Math.max(1, legs.length);
  // A city's full days are its nights minus the arrival night.
  const sightless = route.cities.reduce((sum, city, i) => {
    const fullDays = (route.nights[i] ?? 1) - 1;
    return sum + Math.max(0, fullDays - (ctx.sightCounts.get(nameKey(city)) ?? 0));
  }, 0);
  return (
    rating +
    CONVENIENCE_WEIGHT * convenience -
    SIGHTLESS_DAY_PENALTY * sightless -
    (ctx.spec.destination.kind === 'cities' ? NAMED_ROUTE_RANK_PENALTY : ROUTE_RANK_PENALTY) * rank
  );
}

/**
 * Whether the legs chosen change the meal plan: with cuisines to cover on travel days, and on a
 * day trip, whose meals are all travel-day meals between the two legs.
 */
function legsAffectMeals(spec: TripSpec): boolean {
  return spec.constraints.cuisines.length > 0 || isDayTrip(spec);
}

/**
 * Meal plans cached by what the legs change in them: an overnight landing always (it takes the
 * next day's breakfast or more: a plan priced for the 17:00 landing of a red-eye is $47 short
 * for the same hop's evening flight), and with cuisines to cover the travel-day meals too.
 */
function mealEvaluator(ctx: SolveContext, route: RouteCandidate, hops: readonly Hop[]): MealEvaluator {
  const cache = new Map<string, MealPlan>();
  const legsMatter = legsAffectMeals(ctx.spec);
  return (choice) => {
    const key = choice.map((o) => (legsMatter ? `${o.profile}>${o.lostNextDay}` : o.lostNextDay)).join('#');
    let plan = cache.get(key);
    if (!plan) {
      const frames = dayFrames(
        ctx.spec,
        route,
        choice.map((o) => o.leg),
        hops,
      );
      plan = cheapestMealPlan(ctx.meals, mealSlots(ctx.spec, frames));
      cache.set(key, plan);
    }
    return plan;
  };
}

function overBudget(
  ctx: SolveContext,
  route: RouteCandidate,
  priced: readonly { cheapest: TransportChoice; total: number }[],
): RouteResult {
  const best = [...priced].sort((a, b) => a.total - b.total)[0]!;
  const money = (n: number): string => formatMoney(Math.round(n * 100) / 100, ctx.currency);
  const transport = transportCost(best.cheapest.choice);
  const meals = best.cheapest.meals.cost;
  const stays = best.total - transport - meals;
  const budget = ctx.budget ?? 0;
  const where = route.cities.map((c, i) => `${c} ${route.nights[i]}n`).join(' → ');
  return {
    feasible: false,
    infeasibility: {
      code: 'over-budget',
      cheapestTotal: Math.round(best.total * 100) / 100,
      reasons: [
        `the cheapest complete plan (${where}) costs ${money(best.total)} — transport ${money(transport)}, ` +
          `stays ${money(stays)}, meals ${money(meals)} — over the budget of ${money(budget)} by ${money(best.total - budget)}`,
      ],
    },
  };
}

/** A route the solver cannot use as given; null when it is well formed. */
function routeShapeProblem(spec: TripSpec, route: RouteCandidate): string | null {
  const label = route.cities.join(' → ') || '(empty)';
  const nights = route.nights.reduce((a, b) => a + b, 0);
  if (route.cities.length === 0 || route.cities.length !== route.nights.length) {
    return `route ${label} needs one night count per city`;
  }
  // Only a day trip's one city goes without a night.
  const fewest = isDayTrip(spec) ? 0 : 1;
  if (route.nights.some((n) => !Number.isInteger(n) || n < fewest))
    return `route ${label} has a city with no night`;
  if (nights !== spec.days - 1) {
    return `route ${label} has ${nights} nights but a ${spec.days}-day trip has ${spec.days - 1}`;
  }
  // A night on the way may be spent in the same town both ways (road-stopovers.ts).
  const stopovers = new Set((route.stopovers ?? []).map((s) => nameKey(s.city)));
  const keys = route.cities.map(nameKey).filter((k) => !stopovers.has(k));
  if (new Set(keys).size !== keys.length) return `route ${label} visits a city twice`;
  if (keys.includes(nameKey(spec.origin))) return `route ${label} stays in the origin ${spec.origin}`;
  return null;
}
