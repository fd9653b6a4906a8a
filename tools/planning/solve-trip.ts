import { budgetCeiling } from './approximate-budget.js';
import { mealPools } from './meal-plan.js';
import { fitsBudget, formatMoney } from './money.js';
import { nameKey } from './names.js';
import type { Infeasibility, RouteCandidate, SolveInput, SolveOutcome } from './planning.types.js';
import { type RouteSolution, type SolveContext, solveRoute } from './route-solver.js';
import { indexStays } from './stay-options.js';
import { indexHopOptions } from './transport-options.js';

export interface SolveOptions {
  /**
   * How many feasible routes are compared on quality before choosing; the rest are not
   * solved. Default 6: enough to trade a slightly longer loop for clearly better stays.
   */
  feasibleRoutes?: number;
}

const DEFAULT_FEASIBLE_ROUTES = 6;
/** Reasons kept when every route fails, so the message stays readable. */
const MAX_REASONS = 8;
/** How far each failure got: the furthest one tells the user what to relax. */
const PROGRESS: Record<Infeasibility['code'], number> = {
  'no-route': 0,
  'no-transport': 1,
  'no-stay': 2,
  'no-meals': 3,
  'over-budget': 4,
};

/**
 * Picks a route, one leg per hop and one stay per city satisfying every hard constraint and
 * the budget (with the cheapest feasible meals reserved), maximising quality. Pure and
 * deterministic; the budget is taken to be in the inventory's quote currency.
 */
export function solveTrip(input: SolveInput, options: SolveOptions = {}): SolveOutcome {
  const { spec } = input;
  if (spec.days < 1) {
    return infeasible('no-route', [`a ${spec.days}-day trip has no day to plan: at least 1 day is needed`]);
  }
  if (input.routes.length === 0) {
    return infeasible('no-route', [
      'no candidate route: the destination has too few cities for the requested visit',
    ]);
  }
  const ctx: SolveContext = {
    spec,
    budget: spec.budget?.amount ?? null,
    currency: spec.budget?.currency ?? 'USD',
    hops: indexHopOptions(input.hopOptions),
    stays: indexStays(input.stays),
    meals: mealPools(spec, input.restaurants),
    sightCounts: sightCounts(input.sights),
  };
  const wanted = Math.max(1, options.feasibleRoutes ?? DEFAULT_FEASIBLE_ROUTES);
  const outcome = solveWithin(ctx, input.routes, wanted);
  const ceiling = budgetCeiling(spec);
  const over = outcome.feasible ? undefined : outcome.infeasibility.cheapestTotal;
  if (ctx.budget === null || ceiling === null || over === undefined || !fitsBudget(over, ceiling))
    return outcome;
  // A hedged budget nothing fits: the cheapest plan, nothing dearer, and said so.
  const stretched = solveWithin({ ...ctx, budget: Math.ceil(over * 100) / 100 }, input.routes, wanted);
  if (!stretched.feasible) return outcome;
  const { selection } = stretched;
  const note = {
    wish: `a budget of about ${formatMoney(ctx.budget, ctx.currency)}`,
    reason: `nothing fits within it: the cheapest complete plan costs ${formatMoney(over, ctx.currency)}, ${formatMoney(over - ctx.budget, ctx.currency)} over`,
  };
  return {
    feasible: true,
    selection: { ...selection, notHonoured: [...(selection.notHonoured ?? []), note] },
  };
}

/** The best of the first `wanted` feasible routes under `ctx.budget`, or why none is feasible. */
function solveWithin(ctx: SolveContext, routes: readonly RouteCandidate[], wanted: number): SolveOutcome {
  const failures: Infeasibility[] = [];
  // Routes with a night on the way are the drive the party asked for: any of them beats the same
  // trip with a day too long at the wheel or gone by air; those are kept for when none is feasible.
  const stopping = routes.filter((r) => r.stopovers !== undefined);
  const tiers = stopping.length === 0 ? [routes] : [stopping, routes.filter((r) => !r.stopovers)];
  for (const tier of tiers) {
    const solutions: RouteSolution[] = [];
    for (const route of tier) {
      const result = solveRoute(ctx, route, solutions.length);
      if (result.feasible) {
        solutions.push(result.solution);
        if (solutions.length >= wanted) break;
      } else {
        failures.push(result.infeasibility);
      }
    }
    if (solutions.length > 0) {
      // Stable: among equal quality and cost the earlier (better ranked) route wins.
      const best = [...solutions].sort((a, b) => b.quality - a.quality || a.total - b.total)[0]!;
      return { feasible: true, selection: best.selection };
    }
  }
  return { feasible: false, infeasibility: summarise(failures, routes.length) };
}

function summarise(failures: readonly Infeasibility[], routeCount: number): Infeasibility {
  const furthest = Math.max(...failures.map((f) => PROGRESS[f.code]));
  const same = failures.filter((f) => PROGRESS[f.code] === furthest);
  const code = same[0]!.code;
  if (code === 'over-budget') {
    const cheapest = [...same].sort((a, b) => (a.cheapestTotal ?? 0) - (b.cheapestTotal ?? 0))[0]!;
    const note = routeCount > 1 ? [`checked ${routeCount} candidate routes; none fits the budget`] : [];
    return { code, reasons: [...cheapest.reasons, ...note], cheapestTotal: cheapest.cheapestTotal ?? 0 };
  }
  const reasons = [...new Set(same.flatMap((f) => f.reasons))];
  const shown = reasons.slice(0, MAX_REASONS);
  if (reasons.length > shown.length)
    shown.push(`and ${reasons.length - shown.length} more across ${routeCount} routes`);
  return { code, reasons: shown };
}

function infeasible(code: Infeasibility['code'], reasons: string[]): SolveOutcome {
  return { feasible: false, infeasibility: { code, reasons } };
}

function sightCounts(sights: SolveInput['sights']): Map<string, number> {
  const names = new Map<string, Set<string>>();
  for (const list of Object.values(sights)) {
    for (const s of list) {
      const set = names.get(nameKey(s.city)) ?? new Set<string>();
      set.add(nameKey(s.name));
      names.set(nameKey(s.city), set);
    }
  }
  return new Map([...names].map(([city, set]) => [city, set.size]));
}
