import { describe, expect, it } from 'vitest';
import { lightMainFor } from '../../../tools/planning/meal-kinds.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a lunch or dinner at a proper kitchen while the money allows', () => {
  it('reads a place by its main kitchen: a creamery that also lists pizza is light for dinner', () => {
    expect(lightMainFor({ cuisines: ['Desserts', 'Pizza'] }, 'dinner', 'standard')).toBe(true);
    expect(lightMainFor({ cuisines: ['Tea', 'Bakery', 'Thai'] }, 'dinner', 'standard')).toBe(true);
    expect(lightMainFor({ cuisines: ['Pizza', 'Desserts'] }, 'dinner', 'standard')).toBe(false);
    expect(lightMainFor({ cuisines: ['Desserts', 'BBQ'] }, 'lunch', 'standard')).toBe(true);
    expect(lightMainFor({ cuisines: ['Bakery', 'BBQ'] }, 'lunch', 'standard')).toBe(false);
    expect(lightMainFor({ cuisines: ['Desserts', 'Pizza'] }, 'dinner', 'travelplanner')).toBe(false);
  });

  it('gives a runner in Berlin a dinner at a tavern, not at "Pepper Creamery (Desserts, Pizza)"', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'London',
      destination: { kind: 'city', city: 'Berlin' },
      startDate: '2027-09-24',
      days: 4,
      travellers: 1,
      budget: { amount: 1524, currency: 'USD' },
    });
    for (const day of draft.days) {
      if (day.dinner) expect(lightMainFor(day.dinner, 'dinner', 'standard')).toBe(false);
      if (day.lunch) expect(lightMainFor(day.lunch, 'lunch', 'standard')).toBe(false);
    }
    expect(validation.passed).toBe(true);
  });
});
