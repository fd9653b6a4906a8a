import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { solveTrip } from '../../tools/planning/solve-trip.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { progress } from '../progress.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';
import { cityCatalogue } from './world-lookups.js';

/** Deterministic: the best route, legs and stays within every hard constraint and the budget. */
export function createSolveNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const spec = state.spec;
    if (!spec) throw new Error('solve ran without a spec');
    const catalogue = await cityCatalogue(
      deps.world,
      state.routes.flatMap((r) => r.cities),
    );
    const outcome = solveTrip({
      spec,
      routes: state.routes,
      hopOptions: state.hopOptions,
      stays: state.stayOptions,
      ...catalogue,
    });
    if (!outcome.feasible) {
      const { reasons } = outcome.infeasibility;
      return {
        failure: {
          code: 'infeasible',
          message: `No plan satisfies this request: ${reasons[0] ?? ''}`,
          reasons,
        },
      };
    }
    const { selection } = outcome;
    progress(config, {
      type: 'node',
      node: 'solve',
      message: `${selection.route.cities.join(' → ')} by ${selection.modes.join(' + ')}`,
    });
    return { selection };
  };
}
