import {
  CommonsenseCheckId,
  TRAVELPLANNER_HARD_CHECKS,
  type TravelPlannerHardCheckId,
} from '../domain/plan.schema.js';
import type { QueryEvaluation } from './evaluate-plan.js';

/** TravelPlanner's six figures, each a share in [0, 1]. */
export interface EvaluationScores {
  queries: number;
  delivered: number;
  deliveryRate: number;
  /** Passed commonsense checks / (8 × queries). */
  commonsenseMicro: number;
  /** Share of plans passing all 8 commonsense checks. */
  commonsenseMacro: number;
  /** Passed hard checks / applicable hard checks (budget for every query plus each constraint set). */
  hardMicro: number;
  /** Share of plans passing every applicable hard check. */
  hardMacro: number;
  /** Share of plans passing every commonsense and every applicable hard check. */
  finalPassRate: number;
}

export interface EvaluationSummary extends EvaluationScores {
  /** Queries failing each check (a plan not delivered fails them all). */
  failures: {
    commonsense: Record<CommonsenseCheckId, number>;
    hard: Record<TravelPlannerHardCheckId, number>;
  };
  /** Queries each hard check applied to (TravelPlanner's five; its queries set no others). */
  hardApplicable: Record<TravelPlannerHardCheckId, number>;
  perQuery: QueryEvaluation[];
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** The README's "Scores over N queries", plus per-check failure counts. */
export function summarizeEvaluations(evaluations: readonly QueryEvaluation[]): EvaluationSummary {
  const n = evaluations.length;
  const failures = {
    commonsense: zeroes(CommonsenseCheckId.options),
    hard: zeroes<string>(TRAVELPLANNER_HARD_CHECKS),
  };
  const hardApplicable = zeroes<string>(TRAVELPLANNER_HARD_CHECKS);
  let commonsensePassed = 0;
  let hardPassed = 0;
  let hardTotal = 0;
  for (const evaluation of evaluations) {
    for (const check of evaluation.checks) {
      if (check.kind === 'commonsense') {
        if (check.passed) commonsensePassed += 1;
        else failures.commonsense[check.id] += 1;
      } else {
        hardTotal += 1;
        hardApplicable[check.id] = (hardApplicable[check.id] ?? 0) + 1;
        if (check.passed) hardPassed += 1;
        else failures.hard[check.id] = (failures.hard[check.id] ?? 0) + 1;
      }
    }
  }
  const count = (test: (e: QueryEvaluation) => boolean) => evaluations.filter(test).length;
  const delivered = count((e) => e.delivered);
  return {
    queries: n,
    delivered,
    deliveryRate: share(delivered, n),
    commonsenseMicro: share(commonsensePassed, CommonsenseCheckId.options.length * n),
    commonsenseMacro: share(
      count((e) => e.commonsensePassed),
      n,
    ),
    hardMicro: share(hardPassed, hardTotal),
    hardMacro: share(
      count((e) => e.hardPassed),
      n,
    ),
    finalPassRate: share(
      count((e) => e.passed),
      n,
    ),
    failures,
    hardApplicable,
    perQuery: [...evaluations],
  };
}
