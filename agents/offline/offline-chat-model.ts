import { setTimeout as delay } from 'node:timers/promises';
import type { BindToolsInput } from '@langchain/core/language_models/chat_models';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';

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
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * A deterministic chat model: it answers with AIMessages carrying tool_calls, exactly as a hosted
 * model does, so every agent runs the identical loop. Which policy answers is chosen by the
 * agent's submit tool among the bound tools (each agent has its own).
 */
export interface OfflineModelOptions {
  /** Simulated latency per call, as a hosted model would have (benchmarks, fault tests). Default 0. */
  latencyMs?: number;
}

export class OfflineChatModel extends BaseChatModel {
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
  }

  override _llmType(): string {
    return 'offline';
  }

  override bindTools(tools: BindToolsInput[]): OfflineChatModel {
    return new OfflineChatModel(this.policies, [...this.boundTools, ...tools.map(toolName)], this.options);
  }

  override async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    if (this.options.latencyMs) await delay(this.options.latencyMs, undefined, { signal: options.signal });
    const policyKey = this.boundTools.find((name) => this.policies.has(name));
    const policy = policyKey ? this.policies.get(policyKey) : undefined;
    if (!policy) {
      throw new Error(`offline model: no policy for tools [${this.boundTools.join(', ')}]`);
    }
    const decision = policy(messages);
    const round = messages.filter((m) => m.getType() === 'ai').length + 1;
    const message = new AIMessage({
      content: decision.content ?? '',
      tool_calls: decision.toolCalls.map((call, i) => ({
        id: `call_${round}_${i}`,
        name: call.name,
        args: call.args,
        type: 'tool_call' as const,
      })),
    });
    const input = estimateTokens(messages.map((m) => String(m.content)).join('\n'));
    const output = estimateTokens(JSON.stringify(decision.toolCalls));
    message.usage_metadata = { input_tokens: input, output_tokens: output, total_tokens: input + output };
    return { generations: [{ text: '', message }] };
  }
}
