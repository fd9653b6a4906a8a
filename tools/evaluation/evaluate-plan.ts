import { CommonsenseCheckId, type ValidationCheck } from '../domain/plan.schema.js';
import { costBreakdown } from '../planning/cost.js';
import { applicableHardChecks, validatePlan } from '../planning/validate/validate-plan.js';
import { fromTravelPlannerPlan } from '../providers/travelplanner/from-travelplanner-plan.js';
import { readTravelPlannerPlan } from '../providers/travelplanner/travelplanner-day.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { tripSpecFromQuery } from './query-trip-spec.js';
import type { TravelPlannerQuery } from './travelplanner-query.schema.js';

/** How one query's plan fared: the 8 commonsense checks, then the hard checks the query sets. */
export interface QueryEvaluation {
  /** The query's idx in its split (or whatever identifies it in the input). */
  idx: string | number | null;
  delivered: boolean;
  /** The plan's total cost by TravelPlanner's rules (cost.ts); null when nothing was delivered. */
  totalCost: number | null;
  checks: ValidationCheck[];
  commonsensePassed: boolean;
  hardPassed: boolean;
  /** Every commonsense and every applicable hard check passed (TravelPlanner's final pass). */
  passed: boolean;
}

export interface EvaluatePlanInput {
  idx?: string | number | null;
  /** The query's structured fields; its text is never consulted. */
  query: TravelPlannerQuery;
  /** The submitted plan: TravelPlanner's list of days. Anything else, or [], is "not delivered". */
  plan: unknown;
  /** The query's own sandbox, usually `createTravelPlannerWorld(reference_information)`. */
  world: WorldProvider;
}

const NOT_DELIVERED = 'no plan was delivered';

function evaluation(
  idx: EvaluatePlanInput['idx'],
  totalCost: number | null,
  checks: ValidationCheck[],
): QueryEvaluation {
  const commonsensePassed = checks.filter((c) => c.kind === 'commonsense').every((c) => c.passed);
  const hardPassed = checks.filter((c) => c.kind === 'hard').every((c) => c.passed);
  return {
    idx: idx ?? null,
    delivered: totalCost !== null,
    totalCost,
    checks,
    commonsensePassed,
    hardPassed,
    passed: commonsensePassed && hardPassed,
  };
}

/**
 * Scores one plan as TravelPlanner does: converted to our PlanDraft against the query's world,
 * then `validatePlan` with the spec from the structured fields. An empty plan fails every
 * check, commonsense and applicable hard alike.
 */
export async function evaluateTravelPlannerPlan(input: EvaluatePlanInput): Promise<QueryEvaluation> {
  const spec = tripSpecFromQuery(input.query, input.world);
  const days = readTravelPlannerPlan(input.plan);
  if (days.length === 0) {
    const checks: ValidationCheck[] = [
      ...CommonsenseCheckId.options.map((id) => ({
        kind: 'commonsense' as const,
        id,
        passed: false,
        problems: [NOT_DELIVERED],
      })),
      ...applicableHardChecks(spec).map((id) => ({
        kind: 'hard' as const,
        id,
        passed: false,
        problems: [NOT_DELIVERED],
      })),
    ];
    return evaluation(input.idx, null, checks);
  }
  const draft = await fromTravelPlannerPlan(days, spec, input.world);
  const report = await validatePlan(draft, input.world);
  const cost = costBreakdown(draft, spec.travellers, spec.budget?.amount ?? null, 'USD');
  return evaluation(input.idx, cost.total, report.checks);
}
