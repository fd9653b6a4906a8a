import { END, type LangGraphRunnableConfig, Send } from '@langchain/langgraph';
import type { Infeasibility, SolveInput, TripSelection } from '../../tools/planning/planning.types.js';
import { pinnedSolveInput, REPAIR_ATTEMPTS } from '../../tools/planning/repair/pinned-solve-input.js';
import { needsRepair } from '../../tools/planning/repair/recheck-plan.js';
import type { Recheck } from '../../tools/planning/repair/repair.types.js';
import { repairDays } from '../../tools/planning/repair/repair-days.js';
import { keptRecheck, resolveRepair } from '../../tools/planning/repair/repair-resolution.js';
import { solveTrip } from '../../tools/planning/solve-trip.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { cityCatalogue } from '../nodes/world-lookups.js';
import { progress } from '../progress.js';
import type { RepairStateUpdate, RepairStateValue } from './repair-state.js';
import type { ReshopInput } from './reshop.nodes.js';

/** The closest attempt the solver can satisfy, or why even the furthest one failed. */
function solveClosest(
  inputFor: (attempt: (typeof REPAIR_ATTEMPTS)[number]) => SolveInput,
): { selection: TripSelection } | { infeasibility: Infeasibility } {
  let last: Infeasibility | null = null;
  const tried = new Set<string>();
  for (const attempt of REPAIR_ATTEMPTS) {
    const input = inputFor(attempt);
    // Levels that add no candidate give the same input: solving it again would fail again.
    const key = JSON.stringify([input.hopOptions, input.stays]);
    if (tried.has(key)) continue;
    tried.add(key);
    const outcome = solveTrip(input);
    if (outcome.feasible) return { selection: outcome.selection };
    last = outcome.infeasibility;
  }
  return { infeasibility: last ?? { code: 'no-route', reasons: [] } };
}

/** Every leg that still runs and was pinned: re-shopped with the broken ones when a repair widens. */
function pinnedLegs(recheck: Recheck): number[] {
  const inScope = new Set([...recheck.scope.legs, ...(recheck.scope.coupledLegs ?? [])]);
  return recheck.legs.flatMap((leg, i) => (leg !== null && !inScope.has(i) ? [i] : []));
}

/**
 * Solves the trip with everything the recheck left alone pinned, trying replacements closest to
 * what broke first. When pinned legs make every attempt fail while a leg is being re-shopped
 * (a drive out cannot pair with a flight home), the repair widens once: those legs are re-shopped
 * too. An item that got dearer with nothing better in reach is kept; if nothing changed at all, the
 * check ends without a version. Days whose weather turned are handed to the itinerary agent.
 */
export function createRepairSolveNode(deps: TripGraphDeps) {
  return async (state: RepairStateValue, config: LangGraphRunnableConfig): Promise<RepairStateUpdate> => {
    const { basePlan, check: recheck } = state;
    if (!recheck) throw new Error('repair solve ran without a recheck');
    const catalogue = await cityCatalogue(deps.world, basePlan.route.cities);
    const shortlists = { hopOptions: state.hopOptions, stays: state.stayOptions };
    const solved = solveClosest((attempt) =>
      pinnedSolveInput(basePlan, recheck, shortlists, catalogue, attempt),
    );
    if ('infeasibility' in solved) {
      const pinned = pinnedLegs(recheck);
      if (!state.widened && recheck.scope.legs.length > 0 && pinned.length > 0) {
        progress(config, {
          type: 'node',
          node: 'solve',
          message: `no repair with ${pinned.length} legs pinned: re-shopping them too`,
        });
        return { widened: true, check: { ...recheck, scope: { ...recheck.scope, coupledLegs: pinned } } };
      }
      const { reasons } = solved.infeasibility;
      return {
        failure: {
          code: 'infeasible',
          message: `No repair keeps every rule: ${reasons[0] ?? ''}`,
          reasons: [...recheck.findings.map((f) => f.message), ...reasons],
        },
      };
    }
    const { selection } = solved;
    const { resolution, unchanged } = resolveRepair(basePlan, recheck, selection, state.widened);
    if (unchanged) {
      const kept = keptRecheck(recheck, resolution);
      if (!needsRepair(kept)) {
        progress(config, {
          type: 'node',
          node: 'solve',
          message: `plan kept: ${resolution.kept.join('; ')}`,
        });
        return { check: kept };
      }
    }
    const { keep, redo } = repairDays(basePlan, selection, recheck.scope.days);
    const weather = recheck.findings.filter((f) => f.kind === 'weather' && redo.includes(f.day));
    progress(config, {
      type: 'node',
      node: 'solve',
      message: `${keep.length} days kept, ${redo.length} to re-plan`,
    });
    return {
      check: { ...recheck, resolution },
      selection,
      keepDays: keep,
      days: redo.length === 0 ? keep : [],
      critique: weather.map((f) => `${f.message}: plan indoor sights that day`),
    };
  };
}

/**
 * Straight to validation when every day keeps its plan: no itinerary model call. Back to the
 * flights agent when the repair widened; done when it failed or kept the plan as it is.
 */
export function afterRepairSolve(state: RepairStateValue): 'itinerary' | 'validate' | Send | typeof END {
  const { check: recheck } = state;
  if (state.failure || !recheck || !needsRepair(recheck)) return END;
  if (!state.selection) {
    const input: ReshopInput = { basePlan: state.basePlan, recheck, model: state.request.model };
    return new Send('reshopTransport', input);
  }
  return state.keepDays.length === state.spec?.days ? 'validate' : 'itinerary';
}
