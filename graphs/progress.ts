import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { AgentEvent } from '../agents/agent-events.js';

/** A progress line of a run: a graph node finishing a step, or an agent step. */
export type ProgressEvent =
  | { type: 'node'; node: string; message: string }
  | ({ type: 'agent' /** The model the agent runs on. */; model?: string } & AgentEvent);

/** Emits on LangGraph's custom stream, so CLI and workers follow with `streamMode: 'custom'`. */
export function progress(config: LangGraphRunnableConfig | undefined, event: ProgressEvent): void {
  config?.writer?.(event);
}

export function agentEventSink(config: LangGraphRunnableConfig | undefined, model?: string) {
  return (event: AgentEvent) => progress(config, { type: 'agent', model, ...event });
}
