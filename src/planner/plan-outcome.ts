import type { ClarifyQuestion } from '../../graphs/nodes/clarify.node.js';
import type { TripFailure } from '../../graphs/trip-failure.js';
import type { Plan } from '../../tools/domain/plan.schema.js';

/** How a planning run ended: a plan, a question for the user, or a failure saying why. */
export type PlanOutcome =
  | { status: 'completed'; plan: Plan }
  | { status: 'needs_input'; question: ClarifyQuestion }
  | { status: 'failed'; failure: TripFailure; plan: Plan | null };
