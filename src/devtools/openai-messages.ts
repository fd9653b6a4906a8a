import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  type InvalidToolCall,
  SystemMessage,
  type ToolCall,
  ToolMessage,
} from '@langchain/core/messages';
import type { WireMessage, WireToolCall } from './openai-wire.schema.js';

/*
 * Inbound conversion is written here rather than borrowed from @langchain/openai: its exported
 * convertCompletionsMessageToBaseMessage is marked internal/deprecated and only converts assistant
 * messages (every other role becomes a generic ChatMessage the policies cannot read).
 */

export function contentText(content: WireMessage['content'] | undefined): string {
  if (content === null || content === undefined) return '';
  return typeof content === 'string' ? content : content.map((part) => part.text).join('');
}

/**
 * The pairing rules api.openai.com enforces: every assistant tool call is answered by a tool
 * message before the conversation moves on, and every tool message answers a pending call.
 * Returns the problem in the API's words (they mention `tool_calls`, which LangChain maps to its
 * INVALID_TOOL_RESULTS error), or undefined when the conversation is well formed.
 */
export function conversationProblem(messages: readonly WireMessage[]): string | undefined {
  let pending = new Set<string>();
  const unanswered = () =>
    `An assistant message with 'tool_calls' must be followed by tool messages responding to each ` +
    `'tool_call_id'. The following tool_call_ids did not have response messages: ${[...pending].join(', ')}`;
  for (const [i, message] of messages.entries()) {
    if (message.role === 'tool') {
      if (!pending.delete(message.tool_call_id)) {
        return `Invalid parameter: messages[${i}] with role 'tool' must be a response to a preceding message with 'tool_calls' (tool_call_id ${message.tool_call_id}).`;
      }
      continue;
    }
    if (pending.size > 0) return unanswered();
    if (message.role === 'assistant') pending = new Set((message.tool_calls ?? []).map((c) => c.id));
  }
  return pending.size > 0 ? unanswered() : undefined;
}

function parseCall(call: WireToolCall): ToolCall | InvalidToolCall {
  try {
    const args: unknown = JSON.parse(call.function.arguments || '{}');
    if (typeof args !== 'object' || args === null || Array.isArray(args)) throw new Error('not an object');
    return {
      id: call.id,
      name: call.function.name,
      args: args as Record<string, unknown>,
      type: 'tool_call',
    };
  } catch (error) {
    return {
      id: call.id,
      name: call.function.name,
      args: call.function.arguments,
      error: String(error),
      type: 'invalid_tool_call',
    };
  }
}

/**
 * Whether an assistant turn is one of the server's injected faults: tool-call ids with the prefix,
 * or (a wrong JSON answer) content carrying it.
 */
function isFaultTurn(message: WireMessage, faultIdPrefix: string): boolean {
  if (message.role !== 'assistant') return false;
  const calls = message.tool_calls ?? [];
  if (calls.length > 0) return calls.some((c) => c.id.startsWith(faultIdPrefix));
  return contentText(message.content).includes(faultIdPrefix);
}

/**
 * OpenAI messages → LangChain messages for the offline policies. Injected faults (turns marked
 * with `dropTurnsWithIds`) are removed with their answers — tool replies, or the user turn the
 * agent loop sends back after a wrong JSON answer: the policy then answers as if the mistake never
 * happened, which is what "the model corrects itself on the next turn" means for a deterministic
 * model.
 */
export function toLangChainMessages(
  messages: readonly WireMessage[],
  dropTurnsWithIds: string,
): BaseMessage[] {
  const dropped = new Set<string>();
  const result: BaseMessage[] = [];
  let dropNextUser = false;
  for (const message of messages) {
    const text = contentText(message.content);
    if (dropNextUser && message.role === 'user') {
      dropNextUser = false;
      continue;
    }
    dropNextUser = false;
    switch (message.role) {
      case 'system':
      case 'developer':
        result.push(new SystemMessage(text));
        break;
      case 'user':
        result.push(new HumanMessage(text));
        break;
      case 'assistant': {
        const calls = message.tool_calls ?? [];
        if (isFaultTurn(message, dropTurnsWithIds)) {
          for (const c of calls) dropped.add(c.id);
          dropNextUser = calls.length === 0;
          break;
        }
        const parsed = calls.map(parseCall);
        result.push(
          new AIMessage({
            content: text,
            tool_calls: parsed.filter((c): c is ToolCall => c.type === 'tool_call'),
            invalid_tool_calls: parsed.filter((c): c is InvalidToolCall => c.type === 'invalid_tool_call'),
          }),
        );
        break;
      }
      case 'tool':
        if (dropped.has(message.tool_call_id)) break;
        // The wire format has no error flag; the agent loop marks failed calls with this prefix.
        result.push(
          new ToolMessage({
            content: text,
            tool_call_id: message.tool_call_id,
            status: text.startsWith('Error:') ? 'error' : 'success',
          }),
        );
        break;
    }
  }
  return result;
}

/** Whether the last assistant turn of the conversation was an injected fault. */
export function lastTurnWasFault(messages: readonly WireMessage[], faultIdPrefix: string): boolean {
  const last = messages.findLast((m) => m.role === 'assistant');
  return last !== undefined && isFaultTurn(last, faultIdPrefix);
}

/** The offline model's answer in wire form, with ids unique across the server's lifetime. */
export function toWireToolCalls(ai: AIMessage, idPrefix: string): WireToolCall[] {
  return (ai.tool_calls ?? []).map((call, i) => ({
    id: `${idPrefix}${i}`,
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.args) },
  }));
}
