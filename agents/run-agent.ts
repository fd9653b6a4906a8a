import { setMaxListeners } from 'node:events';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { type StructuredToolInterface, ToolInputParsingException, tool } from '@langchain/core/tools';
import { z } from 'zod';
import { readToolError } from '../tools/define-tool.js';
import type { CallUsage, TokenUsage } from '../tools/domain/usage.schema.js';
import { AgentError } from './agent-error.js';
import type { AgentEventSink } from './agent-events.js';

export interface AgentDefinition<Out extends z.ZodObject> {
  name: string;
  systemPrompt: string;
  tools: StructuredToolInterface[];
  /** The final answer is a call to this tool; its arguments must parse with `schema`. */
  submit: { name: string; description: string; schema: Out };
  /** Model rounds before giving up. */
  maxRounds?: number;
  /** Bad tool calls (unknown tool, invalid arguments, failed submit) tolerated before failing. */
  maxToolErrors?: number;
}

export interface AgentRunOptions {
  model: BaseChatModel;
  task: HumanMessage;
  onEvent?: AgentEventSink;
  signal?: AbortSignal;
}

/** A run's model calls and tokens, in total and per call (in call order). */
export interface RunUsage extends TokenUsage {
  perCall: CallUsage[];
}

export interface AgentRun<Out> {
  output: Out;
  messages: BaseMessage[];
  modelRounds: number;
  toolCalls: number;
  toolErrors: number;
  usage: RunUsage;
}

const DEFAULT_MAX_ROUNDS = 12;
const PARALLEL_LISTENERS = 256;
const DEFAULT_MAX_TOOL_ERRORS = 4;

/** A reported token count; a missing or nonsensical one counts 0 rather than failing the run. */
function tokens(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.trunc(value) : 0;
}

function callUsage(ai: AIMessage): CallUsage {
  return {
    inputTokens: tokens(ai.usage_metadata?.input_tokens),
    outputTokens: tokens(ai.usage_metadata?.output_tokens),
  };
}

/**
 * The AI turn as it goes back into the history. A call whose arguments were not valid JSON is kept
 * (with empty arguments) so the error reply to it pairs with a call: ChatOpenAI would otherwise
 * send back only the valid calls, and OpenAI rejects a tool reply to an id it has not seen.
 */
function withInvalidCallsKept(ai: AIMessage): AIMessage {
  const invalid = ai.invalid_tool_calls ?? [];
  if (invalid.length === 0) return ai;
  return new AIMessage({
    content: ai.content,
    tool_calls: [
      ...(ai.tool_calls ?? []),
      ...invalid.map((bad) => ({
        id: bad.id ?? '',
        name: bad.name ?? 'unknown',
        args: {},
        type: 'tool_call' as const,
      })),
    ],
    usage_metadata: ai.usage_metadata,
  });
}

function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return z.prettifyError(error);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The tool-calling loop every agent runs: the model answers with tool calls, the tools' results
 * go back as ToolMessages (errors included, so the model can correct itself), until the model
 * calls the submit tool with arguments that satisfy the output schema.
 */
export async function runAgent<Out extends z.ZodObject>(
  definition: AgentDefinition<Out>,
  options: AgentRunOptions,
): Promise<AgentRun<z.infer<Out>>> {
  const { name, submit } = definition;
  const maxRounds = definition.maxRounds ?? DEFAULT_MAX_ROUNDS;
  const maxToolErrors = definition.maxToolErrors ?? DEFAULT_MAX_TOOL_ERRORS;
  const submitTool = tool(async () => 'received', {
    name: submit.name,
    description: submit.description,
    schema: submit.schema,
  });
  const toolsByName = new Map(definition.tools.map((t) => [t.name, t]));
  if (!options.model.bindTools)
    throw new AgentError('model-failed', name, 'the model does not support tool calling');
  const model = options.model.bindTools([...definition.tools, submitTool]);
  const messages: BaseMessage[] = [new SystemMessage(definition.systemPrompt), options.task];
  const emit = options.onEvent ?? (() => {});
  // Each parallel tool call listens for abort on the same signal; a wide fan-out is expected.
  if (options.signal) setMaxListeners(PARALLEL_LISTENERS, options.signal);
  let toolCalls = 0;
  let toolErrors = 0;
  const usage: RunUsage = { calls: 0, inputTokens: 0, outputTokens: 0, perCall: [] };

  const countError = (toolName: string, content: string): void => {
    toolErrors += 1;
    emit({ agent: name, kind: 'tool-error', round: rounds, message: `${toolName}: ${content}` });
    if (toolErrors > maxToolErrors) {
      throw new AgentError(
        'too-many-tool-errors',
        name,
        `gave up after ${toolErrors} bad tool calls; last: ${content}`,
      );
    }
  };
  const fail = (content: string, toolCallId: string, toolName: string): ToolMessage => {
    countError(toolName, content);
    return new ToolMessage({
      content: `Error: ${content}`,
      tool_call_id: toolCallId,
      name: toolName,
      status: 'error',
    });
  };

  let rounds = 0;
  while (rounds < maxRounds) {
    options.signal?.throwIfAborted();
    rounds += 1;
    let ai: AIMessage;
    try {
      ai = (await model.invoke(messages, { signal: options.signal })) as AIMessage;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new AgentError('model-failed', name, describeError(error), { cause: error });
    }
    messages.push(withInvalidCallsKept(ai));
    const spent = callUsage(ai);
    usage.calls += 1;
    usage.inputTokens += spent.inputTokens;
    usage.outputTokens += spent.outputTokens;
    usage.perCall.push(spent);
    const calls = ai.tool_calls ?? [];
    emit({
      agent: name,
      kind: 'model',
      round: rounds,
      message: calls.map((c) => c.name).join(', ') || 'no tool call',
    });

    const replies: ToolMessage[] = [];
    for (const bad of ai.invalid_tool_calls ?? []) {
      replies.push(
        fail(`arguments are not valid JSON (${bad.error ?? 'unparseable'})`, bad.id ?? '', bad.name ?? '?'),
      );
    }
    if (calls.length === 0 && replies.length === 0) {
      countError(submit.name, 'answered without a tool call');
      messages.push(new HumanMessage(`Reply with tool calls only; finish by calling ${submit.name}.`));
      continue;
    }

    let submitted: z.infer<Out> | undefined;
    const results = await Promise.all(
      calls.map(async (call) => {
        const callId = call.id ?? '';
        if (call.name === submit.name) {
          const parsed = submit.schema.safeParse(call.args);
          if (!parsed.success)
            return fail(
              `invalid ${submit.name} arguments: ${describeError(parsed.error)}`,
              callId,
              call.name,
            );
          submitted = parsed.data;
          return new ToolMessage({ content: 'received', tool_call_id: callId, name: call.name });
        }
        const target = toolsByName.get(call.name);
        if (!target) {
          const known = [...toolsByName.keys(), submit.name].join(', ');
          return fail(`unknown tool "${call.name}"; available tools: ${known}`, callId, call.name);
        }
        toolCalls += 1;
        try {
          const content = String(await target.invoke(call.args, { signal: options.signal }));
          const toolError = readToolError(content);
          if (toolError !== undefined) return fail(toolError, callId, call.name);
          emit({ agent: name, kind: 'tool', round: rounds, message: call.name });
          return new ToolMessage({ content, tool_call_id: callId, name: call.name });
        } catch (error) {
          if (options.signal?.aborted) throw error;
          const what =
            error instanceof ToolInputParsingException
              ? `invalid arguments for ${call.name}`
              : `${call.name} failed`;
          return fail(`${what}: ${describeError(error)}`, callId, call.name);
        }
      }),
    );
    messages.push(...replies, ...results);
    if (submitted !== undefined) {
      emit({ agent: name, kind: 'submitted', round: rounds, message: submit.name });
      return { output: submitted, messages, modelRounds: rounds, toolCalls, toolErrors, usage };
    }
  }
  throw new AgentError('step-limit', name, `no valid ${submit.name} call within ${maxRounds} model rounds`);
}
