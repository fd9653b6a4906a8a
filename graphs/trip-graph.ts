import { END, Send, START, StateGraph } from '@langchain/langgraph';
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

/** Transport and stays are searched in parallel, each agent getting only what it needs. */
function fanOut(state: TripStateValue): Send[] | typeof END {
  if (state.failure || !state.spec) return END;
  const input: FlightsNodeInput = { spec: state.spec, routes: state.routes, model: state.request.model };
  return [new Send('flights', input), new Send('hotels', input)];
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
    .addNode('flights', createFlightsNode(deps))
    .addNode('hotels', createHotelsNode(deps))
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
