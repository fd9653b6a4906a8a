import { describe, expect, it } from 'vitest';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { upgradeSurplus } from '../../../tools/planning/time-worth.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { HOUSTON_DENVER_FAMILY, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a dearer, later flight may give up a travel-day meal when its hours are worth it', () => {
  it('flies a family of four out of Houston at 09:40, not 06:40 for a breakfast in Denver', async () => {
    // The 06:40 is the cheapest and the only one landing in time for breakfast; the 09:40 costs
    // $40 a head more, with $1,300 of the budget unspent.
    const { draft, validation } = await planInWorld(world, HOUSTON_DENVER_FAMILY);
    const out = draft.legs[0]!;
    expect(out.mode === 'flight' && out.flight.departureTime >= '08:00').toBe(true);
    expect(validation.passed).toBe(true);
  });

  it('prices each field lost at the same hours as one opened, and loses no more than the plan can spare', () => {
    const spec = TripSpec.parse({ ...HOUSTON_DENVER_FAMILY, budget: { amount: 6144, currency: 'USD' } });
    // $6,144 for four over 8 days: $12 an hour. Six hours gained, a breakfast (1.5 h) lost: $54.
    const surplus = upgradeSurplus(spec, 1);
    expect(surplus(0, 6 / 48, -1)).toBeCloseTo(54);
    expect(surplus(0, 6 / 48, -2)).toBe(Number.NEGATIVE_INFINITY);
    expect(upgradeSurplus(spec)(0, 6 / 48, -1)).toBe(Number.NEGATIVE_INFINITY);
    // TravelPlanner's rules buy any gain but never lose a field.
    const tp = upgradeSurplus({ ...spec, ruleset: 'travelplanner' }, 5);
    expect(tp(1000, 0.001, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(tp(0, 1, -1)).toBe(Number.NEGATIVE_INFINITY);
  });
});
