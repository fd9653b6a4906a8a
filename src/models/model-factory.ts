import { OFFLINE_MODEL_NAME } from '../../agents/offline/offline-chat-model.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import { AGENTS, type AgentModel, type AgentName } from '../../graphs/graph-deps.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';
import type { Config } from '../config.js';
import { PlannerChatOpenAI } from './chat-openai.js';
import { createModelFetch } from './model-fetch.js';

const PER_AGENT_KEY: Record<AgentName, keyof Config> = {
  intake: 'OPENAI_MODEL_INTAKE',
  flights: 'OPENAI_MODEL_FLIGHTS',
  hotels: 'OPENAI_MODEL_HOTELS',
  itinerary: 'OPENAI_MODEL_ITINERARY',
};

/** The models a request may choose by name; without an API key, only the offline model. */
export function allowedModels(config: Config): string[] {
  if (!config.OPENAI_API_KEY) return [OFFLINE_MODEL_NAME];
  const configured = AGENTS.map((agent) => String(config[PER_AGENT_KEY[agent]] ?? config.OPENAI_MODEL));
  return [...new Set([...configured, ...config.MODEL_ALLOWLIST])];
}

/**
 * ChatOpenAI instances are shared by name, so MODEL_MAX_CONCURRENCY bounds a model's concurrent
 * requests across every agent and trip of the process, and a server's refusal of json_schema
 * (OPENAI_STRUCTURED_OUTPUT=auto) is learnt once per model and process.
 */
function openAiModels(config: Config): (name: string) => AgentModel {
  const modelFetch = createModelFetch();
  const byName = new Map<string, AgentModel>();
  return (name) => {
    const existing = byName.get(name);
    if (existing) return existing;
    const model = new PlannerChatOpenAI({
      model: name,
      structuredOutput: config.OPENAI_STRUCTURED_OUTPUT,
      apiKey: config.OPENAI_API_KEY,
      temperature: 0,
      timeout: config.OPENAI_TIMEOUT_MS,
      maxRetries: config.OPENAI_MAX_RETRIES,
      maxConcurrency: config.MODEL_MAX_CONCURRENCY,
      configuration: { baseURL: config.OPENAI_BASE_URL, fetch: modelFetch },
    });
    const entry: AgentModel = { model, name: `openai:${name}` };
    byName.set(name, entry);
    return entry;
  };
}

function offlineModel(config: Config, world: WorldProvider): AgentModel {
  const offline = createOfflineModel({
    gazetteer: { cities: world.listCities(), regions: world.listRegions() },
    latencyMs: config.OFFLINE_MODEL_LATENCY_MS,
  });
  return { model: offline, name: OFFLINE_MODEL_NAME };
}

export interface ModelSet {
  /** Per agent, when the request names no model. */
  defaults: Record<AgentName, AgentModel>;
  /** By name, for requests that choose one (the allow-list). */
  choices: ReadonlyMap<string, AgentModel>;
}

/**
 * One model per agent: ChatOpenAI (any OpenAI-compatible server via OPENAI_BASE_URL) when an API key
 * is configured, else the offline model, which knows the world's place names as its vocabulary.
 */
export function createModels(config: Config, world: WorldProvider): ModelSet {
  if (!config.OPENAI_API_KEY) {
    const model = offlineModel(config, world);
    return {
      defaults: { intake: model, flights: model, hotels: model, itinerary: model },
      choices: new Map([[OFFLINE_MODEL_NAME, model]]),
    };
  }
  const named = openAiModels(config);
  const defaults = Object.fromEntries(
    AGENTS.map((agent) => [agent, named(String(config[PER_AGENT_KEY[agent]] ?? config.OPENAI_MODEL))]),
  ) as Record<AgentName, AgentModel>;
  return { defaults, choices: new Map(allowedModels(config).map((name) => [name, named(name)])) };
}

/** The per-agent defaults only (callers that never take a model choice). */
export function createAgentModels(config: Config, world: WorldProvider): Record<AgentName, AgentModel> {
  return createModels(config, world).defaults;
}
