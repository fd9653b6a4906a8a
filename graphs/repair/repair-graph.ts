import { END, Send, START, StateGraph } from '@langchain/langgraph';
import { needsRepair } from '../../tools/planning/repair/recheck-plan.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { createComposeNode } from '../nodes/compose.node.js';
import { createItineraryNode } from '../nodes/itinerary.node.js';
import { afterValidate, createValidateNode } from '../nodes/validate.node.js';
import { createRecheckNode } from './recheck.node.js';
import { afterRepairSolve, createRepairSolveNode } from './repair-solve.node.js';
import { RepairState, type RepairStateValue } from './repair-state.js';
import { createReshopStaysNode, createReshopTransportNode, type ReshopInput } from './reshop.nodes.js';

/** Only the agents whose part broke run, in parallel; with nothing to re-shop, straight to solve. */
function afterRecheck(state: RepairStateValue): Send[] | 'repairSolve' | typeof END {
  const { check: recheck } = state;
  if (!recheck || !needsRepair(recheck)) return END;
  const input: ReshopInput = { basePlan: state.basePlan, recheck, model: state.request.model };
  const sends = [
    ...(recheck.scope.legs.length > 0 ? [new Send('reshopTransport', input)] : []),
    ...(recheck.scope.stays.length > 0 ? [new Send('reshopStays', input)] : []),
  ];
  return sends.length > 0 ? sends : 'repairSolve';
}

/**
 * Repairs a watched plan: recheck → (flights for broken hops ∥ hotels for broken cities) → solve
 * with the rest pinned → itinerary for the touched days only → validate ⇄ itinerary → compose.
 * Ends right after the recheck when the plan still holds, and after the solve when nothing better
 * than what the plan has was found. Pinned legs that make every repair impossible send the solve
 * back to the flights agent once, for them too.
 */
export function buildRepairGraph(deps: TripGraphDeps) {
  return new StateGraph(RepairState)
    .addNode('recheck', createRecheckNode(deps))
    .addNode('reshopTransport', createReshopTransportNode(deps))
    .addNode('reshopStays', createReshopStaysNode(deps))
    .addNode('repairSolve', createRepairSolveNode(deps))
    .addNode('itinerary', createItineraryNode(deps))
    .addNode('validate', createValidateNode(deps))
    .addNode('compose', createComposeNode(deps))
    .addEdge(START, 'recheck')
    .addConditionalEdges('recheck', afterRecheck, ['reshopTransport', 'reshopStays', 'repairSolve', END])
    .addEdge('reshopTransport', 'repairSolve')
    .addEdge('reshopStays', 'repairSolve')
    .addConditionalEdges('repairSolve', afterRepairSolve, ['itinerary', 'validate', 'reshopTransport', END])
    .addEdge('itinerary', 'validate')
    .addConditionalEdges('validate', afterValidate, ['itinerary', 'compose'])
    .addEdge('compose', END)
    .compile({ checkpointer: deps.checkpointer });
}

export type RepairGraph = ReturnType<typeof buildRepairGraph>;
