import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { z } from 'zod';
import { isAgentError } from '../agents/agent-error.js';
import { type AgentDefinition, runAgent } from '../agents/run-agent.js';
import { taskMessage } from '../agents/task-message.js';
import type { AgentModel } from './graph-deps.js';
import { agentEventSink } from './progress.js';
import { TripPlanningError } from './trip-failure.js';
import type { AgentRunRecord } from './trip-state.js';

/** Runs one agent inside a node; an agent that gives up becomes a clear trip failure. */
export async function runAgentInNode<Out extends z.ZodObject>(
  definition: AgentDefinition<Out>,
  model: AgentModel,
  instruction: string,
  task: unknown,
  config: LangGraphRunnableConfig,
): Promise<{ output: z.infer<Out>; record: AgentRunRecord }> {
  try {
    const run = await runAgent(definition, {
      model: model.model,
      task: taskMessage(instruction, task),
      onEvent: agentEventSink(config),
      signal: config.signal,
    });
    const { output, ...rest } = run;
    return { output, record: { model: model.name, ...rest } };
  } catch (error) {
    if (isAgentError(error)) {
      throw new TripPlanningError({ code: 'agent-failed', message: error.message, reasons: [error.message] });
    }
    throw error;
  }
}
