import { z } from 'zod';
import { TravelPlannerQuery } from '../../tools/evaluation/travelplanner-query.schema.js';
import { QualityInputError } from './quality-input-error.js';
import type { JsonlRecord } from './read-jsonl.js';

const Idx = z.union([z.number(), z.string()]);

/**
 * An input line: the request text and its sandbox, plus (optionally) the structured fields it
 * is scored against. The fields stay on the line untouched; only the evaluator reads them.
 */
export const QueryLine = z.looseObject({
  idx: Idx.optional(),
  query: z.string().trim().min(1),
  reference_information: z.union([z.record(z.string(), z.unknown()), z.string()]),
});
export type QueryLine = z.infer<typeof QueryLine>;

/** A line of a plans file, as bench:quality writes and evaluate reads it. */
export const PlanLine = z.object({
  idx: Idx.optional(),
  query: z.string().optional(),
  plan: z.unknown(),
});
export type PlanLine = z.infer<typeof PlanLine>;

/** A query's id: its idx, else its line number in the input. */
export function queryId(record: JsonlRecord<{ idx?: string | number | undefined }>): string | number {
  return record.value.idx ?? record.line;
}

/**
 * The structured fields of a line, when it has them. A line that has some but not valid ones
 * is an error (a typo must not silently drop a query from the score).
 */
export function scoringFields(record: JsonlRecord<QueryLine>, path: string): TravelPlannerQuery | undefined {
  if (!('org' in record.value)) return undefined;
  const parsed = TravelPlannerQuery.safeParse(record.value);
  if (!parsed.success) {
    throw new QualityInputError(
      'malformed-line',
      `${path}:${record.line}: structured fields: ${z.prettifyError(parsed.error)}`,
      { cause: parsed.error },
    );
  }
  return parsed.data;
}
