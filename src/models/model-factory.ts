import { ChatOpenAI } from '@langchain/openai';
import { OFFLINE_MODEL_NAME } from '../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import { AGENTS, type AgentModel, type AgentName } from '../../graphs/graph-deps.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { Config } from '../config.js';

const PER_AGENT_KEY: Record<AgentName, keyof Config> = {
  intake: 'OPENAI_MODEL_INTAKE',
  flights: 'OPENAI_MODEL_FLIGHTS',
  hotels: 'OPENAI_MODEL_HOTELS',
  itinerary: 'OPENAI_MODEL_ITINERARY',
};

/**
 * One model per agent: ChatOpenAI (any OpenAI-compatible server via OPENAI_BASE_URL) when an API key
 * is configured, else the offline model, which knows the world's place names as its vocabulary.
 */
export function createAgentModels(config: Config, world: WorldProvider): Record<AgentName, AgentModel> {
  if (!config.OPENAI_API_KEY) {
    const offline = createOfflineModel({
      gazetteer: { cities: world.listCities(), regions: world.listRegions() },
      latencyMs: config.OFFLINE_MODEL_LATENCY_MS,
    });
    const model: AgentModel = { model: offline, name: OFFLINE_MODEL_NAME };
    return { intake: model, flights: model, hotels: model, itinerary: model };
  }
  const entries = AGENTS.map((agent): [AgentName, AgentModel] => {
    const name = String(config[PER_AGENT_KEY[agent]] ?? config.OPENAI_MODEL);
    const model = new ChatOpenAI({
      model: name,
      apiKey: config.OPENAI_API_KEY,
      temperature: 0,
      configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
    });
    return [agent, { model, name: `openai:${name}` }];
  });
  return Object.fromEntries(entries) as Record<AgentName, AgentModel>;
}
