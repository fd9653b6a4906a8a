import { expect } from 'vitest';
import type { z } from 'zod';

/** A city no world knows: every kind answers it with nothing rather than an error. */
export const UNKNOWN_CITY = 'Atlantis-on-Nowhere';

/** Not a date: a caller bug every kind that takes dates rejects instead of answering empty. */
export const NOT_A_DATE = '2025-13-45';

/**
 * `value` is exactly what `schema` describes: it parses, and parsing neither drops a key nor
 * fills a default (key order is free: it means nothing to a reader of JSON). The agents' tools hand a kind's answers to the model as they
 * are (tools/define-tool.ts does not parse them again), so this is where a kind is held to the
 * domain schema the model is told about.
 */
export function expectExactly(schema: z.ZodType, value: unknown): void {
  expect(schema.parse(value)).toEqual(value);
}
