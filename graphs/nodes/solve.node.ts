import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { SolveOutcome } from '../../tools/planning/planning.types.js';
import { hasOffers, solveWithRepricedOffers } from '../../tools/planning/reprice-offers.js';
import { solveTrip } from '../../tools/planning/solve-trip.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { progress } from '../progress.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';
import { cityCatalogue } from './world-lookups.js';

/**
 * What the solver consumed: nothing after it reads the candidate routes or the option lists, and
 * every later checkpoint would carry them again (MemorySaver stores whole states: a 7-day 3-city
 * plan's 56 KB of transport options went through JSON five times more). Cleared once chosen.
 */
const CONSUMED: TripStateUpdate = { routes: [], hopOptions: [], stayOptions: {} };

/**
 * Deterministic: the best route, legs and stays within every hard constraint and the budget.
 * Flights and stays that carry offers (real sources) are re-quoted once chosen, and the solve runs again on
 * what changed (tools/planning/reprice-offers.ts); the sandbox has no offers and skips that.
 */
export function createSolveNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const spec = state.spec;
    if (!spec) throw new Error('solve ran without a spec');
    const catalogue = await cityCatalogue(
      deps.world,
      state.routes.flatMap((r) => r.cities),
    );
    const input = {
      spec,
      routes: state.routes,
      hopOptions: state.hopOptions,
      stays: state.stayOptions,
      ...catalogue,
    };
    if (!hasOffers(state.hopOptions, state.stayOptions))
      return { ...CONSUMED, ...solved(solveTrip(input), config) };
    const repriced = await solveWithRepricedOffers(deps.world, input, solveTrip);
    const offerNotes = repriced.notes.map((n) => `${n.wish}: ${n.reason}`);
    return { ...CONSUMED, ...solved(repriced.outcome, config, offerNotes), notHonoured: repriced.notes };
  };
}

/** The state update for a solver outcome: the selection, or the failure with its reasons. */
function solved(
  outcome: SolveOutcome,
  config: LangGraphRunnableConfig,
  offerNotes: readonly string[] = [],
): TripStateUpdate {
  if (!outcome.feasible) {
    // What re-quoting changed is part of why: "fare of ZZ 1001 on day 1: the offer … was gone".
    const reasons = [...outcome.infeasibility.reasons, ...offerNotes];
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
}
