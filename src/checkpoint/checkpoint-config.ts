import type { RunnableConfig } from '@langchain/core/runnables';
import { CheckpointSaverError } from './checkpoint-saver-error.js';

/**
 * Reading ids out of `config.configurable`. Ids become parts of Redis keys, so anything but a
 * non-empty string is refused loudly rather than coerced (`String({})` would merge threads).
 */

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The id, or undefined when the caller left it out. */
export function optionalId(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw new CheckpointSaverError(
      'invalid-config',
      `configurable.${field} must be a non-empty string (got ${value === '' ? 'an empty string' : describe(value)})`,
    );
  return value;
}

export function requiredId(value: unknown, field: string, operation: string): string {
  const id = optionalId(value, field);
  if (id === undefined)
    throw new CheckpointSaverError(
      'invalid-config',
      `Failed to ${operation}: the RunnableConfig has no "${field}" in its "configurable" property. ` +
        'A checkpointer needs a thread_id to know which thread to persist, e.g. ' +
        'graph.invoke(input, { configurable: { thread_id: "trip-123" } }).',
    );
  return id;
}

/** The checkpoint namespace; `""` (the root graph) when absent, as in MemorySaver. */
export function namespaceOf(config: RunnableConfig): string {
  const ns: unknown = config.configurable?.checkpoint_ns ?? '';
  if (typeof ns !== 'string')
    throw new CheckpointSaverError(
      'invalid-config',
      `configurable.checkpoint_ns must be a string (got ${describe(ns)})`,
    );
  return ns;
}
