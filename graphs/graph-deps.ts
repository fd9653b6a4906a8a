import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { BaseCheckpointSaver } from '@langchain/langgraph';
import type { WorldProvider } from '../tools/providers/world-provider.js';

export const AGENTS = ['intake', 'flights', 'hotels', 'itinerary'] as const;
export type AgentName = (typeof AGENTS)[number];

export interface AgentModel {
  model: BaseChatModel;
  /** Shown in plans, e.g. "offline-policy/1" or "openai:gpt-4o-mini". */
  name: string;
}

/** One agent's whole conversation: system prompt, task, AI tool calls and their results. */
export interface AgentTranscript {
  threadId: string;
  agent: string;
  model: string;
  messages: BaseMessage[];
}

export interface TripGraphDeps {
  world: WorldProvider;
  models: Record<AgentName, AgentModel>;
  /** Models a request may choose by name (replacing every agent's default). */
  modelChoices?: ReadonlyMap<string, AgentModel>;
  checkpointer?: BaseCheckpointSaver;
  /**
   * Receives each agent run's conversation. Kept out of the graph state on purpose: checkpointing
   * transcripts made every step re-serialise them (most of a plan's CPU and ~90% of its Redis bytes).
   */
  onTranscript?: (transcript: AgentTranscript) => void;
  /** How many days ahead of today a trip may start (REQUEST_HORIZON_DAYS). Default two years. */
  requestHorizonDays?: number;
  /** Validation rounds handed back to the itinerary agent before giving up. Default 2. */
  maxRevisions?: number;
}
