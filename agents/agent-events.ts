/** One step of an agent, reported as it happens (CLI progress lines, job event streams). */
export interface AgentEvent {
  agent: string;
  kind: 'model' | 'tool' | 'tool-error' | 'submitted';
  /** Model rounds so far in this agent run. */
  round: number;
  message: string;
}

export type AgentEventSink = (event: AgentEvent) => void;
