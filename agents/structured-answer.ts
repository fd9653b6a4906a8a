import type { AIMessage } from '@langchain/core/messages';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { z } from 'zod';

/** OpenAI's `response_format` for a JSON answer that follows a schema. */
export interface JsonSchemaResponseFormat {
  type: 'json_schema';
  json_schema: { name: string; description?: string; strict: boolean; schema: Record<string, unknown> };
}

/** Call options that ask a chat model for its final answer as JSON content. */
export interface JsonAnswerCallOptions {
  response_format: JsonSchemaResponseFormat;
  /**
   * Keeps the tools exactly as in tool_call mode: ChatOpenAI would otherwise mark every tool
   * `strict` once a json_schema response format is set, which api.openai.com then enforces.
   */
  strict: false;
}

/** Keywords OpenAI's strict structured outputs accept (anything else makes it reject the schema). */
const STRICT_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  'description',
  'title',
  '$defs',
  '$ref',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a schema fits OpenAI's strict subset: known keywords only, and every object closed with
 * all its properties required. Zod defaults and optional fields do not, so such schemas go out with
 * `strict: false` (a hint the model follows) rather than being rejected; zod checks the answer anyway.
 */
export function fitsStrictSubset(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (Object.keys(schema).some((key) => !STRICT_KEYWORDS.has(key))) return false;
  const { properties, items, anyOf, $defs } = schema;
  if (isObject(properties) || schema.type === 'object') {
    const keys = Object.keys(isObject(properties) ? properties : {});
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (schema.additionalProperties !== false || keys.some((k) => !required.includes(k))) return false;
  }
  const children = [
    ...Object.values(isObject(properties) ? properties : {}),
    ...Object.values(isObject($defs) ? $defs : {}),
    ...(Array.isArray(anyOf) ? anyOf : []),
    ...(items === undefined ? [] : [items]),
  ];
  return children.every(fitsStrictSubset);
}

/**
 * The response format for an agent's answer. Its schema is the one the submit tool carries in
 * tool_call mode (LangChain's own zod → JSON Schema conversion), so both modes ask for the same
 * thing; its name is the submit tool's, which is how the offline model picks its policy.
 */
export function jsonAnswerFormat(answer: {
  name: string;
  description: string;
  schema: z.ZodObject;
}): JsonSchemaResponseFormat {
  const { $schema: _dialect, ...schema } = toJsonSchema(answer.schema) as JsonObject;
  return {
    type: 'json_schema',
    json_schema: {
      name: answer.name,
      description: answer.description,
      strict: fitsStrictSubset(schema),
      schema,
    },
  };
}

/** Appended to the system prompt in json_schema mode, where the prompt's submit tool does not exist. */
export function jsonAnswerInstruction(submitName: string): string {
  return (
    `Answer format: there is no ${submitName} tool in this conversation. When you have the result, ` +
    `reply with it as the JSON object the response format describes: no tool call, no other text.`
  );
}

export type JsonAnswer<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Some servers fence JSON in markdown even under a response format; one fence is forgiven. */
const FENCED = /^```(?:json)?\s*([\s\S]*?)\s*```$/;

/** Reads a final answer from the AI turn's content: JSON that parses with the answer schema. */
export function readJsonAnswer<S extends z.ZodObject>(ai: AIMessage, schema: S): JsonAnswer<z.infer<S>> {
  const text = ai.text.trim();
  if (text === '') return { ok: false, problem: 'the reply has neither a tool call nor a JSON answer' };
  let value: unknown;
  try {
    value = JSON.parse(FENCED.exec(text)?.[1] ?? text);
  } catch (error) {
    return { ok: false, problem: `the answer is not valid JSON (${(error as Error).message})` };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problem: `the answer does not match the schema: ${z.prettifyError(parsed.error)}` };
  }
  return { ok: true, value: parsed.data };
}
