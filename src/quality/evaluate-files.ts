import type { EvaluationSummary } from '../../tools/evaluation/summarize-evaluations.js';
import { QualityInputError } from './quality-input-error.js';
import { PlanLine, QueryLine, queryId, scoringFields } from './quality-lines.schema.js';
import { readJsonl } from './read-jsonl.js';
import { type QueryToScore, scoreQueries } from './score-queries.js';

export interface EvaluateFilesOptions {
  /** JSONL of queries: idx, query, reference_information and the structured fields. */
  inputPath: string;
  /** JSONL of {"idx", "query", "plan"}; matched to queries by idx, else by query text. */
  plansPath: string;
}

export interface FileEvaluation {
  summary: EvaluationSummary;
  /** Queries with no line in the plans file (scored as not delivered). */
  missingPlans: (string | number)[];
  /** Plan lines that match no query (ignored). */
  unmatchedPlans: (string | number)[];
}

/** `npm run evaluate`: scores a plans file against its queries, as TravelPlanner does. */
export async function evaluatePlanFiles(options: EvaluateFilesOptions): Promise<FileEvaluation> {
  const [queries, plans] = await Promise.all([
    readJsonl(options.inputPath, QueryLine),
    readJsonl(options.plansPath, PlanLine),
  ]);
  const byId = new Map<string, PlanLine>();
  const byText = new Map<string, PlanLine>();
  for (const record of plans) {
    if (record.value.idx !== undefined) byId.set(String(record.value.idx), record.value);
    if (record.value.query !== undefined) byText.set(record.value.query.trim(), record.value);
  }

  const seen = new Set<string>();
  const used = new Set<PlanLine>();
  const missingPlans: (string | number)[] = [];
  const toScore: QueryToScore[] = queries.map((record) => {
    const idx = queryId(record);
    if (seen.has(String(idx))) {
      throw new QualityInputError(
        'duplicate-query',
        `${options.inputPath}:${record.line}: idx ${idx} appears twice`,
      );
    }
    seen.add(String(idx));
    const fields = scoringFields(record, options.inputPath);
    if (!fields) {
      throw new QualityInputError(
        'malformed-line',
        `${options.inputPath}:${record.line}: has no structured fields (org, dest, days, …) to score against`,
      );
    }
    const plan = byId.get(String(idx)) ?? byText.get(record.value.query.trim());
    if (plan) used.add(plan);
    else missingPlans.push(idx);
    return { idx, fields, reference: record.value.reference_information, plan: plan?.plan ?? [] };
  });
  const unmatchedPlans = plans.filter((p) => !used.has(p.value)).map((p) => p.value.idx ?? `line ${p.line}`);
  return { summary: await scoreQueries(toScore), missingPlans, unmatchedPlans };
}
