import { END, type LangGraphRunnableConfig, START, StateGraph } from '@langchain/langgraph';
import type { TripGraphDeps } from './graph-deps.js';
import { createClarifyNode } from './nodes/clarify.node.js';
import { createComposeNode } from './nodes/compose.node.js';
import { createFlightsNode, type FlightsNodeInput } from './nodes/flights.node.js';
import { createHotelsNode } from './nodes/hotels.node.js';
import { createIntakeNode } from './nodes/intake.node.js';
import { createItineraryNode } from './nodes/itinerary.node.js';
import { createRouteNode } from './nodes/route.node.js';
import { createSolveNode } from './nodes/solve.node.js';
import { afterValidate, createValidateNode } from './nodes/validate.node.js';
import { TripState, type TripStateValue } from './trip-state.js';

/** Transport and stays are searched in parallel once there is a spec to search for. */
function fanOut(state: TripStateValue): ('flights' | 'hotels')[] | typeof END {
  return state.failure || !state.spec ? END : ['flights', 'hotels'];
}

/**
 * Each search agent is handed only what it needs. Read from the state rather than sent with a
 * Send, whose arguments LangGraph copies and checkpoints with the step (the spec and every
 * candidate route, twice).
 */
function searchInput(state: TripStateValue): FlightsNodeInput {
  if (!state.spec) throw new Error('the searches ran without a trip spec');
  return { spec: state.spec, routes: state.routes, model: state.request.model };
}

/**
 * intake → clarify (interrupt while essentials are missing) → route → flights ∥ hotels → solve
 * → itinerary ⇄ validate (bounded revisions) → compose.
 */
export function buildTripGraph(deps: TripGraphDeps) {
  return new StateGraph(TripState)
    .addNode('intake', createIntakeNode(deps))
    .addNode('clarify', createClarifyNode(deps))
    .addNode('route', createRouteNode(deps))
    .addNode('flights', searching(createFlightsNode(deps)))
    .addNode('hotels', searching(createHotelsNode(deps)))
    .addNode('solve', createSolveNode(deps))
    .addNode('itinerary', createItineraryNode(deps))
    .addNode('validate', createValidateNode(deps))
    .addNode('compose', createComposeNode(deps))
    .addEdge(START, 'intake')
    .addEdge('intake', 'clarify')
    .addConditionalEdges('clarify', (s) => (s.spec ? 'route' : 'clarify'), ['route', 'clarify'])
    .addConditionalEdges('route', fanOut, ['flights', 'hotels', END])
    .addEdge(['flights', 'hotels'], 'solve')
    .addConditionalEdges('solve', (s) => (s.failure ? END : 'itinerary'), ['itinerary', END])
    .addEdge('itinerary', 'validate')
    .addConditionalEdges('validate', afterValidate, ['itinerary', 'compose'])
    .addEdge('compose', END)
    .compile({ checkpointer: deps.checkpointer });
}

export type TripGraph = ReturnType<typeof buildTripGraph>;

function searching<Update>(
  node: (input: FlightsNodeInput, config: LangGraphRunnableConfig) => Promise<Update>,
) {
  return (state: TripStateValue, config: LangGraphRunnableConfig) => node(searchInput(state), config);
}
