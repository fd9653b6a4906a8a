import { END, type LangGraphRunnableConfig } from '@langchain/langgraph';
import { pinnedSolveInput } from '../../tools/planning/repair/pinned-solve-input.js';
import { repairDays } from '../../tools/planning/repair/repair-days.js';
import { solveTrip } from '../../tools/planning/solve-trip.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { cityCatalogue } from '../nodes/world-lookups.js';
import { progress } from '../progress.js';
import type { RepairStateUpdate, RepairStateValue } from './repair-state.js';

/**
 * Solves the trip with everything the recheck left alone pinned, then decides which days keep
 * their plan. Days whose weather turned are handed to the itinerary agent as a critique.
 */
export function createRepairSolveNode(deps: TripGraphDeps) {
  return async (state: RepairStateValue, config: LangGraphRunnableConfig): Promise<RepairStateUpdate> => {
    const { basePlan, check: recheck } = state;
    if (!recheck) throw new Error('repair solve ran without a recheck');
    const catalogue = await cityCatalogue(deps.world, basePlan.route.cities);
    const input = pinnedSolveInput(
      basePlan,
      recheck,
      { hopOptions: state.hopOptions, stays: state.stayOptions },
      catalogue,
    );
    const outcome = solveTrip(input);
    if (!outcome.feasible) {
      const { reasons } = outcome.infeasibility;
      return {
        failure: {
          code: 'infeasible',
          message: `No repair keeps every rule: ${reasons[0] ?? ''}`,
          reasons: [...recheck.findings.map((f) => f.message), ...reasons],
        },
      };
    }
    const { selection } = outcome;
    const { keep, redo } = repairDays(basePlan, selection, recheck.scope.days);
    const weather = recheck.findings.filter((f) => f.kind === 'weather' && redo.includes(f.day));
    progress(config, {
      type: 'node',
      node: 'solve',
      message: `${keep.length} days kept, ${redo.length} to re-plan`,
    });
    return {
      selection,
      keepDays: keep,
      days: redo.length === 0 ? keep : [],
      critique: weather.map((f) => `${f.message}: plan indoor sights that day`),
    };
  };
}

/** Straight to validation when every day keeps its plan: no itinerary model call. */
export function afterRepairSolve(state: RepairStateValue): 'itinerary' | 'validate' | typeof END {
  if (state.failure) return END;
  return state.keepDays.length === state.spec?.days ? 'validate' : 'itinerary';
}
