import { builtinUsdPerUnit } from '../../tools/domain/currency.js';
import type { CostBreakdown, Plan } from '../../tools/domain/plan.schema.js';
import type { Budget } from '../../tools/domain/trip-spec.schema.js';
import { summarizeUsage } from '../../tools/domain/usage.js';
import { isApproximateBudget } from '../../tools/planning/approximate-budget.js';
import { costBreakdown } from '../../tools/planning/cost.js';
import { luxurySentence } from '../../tools/planning/luxury-upgrades.js';
import { formatMoney } from '../../tools/planning/money.js';
import { mergeNotHonoured, unmetInterests } from '../../tools/planning/not-honoured.js';
import { preferenceNotHonoured } from '../../tools/planning/preference-notes.js';
import { describeRoute } from '../../tools/planning/route-summary.js';
import type { TripGraphDeps } from '../graph-deps.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';

/**
 * The cost told in the budget's own currency too, when the request stated it in another than the
 * plan's (a British party reads "$1,123 (£884) of a £900 budget"): the total converted back at the
 * rate the budget was converted with (whole units), and the budget as stated.
 */
export function withStatedCurrency(cost: CostBreakdown, stated: Budget | undefined): CostBreakdown {
  if (!stated || stated.currency === cost.currency) return cost;
  const rate = builtinUsdPerUnit(stated.currency);
  if (rate === undefined) return cost;
  return {
    ...cost,
    asStated: {
      currency: stated.currency,
      total: Math.round(cost.total / rate),
      budget: stated.amount,
      rate,
    },
  };
}

/**
 * The final Plan: cost breakdown from the entities, the validation report, the models used and
 * their tokens (unpriced: money is put on them where the price table is configured).
 */
export function createComposeNode(deps: TripGraphDeps) {
  return async (state: TripStateValue): Promise<TripStateUpdate> => {
    const { spec, selection, validation } = state;
    if (!spec || !selection || !validation) throw new Error('compose ran before validation');
    const cost = withStatedCurrency(
      costBreakdown(
        { legs: selection.legs, stays: selection.stays, days: state.days },
        spec.travellers,
        spec.budget?.amount ?? null,
        spec.budget?.currency ?? 'USD',
      ),
      spec.statedBudget,
    );
    const models = Object.fromEntries(
      Object.entries(state.agentRuns).map(([agent, runs]) => [agent, runs.at(-1)?.model ?? 'unknown']),
    );
    const party = `${spec.travellers} traveller${spec.travellers === 1 ? '' : 's'}`;
    // "of a budget of about $1,500" for a hedged one (the plan may have run a little over it).
    const about = (amount: string) =>
      isApproximateBudget(spec) ? ` of a budget of about ${amount}` : ` of a ${amount} budget`;
    const budget = cost.asStated
      ? ` (${formatMoney(cost.asStated.total, cost.asStated.currency)})${about(formatMoney(cost.asStated.budget, cost.asStated.currency))}`
      : cost.budget === null
        ? ''
        : about(formatMoney(cost.budget, cost.currency));
    const checks = validation.passed
      ? `all ${validation.checks.length} checks pass`
      : `${validation.checks.filter((c) => !c.passed).length} checks FAIL`;
    const plan: Plan = {
      request: state.request.text ?? null,
      spec,
      route: selection.route,
      legs: selection.legs,
      stays: selection.stays,
      days: state.days,
      cost,
      validation,
      models,
      usage: summarizeUsage(state.agentRuns),
      provider: deps.world.name,
      // Every stage's report (route, solver, itinerary, preferences), plus interests no sight met.
      notHonoured: mergeNotHonoured(
        state.notHonoured,
        selection.notHonoured,
        preferenceNotHonoured(spec, selection),
        unmetInterests(spec.preferences.interests, state.days, selection.route.cities),
      ),
      // Real data must be credited with the plan (open data's licences); the sandbox has none to show.
      ...(deps.world.attributions.length > 0 ? { attributions: [...deps.world.attributions] } : {}),
      summary:
        `${spec.days}-day trip for ${party} from ${spec.origin}: ${describeRoute(selection, spec.ruleset)}, ` +
        `by ${selection.modes.join(' and ')}; ${formatMoney(cost.total, cost.currency)}${budget}; ${checks}.` +
        luxurySentence(selection.upgrades ?? [], state.days, cost.currency),
    };
    if (validation.passed) return { plan };
    const reasons = validation.checks.filter((c) => !c.passed).flatMap((c) => c.problems);
    return {
      plan,
      failure: { code: 'invalid-plan', message: 'The best plan found still breaks some rules.', reasons },
    };
  };
}
