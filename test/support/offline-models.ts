import { OFFLINE_MODEL_NAME } from '../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import type { AgentModel, AgentName } from '../../graphs/graph-deps.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';

/** Every agent on the offline model, reading places from `world`'s gazetteer, as the embedded planner does. */
export function offlineModels(
  world: Pick<WorldProvider, 'listCities' | 'listRegions'>,
): Record<AgentName, AgentModel> {
  const model = createOfflineModel({
    gazetteer: { cities: world.listCities(), regions: world.listRegions() },
  });
  const agent: AgentModel = { model, name: OFFLINE_MODEL_NAME };
  return { intake: agent, flights: agent, hotels: agent, itinerary: agent };
}
