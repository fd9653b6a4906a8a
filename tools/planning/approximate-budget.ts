import type { TripSpec } from '../domain/trip-spec.schema.js';

/**
 * How far past a hedged budget ("around $1,500") the cheapest plan may go before the trip is
 * refused: refusing a couple's Miami weekend for being $4 over "around 1500" reads the words
 * as a cap they never set. TravelPlanner's budgets are firm whatever the words.
 */
export const APPROXIMATE_BUDGET_STRETCH = 0.1;

type BudgetTerms = Pick<TripSpec, 'budget' | 'budgetApproximate' | 'ruleset'>;

/** Whether the trip's budget may stretch: hedged, and not under TravelPlanner's rules. */
export function isApproximateBudget(spec: BudgetTerms): boolean {
  return spec.budget !== null && spec.budgetApproximate === true && spec.ruleset !== 'travelplanner';
}

/** The most a plan may cost when nothing fits within the budget itself; null without a budget. */
export function budgetCeiling(spec: BudgetTerms): number | null {
  if (!spec.budget) return null;
  return spec.budget.amount * (1 + (isApproximateBudget(spec) ? APPROXIMATE_BUDGET_STRETCH : 0));
}
