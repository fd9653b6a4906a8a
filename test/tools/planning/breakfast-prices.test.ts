import { describe, expect, it } from 'vitest';
import { breakfastCeiling } from '../../../tools/planning/meal-kinds.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a breakfast costs what a breakfast costs', () => {
  it('prices the city by its breakfast places, not by a bistro that also bakes', () => {
    const r = (cuisines: string[], averageCost: number) => ({ cuisines, averageCost });
    expect(breakfastCeiling([r(['Bakery'], 14), r(['French', 'Bakery'], 80), r(['Cafe'], 19)])).toBe(19);
    expect(breakfastCeiling([r(['French', 'Bakery'], 80)])).toBeNull();
  });

  it('sends a retired couple to a café on their last morning in San Diego, not an $80 bistro', async () => {
    // The climbs take the cheap cafés for earlier breakfasts and lunches; the spare departure
    // breakfast was filled at "Le Petit Jasmine (French, Bakery)", $80 each, with a café free.
    const { draft, validation } = await planInWorld(world, {
      origin: 'Phoenix',
      destination: { kind: 'city', city: 'San Diego' },
      startDate: '2027-01-18',
      days: 5,
      travellers: 2,
      budget: { amount: 2500, currency: 'USD' },
      preferences: { pace: 'relaxed' },
    });
    const ceiling = breakfastCeiling(await world.searchRestaurants({ city: 'San Diego' }))!;
    const breakfasts = draft.days.flatMap((d) => (d.breakfast ? [d.breakfast] : []));
    expect(breakfasts.length).toBe(4);
    for (const b of breakfasts) expect(b.averageCost).toBeLessThanOrEqual(ceiling);
    expect(validation.passed).toBe(true);
  });

  it('brings a breakfast priced as a dinner back to the café of a few days ago', async () => {
    // Reykjavik lists six breakfast places for seven breakfasts: the cheapest plan sent the
    // sixth full day to "Brasserie Jasmine (French, Bakery)", $80, for want of an unused café.
    const { draft, validation } = await planInWorld(world, {
      origin: 'Boston',
      destination: { kind: 'city', city: 'Reykjavik' },
      startDate: '2027-02-20',
      days: 8,
      travellers: 1,
      budget: { amount: 3500, currency: 'USD' },
    });
    const breakfasts = draft.days.flatMap((d) => (d.breakfast ? [d.breakfast.averageCost] : []));
    expect(Math.max(...breakfasts)).toBeLessThan(80);
    expect(validation.passed).toBe(true);
  });

  it('lets a luxury trip breakfast grandly', async () => {
    const { draft } = await planInWorld(world, {
      origin: 'Phoenix',
      destination: { kind: 'city', city: 'San Diego' },
      startDate: '2027-01-18',
      days: 5,
      travellers: 2,
      budget: { amount: 6000, currency: 'USD' },
      preferences: { comfort: 'luxury' },
    });
    const ceiling = breakfastCeiling(await world.searchRestaurants({ city: 'San Diego' }))!;
    expect(draft.days.some((d) => (d.breakfast?.averageCost ?? 0) > ceiling)).toBe(true);
  });
});
