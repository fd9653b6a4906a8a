import { z } from 'zod';

/**
 * The subset of the Chat Completions wire format the local server understands. Messages and tools
 * are checked as strictly as api.openai.com checks them, so a client bug shows up here and not
 * only against the hosted service; unknown top-level parameters are accepted and recorded.
 */
const TextPart = z.object({ type: z.literal('text'), text: z.string() });
const Content = z.union([z.string(), z.array(TextPart)]);

export const WireToolCall = z.object({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});
export type WireToolCall = z.infer<typeof WireToolCall>;

export const WireMessage = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system'), content: Content, name: z.string().optional() }),
  z.object({ role: z.literal('developer'), content: Content, name: z.string().optional() }),
  z.object({ role: z.literal('user'), content: Content, name: z.string().optional() }),
  z.object({
    role: z.literal('assistant'),
    // null (or absent) is how the API writes an assistant turn that only calls tools.
    content: Content.nullish(),
    name: z.string().optional(),
    tool_calls: z.array(WireToolCall).optional(),
  }),
  z.object({
    role: z.literal('tool'),
    content: Content,
    tool_call_id: z.string().min(1),
    name: z.string().optional(),
  }),
]);
export type WireMessage = z.infer<typeof WireMessage>;

export const WireTool = z.object({
  type: z.literal('function'),
  function: z.object({
    // The API's own limit on function names.
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'function names are 1-64 of a-z A-Z 0-9 _ -'),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
  }),
});
export type WireTool = z.infer<typeof WireTool>;

export const WireJsonSchemaFormat = z.object({
  type: z.literal('json_schema'),
  json_schema: z.object({
    // The API's own limit on response format names.
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'response format names are 1-64 of a-z A-Z 0-9 _ -'),
    description: z.string().optional(),
    schema: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
  }),
});
export type WireJsonSchemaFormat = z.infer<typeof WireJsonSchemaFormat>;

const ResponseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  WireJsonSchemaFormat,
]);

export const ChatCompletionRequest = z.looseObject({
  model: z.string().min(1),
  messages: z.array(WireMessage).min(1),
  tools: z.array(WireTool).optional(),
  tool_choice: z
    .union([
      z.enum(['none', 'auto', 'required']),
      z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) }),
    ])
    .optional(),
  parallel_tool_calls: z.boolean().optional(),
  response_format: ResponseFormat.optional(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  // One choice only: the offline model is deterministic, so n > 1 would return identical copies.
  n: z.literal(1).nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  seed: z.number().int().nullish(),
  user: z.string().optional(),
});
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequest>;

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  system_fingerprint: string;
  choices: {
    index: 0;
    message: { role: 'assistant'; content: string | null; tool_calls?: WireToolCall[]; refusal: null };
    finish_reason: 'tool_calls' | 'stop';
    logprobs: null;
  }[];
  usage: Usage;
}

export type OpenAiErrorType =
  | 'invalid_request_error'
  | 'rate_limit_error'
  | 'server_error'
  | 'not_found_error';

/** The error body every OpenAI endpoint returns; clients read `error.message` and `error.code`. */
export interface OpenAiErrorBody {
  error: { message: string; type: OpenAiErrorType; param: string | null; code: string | null };
}

export function errorBody(
  type: OpenAiErrorType,
  message: string,
  code: string | null = null,
  param: string | null = null,
): OpenAiErrorBody {
  return { error: { message, type, param, code } };
}

/** ~4 characters a token: close enough for budgets and benchmarks without a tokenizer. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
