import { describe, expect, it } from 'vitest';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
// A four-day luxury anniversary: the drive is 9.7 h each way, a flight under 2 h.
const anniversary = {
  origin: 'Portland',
  destination: { kind: 'city' as const, city: 'San Francisco' },
  startDate: '2027-09-23',
  days: 4,
  travellers: 2,
  budget: { amount: 5000, currency: 'USD' },
  preferences: { comfort: 'luxury' as const },
};

describe('a party that never asked to drive flies when the hours saved are worth the fare', () => {
  it('flies Portland → San Francisco and back rather than 19 hours at the wheel with $2,000 to spare', async () => {
    const { selection, validation } = await planInWorld(world, anniversary);
    expect(selection.legs.map((l) => l.mode)).toEqual(['flight', 'flight']);
    expect(validation.passed).toBe(true);
  });

  it('still drives when the party asked to', async () => {
    const { selection } = await planInWorld(world, {
      ...anniversary,
      preferences: { comfort: 'luxury' as const, preferredModes: ['self-driving' as const] },
    });
    expect(selection.legs.map((l) => l.mode)).toEqual(['self-driving', 'self-driving']);
  });

  it('still drives six hours where flying costs four travellers more than the hours are worth', async () => {
    const { selection } = await planInWorld(world, {
      origin: 'Cleveland',
      destination: { kind: 'city' as const, city: 'Washington' },
      startDate: '2027-06-21',
      days: 5,
      travellers: 4,
      budget: { amount: 3500, currency: 'USD' },
    });
    expect(selection.legs.map((l) => l.mode)).toEqual(['self-driving', 'self-driving']);
  });
});
