/** One step of an agent, reported as it happens (CLI progress lines, job event streams). */
export interface AgentEvent {
  agent: string;
  /** `fallback`: the server refused json_schema answers; this run and later ones use tool calls. */
  kind: 'model' | 'tool' | 'tool-error' | 'submitted' | 'fallback';
  /** Model rounds so far in this agent run. */
  round: number;
  message: string;
}

export type AgentEventSink = (event: AgentEvent) => void;
