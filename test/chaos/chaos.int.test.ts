import { describe, expect, it } from 'vitest';
import { failedFigures, formatReport, runChaos } from './run-chaos.js';
import { SHORT_SCALE } from './scenarios/scenario.js';

describe('npm run chaos --short', () => {
  it('keeps every figure of the review within its target', { timeout: 600_000 }, async () => {
    const reports = await runChaos(SHORT_SCALE);
    const report = formatReport(reports);
    expect(failedFigures(reports), report).toEqual([]);
    expect(reports.map((r) => r.scenario)).toHaveLength(6);
  });
});
