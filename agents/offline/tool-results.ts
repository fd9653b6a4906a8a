import type { BaseMessage, ToolMessage } from '@langchain/core/messages';

export interface ToolResult {
  name: string;
  args: Record<string, unknown>;
  /** Parsed JSON content, or the error text when the call failed. */
  content: unknown;
  failed: boolean;
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
      const text = String(tool.content);
      results.push({ ...call, failed, content: failed ? text : safeJson(text) });
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
