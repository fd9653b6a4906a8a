import { evaluateTravelPlannerPlan } from '../../tools/evaluation/evaluate-plan.js';
import {
  type EvaluationSummary,
  summarizeEvaluations,
} from '../../tools/evaluation/summarize-evaluations.js';
import type { TravelPlannerQuery } from '../../tools/evaluation/travelplanner-query.schema.js';
import { isTravelPlannerDataError } from '../../tools/providers/travelplanner/travelplanner-data-error.js';
import { readTravelPlannerPlan } from '../../tools/providers/travelplanner/travelplanner-day.schema.js';
import { createTravelPlannerWorld } from '../../tools/providers/travelplanner/travelplanner-world.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import { QualityInputError } from './quality-input-error.js';

export interface QueryToScore {
  idx: string | number;
  fields: TravelPlannerQuery;
  reference: Record<string, unknown> | string;
  /** The submitted TravelPlanner plan ([] or anything not a list = not delivered). */
  plan: unknown;
}

/**
 * The world a plan is judged in. A plan that was not delivered fails every check without
 * consulting the sandbox, so it needs only the gazetteer; that way a query whose planning
 * failed because its reference data is unreadable is still counted, as not delivered.
 */
function worldFor(q: QueryToScore): WorldProvider {
  if (readTravelPlannerPlan(q.plan).length === 0)
    return createTravelPlannerWorld({}, { label: `idx=${q.idx}` });
  try {
    return createTravelPlannerWorld(q.reference, { label: `idx=${q.idx}` });
  } catch (error) {
    if (!isTravelPlannerDataError(error)) throw error;
    throw new QualityInputError('malformed-line', `idx ${q.idx}: ${error.message}`, { cause: error });
  }
}

/** Each plan judged in its own query's world, then TravelPlanner's figures over all of them. */
export async function scoreQueries(queries: readonly QueryToScore[]): Promise<EvaluationSummary> {
  const evaluations = [];
  // One at a time: validation is synchronous work, so running them together would not be faster.
  for (const q of queries) {
    evaluations.push(
      await evaluateTravelPlannerPlan({ idx: q.idx, query: q.fields, plan: q.plan, world: worldFor(q) }),
    );
  }
  return summarizeEvaluations(evaluations);
}
