import { describe, expect, it } from 'vitest';
import { candidateRoutes } from '../../../tools/planning/route-candidates.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import { checkBudget } from '../../../tools/planning/validate/checks/budget.js';
import { inventory, makeSpec } from './fixtures.js';

// The fixture trip's cheapest complete plan costs $838 (solve-trip.test.ts says how).
const CHEAPEST = 838;

function solveWith(amount: number, extra: Parameters<typeof makeSpec>[0] = {}) {
  const spec = makeSpec({ budget: { amount, currency: 'USD' }, ...extra });
  return solveTrip(inventory(spec, candidateRoutes(spec, [])));
}

describe('a hedged budget ("around $800")', () => {
  it('takes the cheapest plan when it is at most a tenth over, and says by how much', () => {
    const outcome = solveWith(800, { budgetApproximate: true });
    if (!outcome.feasible) throw new Error(outcome.infeasibility.reasons.join('; '));
    const { selection } = outcome;
    // Nothing dearer than the cheapest: the meals get exactly what the cheapest plan reserved.
    expect(selection.mealBudget).toBe(78);
    expect(selection.notHonoured).toContainEqual({
      wish: 'a budget of about $800',
      reason: 'nothing fits within it: the cheapest complete plan costs $838, $38 over',
    });
  });

  it('is firm past the tenth, when stated firmly, and under TravelPlanner rules', () => {
    expect(solveWith(760, { budgetApproximate: true }).feasible).toBe(false);
    expect(solveWith(800).feasible).toBe(false);
    expect(solveWith(800, { budgetApproximate: true, ruleset: 'travelplanner' }).feasible).toBe(false);
  });

  it('changes nothing when the plan fits within the budget itself', () => {
    const firm = solveWith(CHEAPEST + 400);
    const hedged = solveWith(CHEAPEST + 400, { budgetApproximate: true });
    expect(hedged).toEqual(firm);
  });

  it('passes the budget check up to a tenth over, and fails it beyond', () => {
    const check = (amount: number, budgetApproximate?: boolean) => {
      const outcome = solveWith(CHEAPEST);
      if (!outcome.feasible) throw new Error('the fixture trip fits its exact cheapest total');
      const { legs, stays } = outcome.selection;
      const spec = makeSpec({ budget: { amount, currency: 'USD' }, budgetApproximate });
      // Without days, no meals: the legs and stays alone, $600 + $160.
      return checkBudget({ draft: { spec, legs, stays, days: [] } } as never).passed;
    };
    expect(check(720, true)).toBe(true);
    expect(check(720)).toBe(false);
    expect(check(680, true)).toBe(false);
  });
});
