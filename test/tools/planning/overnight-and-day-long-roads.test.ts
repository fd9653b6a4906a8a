import { describe, expect, it } from 'vitest';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
// A week in Cancún for one from Chicago: the cheapest plan costs $1,003 (flights $487).
const cancun = (budget: number) =>
  planInWorld(world, {
    origin: 'Chicago',
    destination: { kind: 'city', city: 'Cancún' },
    startDate: '2027-03-13',
    days: 8,
    travellers: 1,
    budget: { amount: budget, currency: 'USD' },
  });

describe('the solver prices what the plan will be', () => {
  it('keeps the meals of the day after an evening landing, not those of a red-eye landing next day', async () => {
    // The solver priced every leg's meals as the first it tried, a flight landing the next
    // evening (no breakfast or lunch that day): $47 short for the evening flight it then chose,
    // so the itinerary could not pay for the meals (the trip failed at $1,100).
    const { draft, validation } = await cancun(1100);
    expect(validation.passed).toBe(true);
    expect(draft.legs.map((l) => l.mode)).toEqual(['flight', 'flight']);
  });

  it('fails over budget, naming the cheapest total, rather than driving 26 hours to save a few dollars', async () => {
    // Before: a 32.8 h drive each way was "the only affordable way", planned in one day each.
    await expect(cancun(1000)).rejects.toThrow(
      'the cheapest complete plan (Cancún 7n) costs $1,003 — transport $487, stays $203, meals $313 — over the budget of $1,000 by $3',
    );
  });

  it('never drives more than a travel day holds to save money (Chicago → Miami, 21 h at the wheel)', async () => {
    // Spring break for four: flying costs about $1,770, driving $388 but 21 h each way in one
    // day. At $3,400 the drive was "the only affordable way" and was planned.
    const springBreak = planInWorld(world, {
      origin: 'Chicago',
      destination: { kind: 'city', city: 'Miami' },
      startDate: '2027-03-20',
      days: 8,
      travellers: 4,
      budget: { amount: 3400, currency: 'USD' },
    });
    await expect(springBreak).rejects.toThrow(
      /the cheapest complete plan \(Miami 7n\) costs \$4,\d{3} — transport \$1,\d{3}/,
    );
  });
});
