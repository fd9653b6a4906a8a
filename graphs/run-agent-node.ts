import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { z } from 'zod';
import { type AgentDefinition, runAgent } from '../agents/run-agent.js';
import { taskMessage } from '../agents/task-message.js';
import type { AgentModel, TripGraphDeps } from './graph-deps.js';
import { agentEventSink } from './progress.js';
import type { AgentRunRecord } from './trip-state.js';

/**
 * Runs one agent inside a node. An agent that gives up (a flaky model: too many bad tool calls,
 * or requests that kept failing after their own retries) throws AgentError: the node fails, the
 * trip keeps its checkpoints, and a job can retry it from there.
 */
export async function runAgentInNode<Out extends z.ZodObject>(
  deps: Pick<TripGraphDeps, 'onTranscript'>,
  definition: AgentDefinition<Out>,
  model: AgentModel,
  instruction: string,
  task: unknown,
  config: LangGraphRunnableConfig,
): Promise<{ output: z.infer<Out>; record: AgentRunRecord }> {
  const run = await runAgent(definition, {
    model: model.model,
    task: taskMessage(instruction, task),
    onEvent: agentEventSink(config, model.name),
    signal: config.signal,
  });
  const { output, messages, ...rest } = run;
  const threadId = String(config.configurable?.thread_id ?? '');
  deps.onTranscript?.({ threadId, agent: definition.name, model: model.name, messages });
  return { output, record: { model: model.name, ...rest } };
}
