import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseCheckpointSaver } from '@langchain/langgraph';
import type { WorldProvider } from '../tools/providers/world-provider.js';

export const AGENTS = ['intake', 'flights', 'hotels', 'itinerary'] as const;
export type AgentName = (typeof AGENTS)[number];

export interface AgentModel {
  model: BaseChatModel;
  /** Shown in plans, e.g. "offline-policy/1" or "openai:gpt-4o-mini". */
  name: string;
}

export interface TripGraphDeps {
  world: WorldProvider;
  models: Record<AgentName, AgentModel>;
  /** Models a request may choose by name (replacing every agent's default). */
  modelChoices?: ReadonlyMap<string, AgentModel>;
  checkpointer?: BaseCheckpointSaver;
  /** Validation rounds handed back to the itinerary agent before giving up. Default 2. */
  maxRevisions?: number;
}
