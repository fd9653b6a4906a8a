import type { AgentModel, AgentName, TripGraphDeps } from './graph-deps.js';
import { TripPlanningError } from './trip-failure.js';

/** The model an agent runs for this trip: the request's choice, else the agent's default. */
export function modelFor(deps: TripGraphDeps, agent: AgentName, choice: string | undefined): AgentModel {
  if (choice === undefined) return deps.models[agent];
  const chosen = deps.modelChoices?.get(choice);
  if (chosen) return chosen;
  const available = [...(deps.modelChoices?.keys() ?? [])].join(', ') || 'none';
  const message = `The model "${choice}" is not available here; choose one of: ${available}.`;
  throw new TripPlanningError({ code: 'unknown-model', message, reasons: [message] });
}
