import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { evaluatePlanFiles } from '../../../src/quality/evaluate-files.js';
import { isQualityInputError } from '../../../src/quality/quality-input-error.js';
import { runQualityBench } from '../../../src/quality/run-quality-bench.js';
import { TravelPlannerPlan } from '../../../tools/providers/travelplanner/travelplanner-day.schema.js';
import { travelPlannerSamples } from '../../tools/providers/travelplanner-samples.js';

const dir = mkdtempSync(join(tmpdir(), 'quality-bench-'));
const config = loadConfig({});

function writeLines(name: string, lines: readonly object[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return path;
}

function readLines(path: string): { idx: number; query: string; plan: unknown }[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const inputs = travelPlannerSamples.map(({ annotated_plan: _, ...rest }) => rest);
const [first, second, third] = inputs;

describe('runQualityBench', () => {
  it('plans every sample from its text, writes the plans and scores them', async () => {
    const out = join(dir, 'plans.jsonl');
    const done: (string | number)[] = [];
    const result = await runQualityBench({
      inputPath: writeLines('samples.jsonl', inputs),
      outPath: out,
      concurrency: 2,
      config,
      onQueryDone: (run) => done.push(run.idx),
    });
    expect(done.sort()).toEqual([1, 21, 41]);
    expect(result.runs.map((r) => [r.idx, r.status, r.reason])).toEqual([
      [1, 'completed', null],
      [21, 'completed', null],
      [41, 'completed', null],
    ]);
    const written = readLines(out);
    expect(written.map((l) => [l.idx, l.query])).toEqual(inputs.map((s) => [s.idx, s.query]));
    for (const line of written) expect(TravelPlannerPlan.parse(line.plan).length).toBeGreaterThan(0);
    expect(result.scored).toBe(3);
    expect(result.summary?.deliveryRate).toBe(1);
  });

  it('never lets the structured fields reach the planner', async () => {
    // The text says $1,700; the fields say $1. The planner plans for the text, the score uses the fields.
    const result = await runQualityBench({
      inputPath: writeLines('tight.jsonl', [{ ...first, budget: 1 }]),
      config,
    });
    expect(result.runs[0]?.status).toBe('completed');
    const failed = result.summary?.perQuery[0]?.checks.filter((c) => !c.passed).map((c) => c.id);
    expect(failed).toEqual(['budget']);
  });

  it('reports failing queries with their reason and keeps going', async () => {
    const out = join(dir, 'mixed-plans.jsonl');
    const result = await runQualityBench({
      inputPath: writeLines('mixed.jsonl', [
        { ...first, idx: 'vague', query: 'Plan something nice for me.' },
        { ...second, idx: 'broken', reference_information: { 'Weather in Nashville': [] } },
        { ...third, idx: 'poor', query: third?.query.replace('$15,100', '$1,000') },
        { idx: 'unscored', query: first?.query, reference_information: first?.reference_information },
      ]),
      outPath: out,
      config,
    });
    expect(result.runs.map((r) => [r.idx, r.status])).toEqual([
      ['vague', 'needs_input'],
      ['broken', 'error'],
      ['poor', 'failed'],
      ['unscored', 'completed'],
    ]);
    expect(result.runs[0]?.reason).toMatch(/missing: origin, destination/);
    expect(result.runs[1]?.reason).toMatch(/Weather in Nashville/);
    expect(result.runs[2]?.reason).toMatch(/^infeasible: .*budget/);
    expect(readLines(out).map((l) => [l.idx, Array.isArray(l.plan) && l.plan.length > 0])).toEqual([
      ['vague', false],
      ['broken', false],
      ['poor', false],
      ['unscored', true],
    ]);
    // Only the lines with structured fields are scored, and none of them delivered a plan.
    expect(result.scored).toBe(3);
    expect(result.summary).toMatchObject({ deliveryRate: 0, commonsenseMicro: 0, finalPassRate: 0 });
  });
});

describe('evaluatePlanFiles', () => {
  const inputPath = writeLines('queries.jsonl', inputs);

  it('scores the annotated plans at 100%, matching plans by idx, else by query text', async () => {
    const plansPath = writeLines(
      'annotated.jsonl',
      travelPlannerSamples.map((s, i) =>
        i === 0 ? { query: s.query, plan: s.annotated_plan } : { idx: s.idx, plan: s.annotated_plan },
      ),
    );
    const { summary, missingPlans, unmatchedPlans } = await evaluatePlanFiles({ inputPath, plansPath });
    expect(missingPlans).toEqual([]);
    expect(unmatchedPlans).toEqual([]);
    expect(summary).toMatchObject({ deliveryRate: 1, commonsenseMacro: 1, hardMacro: 1, finalPassRate: 1 });
  });

  it('counts a query without a plan line as not delivered and lists stray plans', async () => {
    const plansPath = writeLines('partial.jsonl', [
      { idx: 1, plan: travelPlannerSamples[0]?.annotated_plan },
      { idx: 999, plan: [] },
    ]);
    const { summary, missingPlans, unmatchedPlans } = await evaluatePlanFiles({ inputPath, plansPath });
    expect(missingPlans).toEqual([21, 41]);
    expect(unmatchedPlans).toEqual([999]);
    expect(summary.deliveryRate).toBeCloseTo(1 / 3);
  });

  it('names the file and line of a malformed input', async () => {
    const bad = writeLines('bad.jsonl', [{ ...first, days: 'three' }]);
    const plansPath = writeLines('no-plans.jsonl', []);
    const error = await evaluatePlanFiles({ inputPath: bad, plansPath }).catch((e: unknown) => e);
    expect(isQualityInputError(error) && error.message).toMatch(/bad\.jsonl:1: structured fields/);
  });
});
