import { z } from 'zod';
import type { WireTool, WireToolCall } from './openai-wire.schema.js';

export const FAULT_KINDS = [
  '429',
  '500',
  'timeout',
  'unknown-tool',
  'malformed-arguments',
  'schema-violation',
  'malformed-json',
] as const;
export const FaultKind = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof FaultKind>;

/** Faults that arrive as a normal 200 answer: the model "made a mistake" the agent loop must catch. */
export type ContentFault = Exclude<FaultKind, '429' | '500' | 'timeout'>;

export function isContentFault(kind: FaultKind): kind is ContentFault {
  return kind !== '429' && kind !== '500' && kind !== 'timeout';
}

export const FaultOptions = z.object({
  /** Share of chat-completion requests that get a fault, 0..1. Default 0. */
  rate: z.number().min(0).max(1).default(0),
  /** Which faults may be injected; a faulty request gets one of them. */
  kinds: z.array(FaultKind).min(1),
  /** Seeds the choice of faulty requests and kinds, so a run replays exactly. Default 1. */
  seed: z.number().int().default(1),
  /** The Retry-After a 429 carries. Default 1. */
  retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
  /**
   * Chat-completion request indexes (0-based, arrival order) that always get a fault, in addition
   * to `rate`; the k-th listed index gets kinds[k % kinds.length]. Lets a test fault one request.
   */
  faultOn: z.array(z.number().int().min(0)).default([]),
});
export type FaultOptionsInput = z.input<typeof FaultOptions>;
export type FaultPlan = z.infer<typeof FaultOptions>;

/** A uniform number in [0, 1) from (seed, index, salt): murmur3's finaliser over the mix. */
function unit(seed: number, index: number, salt: number): number {
  let h = (seed ^ 0x9e3779b9) + Math.imul(index + 1, 0x85ebca6b) + Math.imul(salt + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** The fault for the `index`-th chat-completion request, or undefined for a clean answer. */
export function chooseFault(plan: FaultPlan, index: number): FaultKind | undefined {
  const listed = plan.faultOn.indexOf(index);
  if (listed >= 0) return plan.kinds[listed % plan.kinds.length];
  if (plan.rate === 0 || unit(plan.seed, index, 0) >= plan.rate) return undefined;
  return plan.kinds[Math.floor(unit(plan.seed, index, 1) * plan.kinds.length)];
}

function requiredFields(tool: WireTool): string[] {
  const required = tool.function.parameters?.required;
  return Array.isArray(required) ? required.map(String) : [];
}

/**
 * Turns the offline model's tool calls into the requested mistake. Returns the kind actually
 * applied: a schema violation needs a tool with required fields, else it degrades to an unknown
 * tool; malformed JSON, a JSON-answer fault, becomes malformed arguments.
 */
export function corruptToolCalls(
  kind: ContentFault,
  answer: readonly WireToolCall[],
  tools: readonly WireTool[],
  idPrefix: string,
): { kind: ContentFault; toolCalls: WireToolCall[] } {
  const call = (name: string, args: string): WireToolCall => ({
    id: `${idPrefix}0`,
    type: 'function',
    function: { name, arguments: args },
  });
  if (kind === 'malformed-arguments' || kind === 'malformed-json') {
    const first = answer[0] ?? call(tools[0]?.function.name ?? 'tool', '{}');
    // An object's JSON without its closing brace never parses. One call only: with a valid call
    // beside it, LangChain would drop the invalid one when it sends the history back.
    return {
      kind: 'malformed-arguments',
      toolCalls: [call(first.function.name, first.function.arguments.slice(0, -1))],
    };
  }
  if (kind === 'schema-violation') {
    const candidates = tools.filter((t) => requiredFields(t).length > 0);
    const target = candidates.find((t) => t.function.name.startsWith('submit')) ?? candidates[0];
    if (target) return { kind, toolCalls: [call(target.function.name, '{}')] };
  }
  const names = new Set(tools.map((t) => t.function.name));
  let name = 'lookup_everything';
  while (names.has(name)) name += '_x';
  return { kind: 'unknown-tool', toolCalls: [call(name, '{}')] };
}

/** One answer of the model in wire form. */
export interface WireTurn {
  content: string;
  toolCalls: WireToolCall[];
}

/**
 * The requested mistake in a whole answer. When the request asked for a JSON answer (json_schema),
 * a schema violation or malformed JSON is a wrong answer in the content, whatever the turn: JSON
 * missing every required field, or JSON cut short. Such content carries `idPrefix`, so the server
 * recognises its own mistake when the conversation brings it back.
 */
export function corruptTurn(
  kind: ContentFault,
  turn: WireTurn,
  tools: readonly WireTool[],
  idPrefix: string,
  jsonAnswer: boolean,
): { kind: ContentFault } & WireTurn {
  if (jsonAnswer && (kind === 'schema-violation' || kind === 'malformed-json')) {
    const wrong = JSON.stringify({ fault_id: idPrefix });
    // Without its closing brace an object's JSON never parses.
    return { kind, content: kind === 'malformed-json' ? wrong.slice(0, -1) : wrong, toolCalls: [] };
  }
  const corrupted = corruptToolCalls(kind, turn.toolCalls, tools, idPrefix);
  return { ...corrupted, content: '' };
}
