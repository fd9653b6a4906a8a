import { describe, expect, it } from 'vitest';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { legTimes } from '../../../tools/planning/leg-times.js';
import { upgradeSurplus } from '../../../tools/planning/time-worth.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { HOUSTON_DENVER_FAMILY, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a leg as convenient as the chosen one is bought for the travel-day hours it opens', () => {
  it('flies a family home from Denver in the afternoon, not at 09:50 with $1,152 unspent', async () => {
    // The 09:50 and the 14:20 home score the same (both leave after 08:00 and land by
    // mid-afternoon); the later one costs $29 a head more and leaves the last morning in Denver.
    const { draft, validation } = await planInWorld(world, HOUSTON_DENVER_FAMILY);
    const home = draft.legs.at(-1)!;
    expect(legTimes(home).departure).toBeGreaterThanOrEqual(12 * 60);
    const last = draft.days.at(-1)!;
    expect(last.breakfast).not.toBeNull();
    expect(last.lunch).not.toBeNull();
    expect(validation.passed).toBe(true);
  });

  it('under TravelPlanner rules buys no leg without a convenience gain, whatever it opens', () => {
    const spec = TripSpec.parse({ ...HOUSTON_DENVER_FAMILY, ruleset: 'travelplanner' });
    const tp = upgradeSurplus(spec, 0);
    expect(tp(0, 0, 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(tp(100, 0.01, 0)).toBe(Number.POSITIVE_INFINITY);
    // On standard trips the opened fields are priced: two fields at 1.5 h each.
    const standard = upgradeSurplus({ ...spec, ruleset: 'standard' }, 0);
    expect(standard(0, 0, 2)).toBeGreaterThan(0);
  });
});
