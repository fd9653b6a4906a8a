import { describe, expect, it } from 'vitest';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a wish to drive meets a hop too long to drive in a day (standard trips)', () => {
  it('flies instead, passes its checks and says the wish was not honoured and why', async () => {
    const { draft, validation, selection } = await planInWorld(world, {
      origin: 'Chicago',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Nashville', nights: 2 },
          { city: 'New Orleans', nights: 3 },
        ],
      },
      startDate: '2027-04-10',
      days: 6,
      travellers: 2,
      budget: { amount: 3000, currency: 'USD' },
      preferences: { preferredModes: ['self-driving'] },
    });
    const drive = await world.groundRoute({ from: 'New Orleans', to: 'Chicago', mode: 'self-driving' });
    expect(drive!.durationMinutes).toBeGreaterThan(10 * 60);
    expect(draft.legs.some((l) => l.mode !== 'self-driving')).toBe(true);
    expect(checkOf(validation, 'preferred-modes').passed).toBe(true);
    expect(validation.passed).toBe(true);
    const wish = selection.notHonoured?.find((n) => n.wish === 'driving ourselves');
    expect(wish?.reason).toMatch(/New Orleans → Chicago/);
  });
});
