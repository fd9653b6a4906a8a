import { describe, expect, it } from 'vitest';
import { mealsOf } from '../../../tools/planning/validate/plan-view.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const rome = (avoidedCuisines: string[]) =>
  planInWorld(world, {
    origin: 'New York',
    destination: { kind: 'city', city: 'Rome' },
    startDate: '2027-06-01',
    days: 6,
    travellers: 2,
    budget: { amount: 8000, currency: 'USD' },
    constraints: { avoidedCuisines },
  });
const mains = (plan: Awaited<ReturnType<typeof rome>>) =>
  plan.draft.days.flatMap(mealsOf).map((m) => m.restaurant.cuisines[0]);

describe('a cuisine the party would rather avoid', () => {
  it('is never a meal’s main kitchen, even where it is the local food abroad', async () => {
    // Abroad, Rome's own food is served about once a day: Italian and its kinds.
    const usual = await rome([]);
    const italian = (c: string | undefined) => /^(Italian|Roman|Pizza)$/.test(c ?? '');
    expect(mains(usual).filter(italian).length).toBeGreaterThan(2);
    const plan = await rome(['Italian']);
    expect(mains(plan).filter(italian)).toEqual([]);
    expect(checkOf(plan.validation, 'avoided-cuisines').passed).toBe(true);
    expect(plan.validation.passed).toBe(true);
  });

  it('fails the check on a meal at such a kitchen, naming it', async () => {
    const plan = await rome([]);
    const italian = plan.draft.days.flatMap(mealsOf).find((m) => m.restaurant.cuisines[0] === 'Italian');
    if (!italian) throw new Error('fixture: an Italian meal in Rome');
    const { validatePlan } = await import('../../../tools/planning/validate/validate-plan.js');
    const draft = {
      ...plan.draft,
      spec: {
        ...plan.draft.spec,
        constraints: { ...plan.draft.spec.constraints, avoidedCuisines: ['italian'] },
      },
    };
    const check = checkOf(await validatePlan(draft, world), 'avoided-cuisines');
    expect(check.passed).toBe(false);
    expect(check.problems).toContain(
      `day ${italian.day.day}'s ${italian.meal} is at '${italian.restaurant.name}', a Italian kitchen, but the request avoids italian food; choose another restaurant`,
    );
  });
});
