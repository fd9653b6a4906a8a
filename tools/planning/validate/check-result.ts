import type { CostBreakdown, PlanDraft } from '../../domain/plan.schema.js';
import type { WorldFacts } from './world-facts.js';

/** The outcome of one check: `problems` are sentences an agent can act on, one per fault. */
export interface CheckResult {
  passed: boolean;
  problems: string[];
}

/** Everything a check may look at; checks are pure functions of it. */
export interface CheckContext {
  draft: PlanDraft;
  /** What the world said about every entity the draft names, fetched once per validation. */
  facts: WorldFacts;
  /** The cost breakdown a full `Plan` states about itself, so a misstated one can be flagged. */
  recordedCost?: CostBreakdown | undefined;
}

export type Check = (context: CheckContext) => CheckResult;

export function checkResult(problems: string[]): CheckResult {
  return { passed: problems.length === 0, problems };
}
