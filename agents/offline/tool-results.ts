import type { BaseMessage, ToolMessage } from '@langchain/core/messages';

export interface ToolResult {
  name: string;
  args: Record<string, unknown>;
  /** Parsed JSON content, or the error text when the call failed. */
  content: unknown;
  failed: boolean;
}

/**
 * Each tool message's content parsed once: a policy reads the whole conversation every round, and
 * the itinerary's last round would parse every city's sights and restaurants again. Keyed by the
 * message, so it lives exactly as long as the conversation. Policies only read results.
 */
const parsedContent = new WeakMap<ToolMessage, unknown>();

function contentOf(tool: ToolMessage, failed: boolean): unknown {
  // A tool run in this process hands over its result as the artifact (tools/define-tool.ts).
  if (!failed && tool.artifact !== undefined) return tool.artifact;
  if (parsedContent.has(tool)) return parsedContent.get(tool);
  const text = String(tool.content);
  const content = failed ? text : safeJson(text);
  parsedContent.set(tool, content);
  return content;
}

/** Pairs every tool call of the conversation with its result (policies decide from these). */
export function toolResults(messages: readonly BaseMessage[]): ToolResult[] {
  const calls = new Map<string, { name: string; args: Record<string, unknown> }>();
  const results: ToolResult[] = [];
  for (const message of messages) {
    if (message.getType() === 'ai') {
      for (const call of (
        message as { tool_calls?: { id?: string; name: string; args: Record<string, unknown> }[] }
      ).tool_calls ?? []) {
        if (call.id) calls.set(call.id, { name: call.name, args: call.args });
      }
    } else if (message.getType() === 'tool') {
      const tool = message as ToolMessage;
      const call = calls.get(tool.tool_call_id);
      if (!call) continue;
      const failed = tool.status === 'error';
      results.push({ name: call.name, args: call.args, failed, content: contentOf(tool, failed) });
    }
  }
  return results;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Model rounds already taken in this conversation. */
export function roundsSoFar(messages: readonly BaseMessage[]): number {
  return messages.filter((m) => m.getType() === 'ai').length;
}
