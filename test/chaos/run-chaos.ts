import { boundsScenario } from './scenarios/bounds.scenario.js';
import { fuzzScenario } from './scenarios/fuzz.scenario.js';
import { killCompletionsScenario } from './scenarios/kill-completions.scenario.js';
import { redisRestartScenario } from './scenarios/redis-restart.scenario.js';
import type { ChaosScale, Figure, Scenario } from './scenarios/scenario.js';
import { ssrfScenario } from './scenarios/ssrf.scenario.js';
import { streamsScenario } from './scenarios/streams.scenario.js';
import { startChaosService } from './support/chaos-service.js';

/**
 * In this order: the fuzzer comes last because the trips it gets accepted queue up ahead of
 * anything submitted after it.
 */
export const SCENARIOS: Scenario[] = [
  ssrfScenario,
  boundsScenario,
  streamsScenario,
  killCompletionsScenario,
  redisRestartScenario,
  fuzzScenario,
];

export interface ScenarioReport {
  scenario: string;
  seconds: number;
  figures: Figure[];
}

/**
 * Runs the review's scenarios against a private Redis (AOF), one API process and two worker
 * processes, all on loopback; returns every figure with its target.
 */
export async function runChaos(scale: ChaosScale, only?: readonly string[]): Promise<ScenarioReport[]> {
  const service = await startChaosService({ workers: 2, modelLatencyMs: 20 });
  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of SCENARIOS) {
      if (only && !only.some((o) => scenario.name.includes(o))) continue;
      const started = performance.now();
      const figures = await scenario.run(service, scale);
      reports.push({ scenario: scenario.name, seconds: (performance.now() - started) / 1000, figures });
    }
  } finally {
    await service.stop();
  }
  return reports;
}

export function failedFigures(reports: readonly ScenarioReport[]): Figure[] {
  return reports.flatMap((r) => r.figures.filter((f) => !(f.value <= f.max)));
}

export function formatReport(reports: readonly ScenarioReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${report.scenario} (${report.seconds.toFixed(1)} s)`);
    for (const f of report.figures) {
      const verdict = f.value <= f.max ? 'ok  ' : 'FAIL';
      lines.push(`  ${verdict} ${String(f.value).padStart(4)} (target ≤ ${f.max})  ${f.name}`);
      if (f.detail && f.value > f.max) lines.push(`       ${f.detail.replaceAll('\n', '\n       ')}`);
    }
  }
  return lines.join('\n');
}
