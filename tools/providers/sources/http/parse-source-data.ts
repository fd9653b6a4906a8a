import { z } from 'zod';
import { SourceError } from '../source-error.js';

/** A source's answer checked against our schema; a mismatch names the source, the request and the fields. */
export function parseSourceData<T>(schema: z.ZodType<T>, data: unknown, source: string, request: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new SourceError(
    'malformed-response',
    source,
    request,
    `unexpected shape:\n${z.prettifyError(parsed.error)}`,
    {
      cause: parsed.error,
    },
  );
}
