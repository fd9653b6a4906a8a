import {
  createDraftItineraryTool,
  type DraftItineraryDeps,
} from '../../tools/itinerary/draft-itinerary.tool.js';
import { createSearchRestaurantsTool } from '../../tools/itinerary/search-restaurants.tool.js';
import { createSearchSightsTool } from '../../tools/itinerary/search-sights.tool.js';
import { createTravelTimeTool } from '../../tools/itinerary/travel-time.tool.js';
import { createWeatherOutlookTool } from '../../tools/itinerary/weather-outlook.tool.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { AgentDefinition } from '../run-agent.js';
import { ItinerarySubmission } from './itinerary.schema.js';

export const SUBMIT_ITINERARY = 'submit_itinerary';

const SYSTEM_PROMPT = `You are the itinerary specialist of a trip planner.
Your job: fill every day of the trip with breakfast, lunch, dinner and sights in that day's city (on a travel day, either city).
Tools: search_sights, search_restaurants (cuisine filter, price cap), weather_outlook, travel_time, and draft_itinerary, which builds a complete, budget-safe draft from your preferred restaurants and sights.
Rules: never repeat a sight; never repeat a restaurant, except that on a long stay draft_itinerary may bring one back after a few days when the city has no unused one left (keep those); every cuisine in the task must be served by at least one meal; keep meals within mealBudget (average cost × travellers); full days need three meals and at least one sight; a travel day's meals count too (dinner after an afternoon arrival, breakfast and lunch before an afternoon departure), so fill them when the budget allows; plan fewer sights when the pace is relaxed, more when packed; favour the travellers' interests and indoor sights on rainy days.
If the task has a critique, fix every problem it lists.
Look things up with parallel tool calls, call draft_itinerary with your preferences, then call ${SUBMIT_ITINERARY} with the days (names exactly as the tools return them).`;

export function createItineraryAgent(
  deps: { world: WorldProvider } & DraftItineraryDeps,
): AgentDefinition<typeof ItinerarySubmission> {
  return {
    name: 'itinerary',
    systemPrompt: SYSTEM_PROMPT,
    tools: [
      createSearchSightsTool(deps),
      createSearchRestaurantsTool(deps),
      createWeatherOutlookTool(deps),
      createTravelTimeTool(deps),
      createDraftItineraryTool(deps),
    ],
    submit: { name: SUBMIT_ITINERARY, description: 'Submit the finished days.', schema: ItinerarySubmission },
  };
}
