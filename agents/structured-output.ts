import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

/**
 * How an agent's final answer comes back: `json_schema` asks for it as message content under an
 * OpenAI `response_format`; `tool_call` has the model call a submit tool with it as arguments.
 */
export type StructuredOutputMode = 'json_schema' | 'tool_call';
/** A mode, or `auto`: json_schema until a server rejects it, then tool_call from then on. */
export type StructuredOutputSetting = StructuredOutputMode | 'auto';
export const STRUCTURED_OUTPUT_SETTINGS = ['auto', 'json_schema', 'tool_call'] as const;

/**
 * A model's structured-output setting plus what its server has shown. One per model instance:
 * every agent run and trip sharing the instance shares the memory, so a server that rejects
 * json_schema costs one failed request per process, not one per run.
 */
export class StructuredOutputSupport {
  private rejected = false;

  constructor(readonly setting: StructuredOutputSetting) {}

  /** The mode the next agent run starts in. */
  get mode(): StructuredOutputMode {
    if (this.setting === 'tool_call' || (this.setting === 'auto' && this.rejected)) return 'tool_call';
    return 'json_schema';
  }

  /** Whether the server rejected json_schema (auto only learns this). */
  get jsonSchemaRejected(): boolean {
    return this.rejected;
  }

  /**
   * Called with a failed json_schema request. True when the run should carry on in tool_call mode
   * (auto, and the error is the server refusing json_schema); remembered for later runs.
   */
  fallBackAfter(error: unknown): boolean {
    if (this.setting !== 'auto' || !isJsonSchemaRejection(error)) return false;
    this.rejected = true;
    return true;
  }
}

/** A chat model that says how it can return an agent's final answer. */
export interface StructuredOutputAware {
  readonly structuredOutput: StructuredOutputSupport;
}

/**
 * The model's structured-output support, or undefined for a model that does not declare one
 * (those answer in tool_call mode: a plain ChatOpenAI, for one, parses json_schema content itself
 * and throws on a bad answer before the agent loop could hand the mistake back to the model).
 */
export function structuredOutputOf(model: BaseChatModel): StructuredOutputSupport | undefined {
  const support = (model as Partial<StructuredOutputAware>).structuredOutput;
  return support instanceof StructuredOutputSupport ? support : undefined;
}

/** Statuses servers use to refuse a request parameter they do not implement. */
const REFUSAL_STATUSES = new Set([400, 422, 501]);
const MENTIONS_JSON_SCHEMA = /response_format|json_schema|structured output/i;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Whether a failed request is the server refusing `response_format: json_schema` (servers without
 * structured outputs answer 400 naming the parameter). Rate limits, 5xx and timeouts are not: they
 * say nothing about json_schema, and ChatOpenAI has already retried them.
 */
export function isJsonSchemaRejection(error: unknown): boolean {
  const status = field(error, 'status') ?? field(field(error, 'response'), 'status');
  if (typeof status !== 'number' || !REFUSAL_STATUSES.has(status)) return false;
  if (field(error, 'param') === 'response_format') return true;
  const texts = [field(error, 'message'), field(field(error, 'error'), 'message')];
  return texts.some((text) => typeof text === 'string' && MENTIONS_JSON_SCHEMA.test(text));
}
