import type { CallUsage } from '../tools/domain/usage.schema.js';

/** One step of an agent, reported as it happens (CLI progress lines, job event streams). */
export interface AgentEvent {
  agent: string;
  /**
   * `tools`: the round's tool calls that answered, counted by name (failures come one by one as
   * `tool-error`). `fallback`: the server refused json_schema answers; this run and later ones use
   * tool calls.
   */
  kind: 'model' | 'tools' | 'tool-error' | 'submitted' | 'fallback';
  /** Model rounds so far in this agent run. */
  round: number;
  message: string;
  /** On `model` events: that call's tokens, so usage can be recorded call by call as it happens. */
  usage?: CallUsage;
}

export type AgentEventSink = (event: AgentEvent) => void;
