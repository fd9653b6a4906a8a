import { type StructuredToolInterface, tool } from '@langchain/core/tools';
import type { z } from 'zod';

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
  run: (args: z.infer<In>) => Promise<z.input<Out>> | z.input<Out>;
}

/**
 * A LangChain tool whose result is the JSON of `output`. The input schema is enforced by
 * LangChain before `run`; the output is parsed so a provider bug surfaces here, not in the model.
 * A ToolArgumentError becomes an `{"error": …}` result the model can act on.
 */
export function defineTool<In extends z.ZodObject, Out extends z.ZodType>(
  definition: ToolDefinition<In, Out>,
): StructuredToolInterface {
  return tool(
    async (args: z.infer<In>) => {
      try {
        const result = definition.output.parse(await definition.run(args));
        return JSON.stringify(result);
      } catch (error) {
        if (isToolArgumentError(error)) return JSON.stringify({ error: error.message });
        throw error;
      }
    },
    { name: definition.name, description: definition.description, schema: definition.input },
  ) as unknown as StructuredToolInterface;
}
