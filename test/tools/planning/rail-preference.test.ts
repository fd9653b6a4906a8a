import { describe, expect, it } from 'vitest';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a party that prefers trains (standard trips)', () => {
  it('takes the train on every hop a train runs and the money allows, before buying grander stays', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'New York',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Boston', nights: null },
          { city: 'Philadelphia', nights: null },
          { city: 'Washington', nights: null },
        ],
      },
      startDate: '2027-10-05',
      days: 9,
      travellers: 2,
      budget: { amount: 3500, currency: 'USD' },
      preferences: { preferredModes: ['rail'] },
    });
    expect(checkOf(validation, 'preferred-modes').problems).toEqual([]);
    expect(validation.passed).toBe(true);
    expect(draft.legs.every((l) => l.mode === 'rail')).toBe(true);
  });
});
