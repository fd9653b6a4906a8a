import { describe, expect, it } from 'vitest';
import type { TransportLeg } from '../../../tools/domain/plan.schema.js';
import { validatePlan } from '../../../tools/planning/validate/validate-plan.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const weekend = {
  origin: 'London',
  destination: { kind: 'city' as const, city: 'Paris' },
  startDate: '2026-12-08',
  days: 3,
  travellers: 2,
  budget: { amount: 1200, currency: 'USD' },
};

describe('the party’s own car goes wherever it is driven (standard trips)', () => {
  it('never takes the train out and "self-drives" home: a driven trip drives every hop', async () => {
    const { draft, validation } = await planInWorld(world, weekend);
    const modes = new Set(draft.legs.map((l) => l.mode));
    expect(modes.has('self-driving') && modes.size > 1, [...modes].join(', ')).toBe(false);
    expect(validation.passed).toBe(true);
  });

  it('fails a plan that takes the train one way and drives the other', async () => {
    const { draft } = await planInWorld(world, { ...weekend, budget: null });
    const [train] = await world.searchTrains({ from: 'London', to: 'Paris', date: '2026-12-08' });
    const drive = await world.groundRoute({ from: 'Paris', to: 'London', mode: 'self-driving' });
    const legs: TransportLeg[] = [
      { mode: 'rail', day: 1, from: 'London', to: 'Paris', train: train!, cost: train!.price * 2 },
      {
        mode: 'self-driving',
        day: 3,
        from: 'Paris',
        to: 'London',
        route: drive!,
        vehicles: 1,
        cost: drive!.cost,
      },
    ];
    const check = checkOf(await validatePlan({ ...draft, legs }, world), 'non-conflicting-transport');
    expect(check.passed).toBe(false);
    expect(check.problems.join(' ')).toContain('trains');
  });

  it('drives (a hire car) only the hop no train makes on a rail trip that may not fly', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'Paris',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Amsterdam', nights: 3 },
          { city: 'Berlin', nights: 3 },
          { city: 'Prague', nights: 2 },
          { city: 'Vienna', nights: 3 },
        ],
      },
      startDate: '2027-05-02',
      days: 12,
      travellers: 2,
      budget: { amount: 6000, currency: 'USD' },
      constraints: { excludedModes: ['flight'] },
      preferences: { preferredModes: ['rail'] },
    });
    for (const leg of draft.legs.filter((l) => l.mode === 'self-driving')) {
      const trains = await world.searchTrains({ from: leg.from, to: leg.to, date: '2027-05-13' });
      expect(trains, `${leg.from} → ${leg.to}`).toEqual([]);
    }
    expect(draft.legs.map((l) => l.mode)).toEqual(['rail', 'rail', 'rail', 'rail', 'self-driving']);
    expect(checkOf(validation, 'non-conflicting-transport').passed).toBe(true);
  });
});
