import { setTimeout as delay } from 'node:timers/promises';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import type { BaseChatModelCallOptions, BindToolsInput } from '@langchain/core/language_models/chat_models';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type AIMessageChunk, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import {
  type StructuredOutputAware,
  type StructuredOutputSetting,
  StructuredOutputSupport,
} from '../structured-output.js';

export const OFFLINE_MODEL_NAME = 'offline-policy/1';

/** One decision of a policy: the tool calls of the next AI turn (and optional text). */
export interface PolicyDecision {
  content?: string;
  toolCalls: { name: string; args: Record<string, unknown> }[];
}

/** Decides the next turn from the conversation so far; pure and deterministic. */
export type OfflinePolicy = (messages: readonly BaseMessage[]) => PolicyDecision;

function toolName(tool: BindToolsInput): string {
  if (typeof tool === 'object' && tool !== null) {
    if ('name' in tool && typeof tool.name === 'string') return tool.name;
    if ('function' in tool && typeof tool.function === 'object' && tool.function && 'name' in tool.function) {
      return String(tool.function.name);
    }
  }
  throw new Error('offline model: cannot read the name of a bound tool');
}

/** Rough token count (4 characters a token) so usage accounting works offline too. */
function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}

export interface OfflineModelOptions {
  /** Simulated latency per call, as a hosted model would have (benchmarks, fault tests). Default 0. */
  latencyMs?: number;
  /** How agents ask this model for their final answer. Default 'tool_call'; it answers in both. */
  structuredOutput?: StructuredOutputSetting;
}

export interface OfflineCallOptions extends BaseChatModelCallOptions {
  /**
   * With a json_schema format (see JsonSchemaResponseFormat) the policy named by the format answers,
   * and its submit call comes back as JSON content instead. Only the name is read.
   */
  response_format?: { type: string; json_schema?: { name: string } };
}

/**
 * A deterministic chat model: it answers with AIMessages carrying tool_calls, exactly as a hosted
 * model does, so every agent runs the identical loop. Which policy answers is chosen by the
 * agent's submit tool among the bound tools (each agent has its own), or in json_schema mode by
 * the response format's name, which is the submit tool's.
 */
export class OfflineChatModel extends BaseChatModel<OfflineCallOptions> implements StructuredOutputAware {
  readonly structuredOutput: StructuredOutputSupport;
  private readonly policies: ReadonlyMap<string, OfflinePolicy>;
  private readonly boundTools: readonly string[];
  private readonly options: OfflineModelOptions;

  constructor(
    policies: ReadonlyMap<string, OfflinePolicy>,
    boundTools: readonly string[] = [],
    options: OfflineModelOptions = {},
  ) {
    super({});
    this.policies = policies;
    this.boundTools = boundTools;
    this.options = options;
    this.structuredOutput = new StructuredOutputSupport(options.structuredOutput ?? 'tool_call');
  }

  override _llmType(): string {
    return 'offline';
  }

  override bindTools(
    tools: BindToolsInput[],
    kwargs?: Partial<OfflineCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, OfflineCallOptions> {
    const bound = new OfflineChatModel(
      this.policies,
      [...this.boundTools, ...tools.map(toolName)],
      this.options,
    );
    return kwargs ? bound.withConfig(kwargs) : bound;
  }

  override async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    if (this.options.latencyMs) await delay(this.options.latencyMs, undefined, { signal: options.signal });
    const format = options.response_format;
    const answerName = format?.type === 'json_schema' ? format.json_schema?.name : undefined;
    const policyKey =
      answerName !== undefined && this.policies.has(answerName)
        ? answerName
        : this.boundTools.find((name) => this.policies.has(name));
    const policy = policyKey ? this.policies.get(policyKey) : undefined;
    if (!policy) {
      const named = answerName === undefined ? '' : ` or response format "${answerName}"`;
      throw new Error(`offline model: no policy for tools [${this.boundTools.join(', ')}]${named}`);
    }
    const decision = policy(messages);
    // Under a response format the final answer is the reply's content, as a hosted model gives it.
    const answer =
      answerName === undefined ? undefined : decision.toolCalls.find((c) => c.name === answerName);
    const toolCalls = answer ? [] : decision.toolCalls;
    const content = answer ? JSON.stringify(answer.args) : (decision.content ?? '');
    const round = messages.filter((m) => m.getType() === 'ai').length + 1;
    const message = new AIMessage({
      content,
      tool_calls: toolCalls.map((call, i) => ({
        id: `call_${round}_${i}`,
        name: call.name,
        args: call.args,
        type: 'tool_call' as const,
      })),
    });
    // The length of the conversation joined by newlines, without joining it: a flights agent's
    // second round reads ~130 search results.
    const characters = messages.reduce((sum, m) => sum + String(m.content).length, messages.length - 1);
    const input = estimateTokens(Math.max(0, characters));
    const output = estimateTokens(content.length + JSON.stringify(toolCalls).length);
    message.usage_metadata = { input_tokens: input, output_tokens: output, total_tokens: input + output };
    return { generations: [{ text: '', message }] };
  }
}
