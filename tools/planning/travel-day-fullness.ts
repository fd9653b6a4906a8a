import type { TripSpec } from '../domain/trip-spec.schema.js';
import { mealCost } from './cost.js';
import type { MealPools } from './meal-plan.js';
import { isHome, travelDayMealSlots, travelDaySightCity } from './meal-slots.js';
import { nameKey } from './names.js';
import type { Hop, RouteCandidate } from './planning.types.js';
import type { TransportOption } from './transport-options.js';
import type { FamilyOptions, MealEvaluator, TransportChoice } from './transport-plan.js';

/** TravelPlanner's per-day fields: transport, breakfast, sights, lunch, dinner, accommodation. */
const FIELDS_PER_DAY = 6;
const EPSILON = 0.005;

export interface FullnessContext {
  spec: TripSpec;
  meals: MealPools;
  sightCounts: ReadonlyMap<string, number>;
}

/** What one leg's times open on its travel day: fields that can be filled, and their cheapest meals. */
export interface Opened {
  fields: number;
  /** The cheapest meals for the opened meal slots (the party's price). */
  mealCost: number;
}

/**
 * How full a route's days can be, and a search that makes them fuller: a plan whose travel days
 * open no meal and no sight can fall under half of its fields (the planner's own completeness
 * rule) while other legs, affordable, would leave time for them.
 */
export class TravelDayFullness {
  private readonly cache = new Map<TransportOption, Opened>();

  constructor(
    private readonly ctx: FullnessContext,
    private readonly hops: readonly Hop[],
  ) {}

  /** Fields the cheapest legs need not open: the transport itself, nights, and full days. */
  fixedFields(route: RouteCandidate): number {
    const { spec } = this.ctx;
    const travelDays = new Set(this.hops.map((h) => h.day));
    let fields = 0;
    let day = 1;
    route.cities.forEach((city, i) => {
      const nights = route.nights[i] ?? 0;
      // Full days here: after the arrival day, up to the last night's day (or the trip's end).
      const last = i === route.cities.length - 1 && !travelDays.has(spec.days) ? spec.days : day + nights - 1;
      let full = 0;
      for (let d = day + 1; d <= last; d += 1) if (!travelDays.has(d)) full += 1;
      const sights = Math.min(full, this.ctx.sightCounts.get(nameKey(city)) ?? 0);
      fields += nights + full * 3 + sights;
      day += nights;
    });
    return fields + travelDays.size;
  }

  opened(hopIndex: number, option: TransportOption): Opened {
    const known = this.cache.get(option);
    if (known) return known;
    const { spec, meals, sightCounts } = this.ctx;
    const hop = this.hops[hopIndex]!;
    let fields = 0;
    let cost = 0;
    for (const slot of travelDayMealSlots(spec, hop, option.leg)) {
      const cheapest = meals.byCity.get(nameKey(slot.city))?.[0];
      if (!cheapest) continue;
      fields += 1;
      cost += mealCost(cheapest, meals.travellers);
    }
    const sightCity = travelDaySightCity(spec, hop, option.leg);
    if (sightCity !== null && !isHome(spec, sightCity) && (sightCounts.get(nameKey(sightCity)) ?? 0) > 0)
      fields += 1;
    const opened = { fields, mealCost: cost };
    this.cache.set(option, opened);
    return opened;
  }

  /**
   * When the days would fill under half their fields, swaps legs for ones that open travel-day
   * meals or sights, cheapest per field first, within `allowance` (extra fares, changed required
   * meals, and the cheapest meals for the opened slots). Returns the legs and what the opened
   * meals are expected to cost beyond the required ones.
   */
  fill(
    route: RouteCandidate,
    options: FamilyOptions,
    current: TransportChoice,
    evaluate: MealEvaluator,
    allowance: number,
  ): { chosen: TransportChoice; extraMeals: number } {
    const target = Math.ceil((this.ctx.spec.days * FIELDS_PER_DAY) / 2);
    let chosen = current;
    let have =
      this.fixedFields(route) + chosen.choice.reduce((sum, o, h) => sum + this.opened(h, o).fields, 0);
    let left = allowance;
    let extraMeals = 0;
    while (have < target) {
      let best: { h: number; option: TransportOption; cost: number; gain: number; meals: number } | null =
        null;
      options.perHop.forEach((hopOptions, h) => {
        const now = chosen.choice[h]!;
        const nowOpened = this.opened(h, now);
        const seen = new Set<string>();
        for (const option of hopOptions) {
          const opened = this.opened(h, option);
          const gain = opened.fields - nowOpened.fields;
          // Options are cheapest first: the first of each shape is the one worth trying.
          const shape = `${option.profile}#${opened.fields}`;
          if (gain <= 0 || seen.has(shape)) continue;
          seen.add(shape);
          const trial = chosen.choice.map((o, i) => (i === h ? option : o));
          const meals = evaluate(trial);
          if (!meals.feasible) continue;
          const extra = opened.mealCost - nowOpened.mealCost;
          const cost = option.cost - now.cost + meals.cost - chosen.meals.cost + extra;
          if (cost > left + EPSILON) continue;
          if (!best || cost / gain < best.cost / best.gain - 1e-9)
            best = { h, option, cost, gain, meals: extra };
        }
      });
      const move = best as {
        h: number;
        option: TransportOption;
        cost: number;
        gain: number;
        meals: number;
      } | null;
      if (!move) break;
      const choice = chosen.choice.map((o, i) => (i === move.h ? move.option : o));
      const meals = evaluate(choice);
      if (!meals.feasible) break;
      chosen = { choice, meals };
      left -= move.cost;
      extraMeals += move.meals;
      have += move.gain;
    }
    return { chosen, extraMeals: Math.max(0, extraMeals) };
  }

  /**
   * Fields a route on `choice` holds beyond the half of its days' fields the plan must fill:
   * what leg upgrades may trade away for a decent hour (time-worth.ts).
   */
  spareFields(route: RouteCandidate, choice: readonly TransportOption[]): number {
    const target = Math.ceil((this.ctx.spec.days * FIELDS_PER_DAY) / 2);
    return Math.max(0, this.fixedFields(route) + this.openedBy(choice) - target);
  }

  /** The total fields a choice of legs opens on travel days. */
  openedBy(choice: readonly TransportOption[]): number {
    return choice.reduce((sum, o, h) => sum + this.opened(h, o).fields, 0);
  }
}
