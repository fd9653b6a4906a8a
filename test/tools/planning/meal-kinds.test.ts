import { describe, expect, it } from 'vitest';
import { suitsMeal } from '../../../tools/planning/meal-kinds.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planCityStay } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('each meal at a kitchen that makes it (standard trips)', () => {
  it('never sends anyone to a bakery, café or dessert bar for dinner, nor a dessert bar for lunch', async () => {
    for (const trip of [
      // Tight money: the cheapest kitchens are bakeries and creameries.
      { origin: 'Chicago', city: 'Orlando', days: 8, travellers: 5, budget: 6000 },
      // Lavish money: upgrades by rating used to land on a bakery for dinner.
      { origin: 'Dubai', city: 'Paris', days: 6, travellers: 2, budget: 25000 },
    ]) {
      const { draft, validation } = await planCityStay(world, trip);
      expect(validation.passed).toBe(true);
      for (const day of draft.days) {
        if (day.dinner) expect(suitsMeal(day.dinner, 'dinner', 'standard'), day.dinner.name).toBe(true);
        if (day.lunch) expect(suitsMeal(day.lunch, 'lunch', 'standard'), day.lunch.name).toBe(true);
      }
    }
  });

  it('leaves TravelPlanner meals as its rules allow: any restaurant is any meal', () => {
    const bakery = { cuisines: ['Bakery', 'Desserts'] };
    expect(suitsMeal(bakery, 'dinner', 'travelplanner')).toBe(true);
    expect(suitsMeal(bakery, 'dinner', 'standard')).toBe(false);
    expect(suitsMeal({ cuisines: ['Desserts'] }, 'lunch', 'standard')).toBe(false);
    expect(suitsMeal({ cuisines: ['Bakery', 'Pizza'] }, 'dinner', 'standard')).toBe(true);
    expect(suitsMeal({ cuisines: ['Desserts'] }, 'breakfast', 'standard')).toBe(true);
  });
});
