import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { withKeptPrices } from '../../tools/planning/repair/kept-prices.js';
import { needsRepair, recheckPlan } from '../../tools/planning/repair/recheck-plan.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { progress } from '../progress.js';
import type { RepairStateUpdate, RepairStateValue } from './repair-state.js';

/**
 * Re-quotes the plan's legs and stays and reads its weather; no model call. A rise an earlier
 * check already kept (nothing better was in reach) is not re-shopped until it moves again.
 */
export function createRecheckNode(deps: TripGraphDeps) {
  return async (state: RepairStateValue, config: LangGraphRunnableConfig): Promise<RepairStateUpdate> => {
    const quoted = await recheckPlan(deps.world, state.basePlan, state.thresholds, state.weatherBefore);
    const recheck = withKeptPrices(state.basePlan, quoted, state.keptPrices, state.thresholds);
    const { findings, cost } = recheck;
    const moved =
      cost.changePct === null
        ? 'a leg or stay is gone'
        : `cost ${cost.changePct >= 0 ? '+' : ''}${cost.changePct}%`;
    progress(config, {
      type: 'node',
      node: 'recheck',
      message: needsRepair(recheck)
        ? `repair needed: ${findings.map((f) => f.message).join('; ')}`
        : `plan holds (${findings.length} minor changes, ${moved})`,
    });
    return { check: recheck };
  };
}
