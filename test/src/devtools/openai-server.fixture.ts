import { randomUUID } from 'node:crypto';
import { MemorySaver } from '@langchain/langgraph';
import { ChatOpenAI, type ChatOpenAIFields } from '@langchain/openai';
import type { AgentModel } from '../../../graphs/graph-deps.js';
import { buildTripGraph } from '../../../graphs/trip-graph.js';
import {
  type OpenAiCompatibleServerOptions,
  type RunningOpenAiServer,
  startOpenAiCompatibleServer,
} from '../../../src/devtools/openai-compatible-server.js';
import { PlannerChatOpenAI, type PlannerChatOpenAIFields } from '../../../src/models/chat-openai.js';
import { startTrip } from '../../../src/planner/run-trip-graph.js';
import type { Plan } from '../../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

export const world = createSandboxWorld({ seed: 1 });
export const gazetteer = { cities: world.listCities(), regions: world.listRegions() };
export const TODAY = '2026-11-24';
export const SEATTLE =
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights';

export function startServer(
  options: Omit<OpenAiCompatibleServerOptions, 'gazetteer'> = {},
): Promise<RunningOpenAiServer> {
  return startOpenAiCompatibleServer({ gazetteer, ...options });
}

/** The client exactly as the product builds it, pointed at the local server. */
export function openAiModel(server: RunningOpenAiServer, fields: Partial<ChatOpenAIFields> = {}): ChatOpenAI {
  return new ChatOpenAI({
    model: 'offline-policy',
    apiKey: 'test',
    configuration: { baseURL: server.url },
    maxRetries: 0,
    ...fields,
  });
}

/** The client as the model factory builds it (structured output 'auto' unless told), pointed at the local server. */
export function plannerModel(
  server: RunningOpenAiServer,
  fields: Partial<PlannerChatOpenAIFields> = {},
): PlannerChatOpenAI {
  return new PlannerChatOpenAI({
    model: 'offline-policy',
    apiKey: 'test',
    configuration: { baseURL: server.url },
    maxRetries: 0,
    ...fields,
  });
}

/** Plans the Seattle example with every agent on `model`; throws unless a plan came back. */
export async function planSeattle(model: ChatOpenAI): Promise<Plan> {
  const agentModel: AgentModel = { model, name: 'openai:offline-policy' };
  const models = { intake: agentModel, flights: agentModel, hotels: agentModel, itinerary: agentModel };
  const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });
  const outcome = await startTrip({ graph, threadId: randomUUID() }, { text: SEATTLE }, TODAY);
  if (outcome.status !== 'completed') throw new Error(`trip did not complete: ${JSON.stringify(outcome)}`);
  return outcome.plan;
}

/** A recorded chat-completion body, typed as loosely as the assertions need. */
export interface SentBody {
  model: string;
  stream?: boolean;
  parallel_tool_calls?: boolean;
  temperature?: number;
  response_format?: {
    type: string;
    json_schema: { name: string; strict?: boolean; schema: Record<string, unknown> };
  };
  tools: {
    type: string;
    function: { name: string; strict?: boolean; parameters: Record<string, unknown> };
  }[];
  messages: {
    role: string;
    content: string | null;
    tool_call_id?: string;
    tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  }[];
}

export function sentBodies(server: RunningOpenAiServer): SentBody[] {
  return server.received.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body as SentBody);
}
