import { createLookupPlaceTool } from '../../tools/intake/lookup-place.tool.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { AgentDefinition } from '../run-agent.js';
import { IntakeResult } from './intake.schema.js';

export const SUBMIT_TRIP_SPEC = 'submit_trip_spec';

const SYSTEM_PROMPT = `You are the intake specialist of a trip planner.
Your job: turn the user's request into a structured trip specification.
Tool: lookup_place — check the origin and the destination and use the canonical names it returns; a destination like "2 cities in California" is a region (with cityCount), a single city is a city.
Fields: origin; destination; startDate (YYYY-MM-DD; a date without a year is the next such date on or after "today" in the task); days (including the travel days out and back; "March 3-7" is 5 days); travellers; budget {amount, currency}; constraints: roomType ("entire room", "private room", "shared room", "not shared room"), houseRules the travellers need allowed (pets, children under 10, smoking, parties, visitors), cuisines, excludedModes ("no flights" → flight, "can't drive" → self-driving); preferences: pace and interests.
Never invent an origin, a destination or dates: leave them null and say so in warnings.
Call ${SUBMIT_TRIP_SPEC} once with the result.`;

export function createIntakeAgent(deps: { world: WorldProvider }): AgentDefinition<typeof IntakeResult> {
  return {
    name: 'intake',
    systemPrompt: SYSTEM_PROMPT,
    tools: [createLookupPlaceTool(deps)],
    submit: {
      name: SUBMIT_TRIP_SPEC,
      description: 'Submit the structured trip specification.',
      schema: IntakeResult,
    },
  };
}
