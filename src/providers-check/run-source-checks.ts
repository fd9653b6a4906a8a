import { isSourceError } from '../../tools/providers/sources/source-error.js';
import type { SourceCheck } from './source-checks.js';

export type CheckOutcome = 'answered' | 'skipped' | 'schema-mismatch' | 'failed';

export interface CheckResult {
  source: string;
  what: string;
  outcome: CheckOutcome;
  latencyMs: number;
  detail: string;
}

/**
 * Runs the checks one after another (the public services ask for gentle use) and never throws:
 * a missing key is `skipped`, an answer our schemas reject is `schema-mismatch`, the rest `failed`.
 */
export async function runSourceChecks(
  checks: readonly SourceCheck[],
  now: () => number = performance.now.bind(performance),
) {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = now();
    let outcome: CheckOutcome = 'answered';
    let detail: string;
    try {
      detail = await check.run();
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
      outcome = !isSourceError(error)
        ? 'failed'
        : error.code === 'missing-key'
          ? 'skipped'
          : error.code === 'malformed-response'
            ? 'schema-mismatch'
            : 'failed';
    }
    results.push({
      source: check.source,
      what: check.what,
      outcome,
      latencyMs: Math.round(now() - started),
      detail,
    });
  }
  return results;
}

const MARK: Record<CheckOutcome, string> = {
  answered: 'ok  ',
  skipped: 'skip',
  'schema-mismatch': 'DIFF',
  failed: 'FAIL',
};

export function formatCheckResult(r: CheckResult): string {
  const latency = r.outcome === 'skipped' ? '' : ` ${r.latencyMs} ms`;
  return `${MARK[r.outcome]} ${r.source.padEnd(18)} ${r.what}${latency}\n     ${r.detail.replace(/\n/g, '\n     ')}`;
}
