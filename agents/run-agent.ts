import { setMaxListeners } from 'node:events';
import type { BaseChatModel, BaseChatModelCallOptions } from '@langchain/core/language_models/chat_models';
import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { type StructuredToolInterface, ToolInputParsingException, tool } from '@langchain/core/tools';
import { isTracingEnabled } from 'langsmith';
import { z } from 'zod';
import { readToolError, runTool } from '../tools/define-tool.js';
import type { CallUsage, TokenUsage } from '../tools/domain/usage.schema.js';
import { AgentError } from './agent-error.js';
import type { AgentEventSink } from './agent-events.js';
import {
  type JsonAnswerCallOptions,
  jsonAnswerFormat,
  jsonAnswerInstruction,
  readJsonAnswer,
} from './structured-answer.js';
import { type StructuredOutputMode, structuredOutputOf } from './structured-output.js';

export interface AgentDefinition<Out extends z.ZodObject> {
  name: string;
  systemPrompt: string;
  tools: StructuredToolInterface[];
  /**
   * The final answer, which must parse with `schema`: in tool_call mode the arguments of a call to
   * this tool; in json_schema mode the JSON content of the last AI turn, under a response format
   * of this name (see structured-output.ts for which mode a model uses).
   */
  submit: { name: string; description: string; schema: Out };
  /** Model rounds before giving up. */
  maxRounds?: number;
  /** Bad tool calls (unknown tool, invalid arguments, failed submit or JSON answer) tolerated before failing. */
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
 * gives an answer that satisfies the output schema: a call to the submit tool (tool_call mode) or
 * a JSON reply under a response format (json_schema mode). A server that refuses json_schema
 * under the `auto` setting turns the run, and the model's later runs, to tool_call mode.
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
  const bindTools = options.model.bindTools.bind(options.model);
  const support = structuredOutputOf(options.model);
  let mode: StructuredOutputMode = support?.mode ?? 'tool_call';
  const jsonAnswer: JsonAnswerCallOptions = { response_format: jsonAnswerFormat(submit), strict: false };
  const bindFor = (m: StructuredOutputMode) =>
    m === 'json_schema'
      ? // response_format is ChatOpenAI's (and the offline model's) call option, not the base type's.
        bindTools(definition.tools, jsonAnswer as Partial<BaseChatModelCallOptions>)
      : bindTools([...definition.tools, submitTool]);
  const promptFor = (m: StructuredOutputMode) =>
    new SystemMessage(
      m === 'json_schema'
        ? `${definition.systemPrompt}\n\n${jsonAnswerInstruction(submit.name)}`
        : definition.systemPrompt,
    );
  let model = bindFor(mode);
  const messages: BaseMessage[] = [promptFor(mode), options.task];
  const emit = options.onEvent ?? (() => {});
  // Each parallel tool call listens for abort on the same signal; a wide fan-out is expected.
  if (options.signal) setMaxListeners(PARALLEL_LISTENERS, options.signal);
  // Decided once per run, as the run begins: asked per call, outside a graph it read the
  // environment every time, which cost more than the call.
  const traced = isTracingEnabled();
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
  /** One model turn; a refused json_schema request is sent again in tool_call mode (not a round). */
  const callModel = async (): Promise<AIMessage> => {
    for (;;) {
      try {
        return (await model.invoke(messages, { signal: options.signal })) as AIMessage;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        if (mode === 'json_schema' && support?.fallBackAfter(error)) {
          mode = 'tool_call';
          model = bindFor(mode);
          messages[0] = promptFor(mode);
          const message = `${describeError(error)}; answering with ${submit.name} calls from now on`;
          emit({ agent: name, kind: 'fallback', round: rounds, message });
          continue;
        }
        throw new AgentError('model-failed', name, describeError(error), { cause: error });
      }
    }
  };

  while (rounds < maxRounds) {
    options.signal?.throwIfAborted();
    rounds += 1;
    const ai = await callModel();
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
      message: countNames(calls.map((c) => c.name)) || 'no tool call',
      usage: spent,
    });

    const replies: ToolMessage[] = [];
    for (const bad of ai.invalid_tool_calls ?? []) {
      replies.push(
        fail(`arguments are not valid JSON (${bad.error ?? 'unparseable'})`, bad.id ?? '', bad.name ?? '?'),
      );
    }
    if (calls.length === 0 && replies.length === 0 && mode === 'json_schema') {
      const answer = readJsonAnswer(ai, submit.schema);
      if (answer.ok) {
        emit({ agent: name, kind: 'submitted', round: rounds, message: submit.name });
        return { output: answer.value, messages, modelRounds: rounds, toolCalls, toolErrors, usage };
      }
      countError(submit.name, answer.problem);
      messages.push(
        new HumanMessage(
          `Error: ${answer.problem}. Reply with the corrected JSON answer only, or call a tool first if you need to.`,
        ),
      );
      continue;
    }
    if (calls.length === 0 && replies.length === 0) {
      countError(submit.name, 'answered without a tool call');
      messages.push(new HumanMessage(`Reply with tool calls only; finish by calling ${submit.name}.`));
      continue;
    }

    let submitted: z.infer<Out> | undefined;
    const answered: string[] = [];
    const results = await Promise.all(
      calls.map(async (call) => {
        const callId = call.id ?? '';
        if (mode === 'tool_call' && call.name === submit.name) {
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
          const known = [...toolsByName.keys(), ...(mode === 'tool_call' ? [submit.name] : [])].join(', ');
          return fail(`unknown tool "${call.name}"; available tools: ${known}`, callId, call.name);
        }
        toolCalls += 1;
        try {
          const { content, value } = await runTool(target, call.args, { signal: options.signal, traced });
          const toolError = readToolError(content);
          if (toolError !== undefined) return fail(toolError, callId, call.name);
          answered.push(call.name);
          // The value rides along as the message's artifact, which is never sent to a model.
          return new ToolMessage({ content, artifact: value, tool_call_id: callId, name: call.name });
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
    // One line per round, not per call: a fan-out of 30 searches is one step to someone watching.
    if (answered.length > 0)
      emit({ agent: name, kind: 'tools', round: rounds, message: countNames(answered) });
    if (submitted !== undefined) {
      emit({ agent: name, kind: 'submitted', round: rounds, message: submit.name });
      return { output: submitted, messages, modelRounds: rounds, toolCalls, toolErrors, usage };
    }
  }
  const wanted = mode === 'tool_call' ? `${submit.name} call` : `${submit.name} JSON answer`;
  throw new AgentError('step-limit', name, `no valid ${wanted} within ${maxRounds} model rounds`);
}

/** "ground_transport ×3, search_stays": names in first-seen order, repeats counted. */
function countNames(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n === 1 ? name : `${name} ×${n}`)).join(', ');
}
