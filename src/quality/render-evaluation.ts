import { CommonsenseCheckId, TRAVELPLANNER_HARD_CHECKS } from '../../tools/domain/plan.schema.js';
import type { EvaluationSummary } from '../../tools/evaluation/summarize-evaluations.js';
import type { QueryRun } from './plan-query.js';

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`.padStart(6);
}

function clip(text: string, width = 160): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The six figures, failures per constraint, and each query's failed checks with their first problem. */
export function renderEvaluation(summary: EvaluationSummary): string {
  const n = summary.queries;
  const lines = [
    `TravelPlanner scores over ${n} ${n === 1 ? 'query' : 'queries'}`,
    `  Delivery rate           ${percent(summary.deliveryRate)}  (${summary.delivered}/${n})`,
    `  Commonsense micro       ${percent(summary.commonsenseMicro)}`,
    `  Commonsense macro       ${percent(summary.commonsenseMacro)}`,
    `  Hard constraint micro   ${percent(summary.hardMicro)}`,
    `  Hard constraint macro   ${percent(summary.hardMacro)}`,
    `  Final pass rate         ${percent(summary.finalPassRate)}`,
    '',
    'Failures per constraint (queries failing / queries checked)',
    ...CommonsenseCheckId.options.map(
      (id) => `  ${id.padEnd(26)} ${String(summary.failures.commonsense[id]).padStart(4)}/${n}`,
    ),
    ...TRAVELPLANNER_HARD_CHECKS.map(
      (id) =>
        `  ${id.padEnd(26)} ${String(summary.failures.hard[id]).padStart(4)}/${summary.hardApplicable[id]}  (hard)`,
    ),
    '',
    'Per-query failures',
  ];
  for (const q of summary.perQuery) {
    const failed = q.checks.filter((c) => !c.passed);
    const cost = q.totalCost === null ? '' : `, cost ${q.totalCost}`;
    if (!q.delivered) lines.push(`  idx ${q.idx}: not delivered (fails every check)`);
    else if (failed.length === 0) lines.push(`  idx ${q.idx}: passes every check${cost}`);
    else {
      lines.push(`  idx ${q.idx}: ${failed.length} failed${cost}`);
      for (const c of failed) lines.push(`    ${c.id}: ${clip(c.problems[0] ?? '')}`);
    }
  }
  return lines.join('\n');
}

/** One line per planned query: its status, time and, when it did not complete, why. */
export function renderRun(run: QueryRun): string {
  const head = `idx ${run.idx}: ${run.status} in ${run.seconds.toFixed(1)}s, ${run.plan.length} days`;
  return run.reason === null ? head : `${head} — ${clip(run.reason, 400)}`;
}
