import { type StructuredToolInterface, ToolInputParsingException, tool } from '@langchain/core/tools';
import { prettifyError, type z } from 'zod';

/** A failure the model caused and can correct (unknown city, bad date range, …). */
export class ToolArgumentError extends Error {
  override readonly name = 'ToolArgumentError';
  readonly code = 'bad-tool-arguments' as const;
}

export function isToolArgumentError(error: unknown): error is ToolArgumentError {
  return error instanceof ToolArgumentError;
}

/** The message of an `{"error": …}` tool result, or undefined for a normal result. */
export function readToolError(content: string): string | undefined {
  if (!content.startsWith('{"error"')) return undefined;
  const parsed: unknown = JSON.parse(content);
  return typeof parsed === 'object' && parsed !== null && 'error' in parsed
    ? String(parsed.error)
    : undefined;
}

export interface ToolDefinition<In extends z.ZodObject, Out extends z.ZodType> {
  name: string;
  /** Written for the model: what the tool does, when to call it, what comes back. */
  description: string;
  input: In;
  output: Out;
  run: (args: z.infer<In>) => Promise<z.infer<Out>> | z.infer<Out>;
}

/**
 * What a tool call gave back: `content`, the JSON the model reads, and, when the tool ran in this
 * process, `value`, the same result as an object (what `content` parses to), so code reading
 * results here (the offline model's policies) need not parse it again. A 3-city trip's flights
 * agent reads ~130 search results; parsing them back was a twentieth of its CPU.
 */
export interface ToolCallResult {
  content: string;
  value?: unknown;
}

/** A tool's result from arguments the model sent, without LangChain's run machinery. */
type DirectRun = (args: unknown) => Promise<ToolCallResult>;
const directRuns = new WeakMap<StructuredToolInterface, DirectRun>();

/**
 * A LangChain tool whose result is the JSON of `output`. The input schema is enforced before
 * `run`: arguments come from a model. The result is not parsed again: `run` is typed to `output`,
 * and what it reads from outside is checked where it enters (every source parses its wire data,
 * and each world kind's contract test holds its answers to exactly the domain schema). Parsing
 * every result again cost a sixteenth of a 3-city plan's CPU and an eighth of its allocations.
 * A ToolArgumentError becomes an `{"error": …}` result the model can act on.
 */
export function defineTool<In extends z.ZodObject, Out extends z.ZodType>(
  definition: ToolDefinition<In, Out>,
): StructuredToolInterface {
  const run = async (args: z.infer<In>): Promise<ToolCallResult> => {
    try {
      // Shared with the world's caches: whoever reads `value` (the offline policies) only reads.
      const value = await definition.run(args);
      return { content: JSON.stringify(value), value };
    } catch (error) {
      if (isToolArgumentError(error)) return { content: JSON.stringify({ error: error.message }) };
      throw error;
    }
  };
  const langChainTool = tool(async (args: z.infer<In>) => (await run(args)).content, {
    name: definition.name,
    description: definition.description,
    schema: definition.input,
  }) as unknown as StructuredToolInterface;
  directRuns.set(langChainTool, (args) => {
    const parsed = definition.input.safeParse(args);
    if (!parsed.success) {
      // The same exception, and the same message, as LangChain's own input check.
      return Promise.reject(
        new ToolInputParsingException(
          `Received tool input did not match expected schema\n\n${prettifyError(parsed.error)}`,
          JSON.stringify(args),
        ),
      );
    }
    return run(parsed.data);
  });
  return langChainTool;
}

/**
 * Runs a tool the model called. Untraced, a tool made by defineTool runs directly: a LangChain
 * tool call costs ~80 µs of callbacks, run trees and config merging around ~1 µs of work, and an
 * agent fans out dozens per round (the flights agent 32 in one), so this was a tenth of a worker's
 * CPU. Traced (`traced`: LangSmith tracing was on when the agent's run began), every call goes
 * through LangChain and is traced.
 */
export function runTool(
  target: StructuredToolInterface,
  args: unknown,
  options: { signal?: AbortSignal; traced: boolean },
): Promise<ToolCallResult> {
  const direct = directRuns.get(target);
  if (!direct || options.traced)
    return target
      .invoke(args as never, { signal: options.signal })
      .then((content) => ({ content: String(content) }));
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  return direct(args);
}
