import { describe, expect, it } from 'vitest';
import { evaluateTravelPlannerPlan, type QueryEvaluation } from '../../../tools/evaluation/evaluate-plan.js';
import { summarizeEvaluations } from '../../../tools/evaluation/summarize-evaluations.js';
import { TravelPlannerQuery } from '../../../tools/evaluation/travelplanner-query.schema.js';
import { createTravelPlannerWorld } from '../../../tools/providers/travelplanner/travelplanner-world.js';
import { type TravelPlannerSample, travelPlannerSamples } from '../providers/travelplanner-samples.js';

type PlanEdit = (plan: Record<string, unknown>[]) => unknown;

function evaluateSample(
  s: TravelPlannerSample,
  edit: PlanEdit = (p) => p,
  query: Partial<TravelPlannerSample> = {},
) {
  return evaluateTravelPlannerPlan({
    idx: s.idx,
    query: TravelPlannerQuery.parse({ ...s, ...query }),
    plan: edit(structuredClone(s.annotated_plan)),
    world: createTravelPlannerWorld(s.reference_information),
  });
}

/** Every sample with its annotated plan, except the edits given by idx. */
async function evaluateAll(
  edits: Record<number, PlanEdit> = {},
  queries: Record<number, Partial<TravelPlannerSample>> = {},
): Promise<QueryEvaluation[]> {
  return Promise.all(travelPlannerSamples.map((s) => evaluateSample(s, edits[s.idx], queries[s.idx])));
}

const failedIds = (e: QueryEvaluation | undefined) => e?.checks.filter((c) => !c.passed).map((c) => c.id);

describe('TravelPlanner evaluation of the annotated plans', () => {
  it('scores the three human plans at 100% on every figure', async () => {
    const summary = summarizeEvaluations(await evaluateAll());
    expect(summary).toMatchObject({
      queries: 3,
      delivered: 3,
      deliveryRate: 1,
      commonsenseMicro: 1,
      commonsenseMacro: 1,
      hardMicro: 1,
      hardMacro: 1,
      finalPassRate: 1,
    });
    // idx 1 sets no constraint, idx 21 a room type, idx 41 room type, house rule and cuisines.
    expect(summary.hardApplicable).toEqual({
      budget: 3,
      'room-type': 2,
      'house-rule': 1,
      cuisine: 1,
      transportation: 0,
    });
  });

  it('costs each plan as TravelPlanner does (checked by hand)', async () => {
    // idx 1: flights 474 + 346; 2 nights × 243; meals for one (Rockford lists two "Subway"s,
    // at 42 and 26: like TravelPlanner's evaluator, the first listed is the one meant).
    // idx 21: flights (142 + 139) × 6; taxi 490 × 2 cabs; 2 rooms × (2 × 1192 + 2 × 567); meals × 6
    // (Domino's Pizza at 96, the first of two).
    // idx 41: drives 106 + 19 + 18 + 87 for one car of 5; rooms by occupancy; meals × 5.
    const costs = (await evaluateAll()).map((e) => [e.idx, e.totalCost]);
    expect(costs).toEqual([
      [1, 1608],
      [21, 14988],
      [41, 15009],
    ]);
  });
});

describe('TravelPlanner evaluation of broken plans', () => {
  it('an empty plan is not delivered and fails every check of its query', async () => {
    const evaluations = await evaluateAll({ 21: () => [] });
    expect(evaluations[1]).toMatchObject({ delivered: false, totalCost: null, passed: false });
    expect(failedIds(evaluations[1])).toHaveLength(8 + 2);
    const summary = summarizeEvaluations(evaluations);
    expect(summary).toMatchObject({
      deliveryRate: 2 / 3,
      commonsenseMicro: 16 / 24,
      commonsenseMacro: 2 / 3,
      // Applicable hard checks: 1 (idx 1) + 2 (idx 21) + 4 (idx 41).
      hardMicro: 5 / 7,
      hardMacro: 2 / 3,
      finalPassRate: 2 / 3,
    });
    expect(summary.failures.commonsense['within-sandbox']).toBe(1);
    expect(summary.failures.hard).toEqual({
      budget: 1,
      'room-type': 1,
      'house-rule': 0,
      cuisine: 0,
      transportation: 0,
    });
  });

  it('a repeated restaurant fails diverse restaurants and nothing else', async () => {
    const evaluations = await evaluateAll({
      1: (plan) => plan.map((day, i) => (i === 2 ? { ...day, dinner: 'Coco Bambu, Rockford' } : day)),
    });
    expect(failedIds(evaluations[0])).toEqual(['diverse-restaurants']);
    expect(summarizeEvaluations(evaluations)).toMatchObject({
      deliveryRate: 1,
      commonsenseMicro: 23 / 24,
      commonsenseMacro: 2 / 3,
      hardMicro: 1,
      hardMacro: 1,
      finalPassRate: 2 / 3,
    });
  });

  it('a tighter budget fails the budget check only', async () => {
    const evaluations = await evaluateAll({}, { 1: { budget: 1500 } });
    expect(failedIds(evaluations[0])).toEqual(['budget']);
    expect(summarizeEvaluations(evaluations)).toMatchObject({
      commonsenseMicro: 1,
      commonsenseMacro: 1,
      hardMicro: 6 / 7,
      hardMacro: 2 / 3,
      finalPassRate: 2 / 3,
    });
  });

  it('an invented restaurant fails within sandbox, and with it every hard check of the query', async () => {
    const evaluations = await evaluateAll({
      41: (plan) =>
        plan.map((day, i) =>
          i === 1 ? { ...day, lunch: 'Imaginary Diner, Grand Junction(Colorado)' } : day,
        ),
    });
    expect(failedIds(evaluations[2])).toEqual([
      'within-sandbox',
      'budget',
      'room-type',
      'house-rule',
      'cuisine',
    ]);
    expect(summarizeEvaluations(evaluations)).toMatchObject({
      commonsenseMicro: 23 / 24,
      hardMicro: 3 / 7,
      hardMacro: 2 / 3,
      finalPassRate: 2 / 3,
    });
  });

  it('a stay that forbids pets fails the house rule and nothing else', async () => {
    // An entire home in Alamosa for up to 8, minimum 2 nights, cheaper than the one it replaces.
    const stay = 'Ideally located cozy, quiet apartment, Alamosa(Colorado)';
    const evaluations = await evaluateAll({
      41: (plan) => plan.map((day, i) => (i === 2 || i === 3 ? { ...day, accommodation: stay } : day)),
    });
    expect(failedIds(evaluations[2])).toEqual(['house-rule']);
    expect(summarizeEvaluations(evaluations)).toMatchObject({
      commonsenseMacro: 1,
      hardMicro: 6 / 7,
      hardMacro: 2 / 3,
    });
  });
});
