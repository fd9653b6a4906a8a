import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { validatePlan } from '../../tools/planning/validate/validate-plan.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { progress } from '../progress.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';

export const DEFAULT_MAX_REVISIONS = 2;

/** Checks every commonsense and hard constraint; failures go back to the itinerary agent as a critique. */
export function createValidateNode(deps: TripGraphDeps) {
  const maxRevisions = deps.maxRevisions ?? DEFAULT_MAX_REVISIONS;
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const { spec, selection } = state;
    if (!spec || !selection) throw new Error('validate ran without a selection');
    const validation = await validatePlan(
      { spec, route: selection.route, legs: selection.legs, stays: selection.stays, days: state.days },
      deps.world,
    );
    const failed = validation.checks.filter((c) => !c.passed);
    progress(config, {
      type: 'node',
      node: 'validate',
      message: validation.passed
        ? `all ${validation.checks.length} checks pass`
        : `${failed.length} checks fail: ${failed.map((c) => c.id).join(', ')}`,
    });
    if (validation.passed || state.revisions >= maxRevisions) return { validation, critique: [] };
    return { validation, critique: failed.flatMap((c) => c.problems), revisions: state.revisions + 1 };
  };
}

/** After validation: revise while a critique is pending, else compose. */
export function afterValidate(state: TripStateValue): 'itinerary' | 'compose' {
  return state.critique.length > 0 ? 'itinerary' : 'compose';
}
