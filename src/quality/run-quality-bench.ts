import type { IsoDate } from '../../tools/domain/common.schema.js';
import type { EvaluationSummary } from '../../tools/evaluation/summarize-evaluations.js';
import type { Config } from '../config.js';
import { mapBounded } from './map-bounded.js';
import { planQuery, type QueryRun } from './plan-query.js';
import { QualityInputError } from './quality-input-error.js';
import { QueryLine, queryId, scoringFields } from './quality-lines.schema.js';
import { readJsonl, writeJsonl } from './read-jsonl.js';
import { type QueryToScore, scoreQueries } from './score-queries.js';

/**
 * Queries without a year resolve into 2022, the year all TravelPlanner queries fall in; a fixed
 * day (not the clock) keeps runs repeatable.
 */
export const BENCH_TODAY: IsoDate = '2022-01-01';

export interface QualityBenchOptions {
  inputPath: string;
  /** Where to write {"idx","query","plan"} lines; nothing is written when omitted. */
  outPath?: string;
  /** Queries planned at once. @default 4 */
  concurrency?: number;
  /** @default BENCH_TODAY */
  today?: IsoDate;
  config: Config;
  /** Called as each query finishes, in completion order. */
  onQueryDone?: (run: QueryRun) => void;
}

export interface QualityBenchResult {
  runs: QueryRun[];
  /** TravelPlanner's figures over the queries that carry structured fields; undefined when none do. */
  summary: EvaluationSummary | undefined;
  /** How many queries were scored (those with structured fields). */
  scored: number;
}

/**
 * `npm run bench:quality`: plans every query from its text alone, writes the plans, and scores
 * them when the input has the structured fields. The fields are read only after planning and
 * only by the evaluator, so they cannot leak into the planner.
 */
export async function runQualityBench(options: QualityBenchOptions): Promise<QualityBenchResult> {
  const records = await readJsonl(options.inputPath, QueryLine);
  const ids = new Set<string>();
  for (const record of records) {
    const id = String(queryId(record));
    if (ids.has(id)) {
      throw new QualityInputError(
        'duplicate-query',
        `${options.inputPath}:${record.line}: idx ${id} appears twice`,
      );
    }
    ids.add(id);
  }
  // Validated up front so a malformed line fails before hours of planning, not after.
  const fields = records.map((record) => scoringFields(record, options.inputPath));

  const runs = await mapBounded(records, options.concurrency ?? 4, async (record) => {
    const run = await planQuery(
      { idx: queryId(record), query: record.value.query, reference: record.value.reference_information },
      { config: options.config, today: options.today ?? BENCH_TODAY },
    );
    options.onQueryDone?.(run);
    return run;
  });
  if (options.outPath !== undefined) {
    await writeJsonl(
      options.outPath,
      runs.map((r) => ({ idx: r.idx, query: r.query, plan: r.plan })),
    );
  }

  const toScore: QueryToScore[] = records.flatMap((record, i) => {
    const f = fields[i];
    const run = runs[i];
    return f && run
      ? [{ idx: run.idx, fields: f, reference: record.value.reference_information, plan: run.plan }]
      : [];
  });
  return {
    runs,
    summary: toScore.length > 0 ? await scoreQueries(toScore) : undefined,
    scored: toScore.length,
  };
}
