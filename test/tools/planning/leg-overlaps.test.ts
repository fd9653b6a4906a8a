import { describe, expect, it } from 'vitest';
import { legTimes } from '../../../tools/planning/leg-times.js';
import { validatePlan } from '../../../tools/planning/validate/validate-plan.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const stopover = {
  origin: 'Singapore',
  destination: {
    kind: 'cities' as const,
    stops: [
      { city: 'London', nights: 1 },
      { city: 'Dubai', nights: 1 },
    ],
  },
  startDate: '2027-03-03',
  days: 3,
  travellers: 1,
  budget: { amount: 2960, currency: 'USD' },
};

describe('a leg lands before the day the trip leaves its city', () => {
  it('flies London → Dubai by day for a one-night stop, not the 22:15 landing after the flight on left', async () => {
    // The cheapest London → Dubai leg leaves at 22:15 and lands at 09:57 on day 3; the flight on
    // to Singapore that day left at 09:40, and the Dubai room was booked for a night in the air.
    const { draft, validation } = await planInWorld(world, stopover);
    expect(draft.legs).toHaveLength(3);
    for (let i = 0; i + 1 < draft.legs.length; i += 1) {
      const [leg, next] = [draft.legs[i]!, draft.legs[i + 1]!];
      expect(legTimes(leg).arrival).toBeLessThan((next.day - leg.day) * 24 * 60);
    }
    expect(validation.passed).toBe(true);
  });

  it('fails non-conflicting-transport when a leg leaves a city before the leg into it lands', async () => {
    const { draft } = await planInWorld(world, stopover);
    const late = (await world.searchFlights({ from: 'London', to: 'Dubai', date: '2027-03-04' })).find(
      (f) => f.departureTime === '22:15',
    )!;
    // And the flight on to Singapore that day at 09:40, whichever the plan took.
    const early = (await world.searchFlights({ from: 'Dubai', to: 'Singapore', date: '2027-03-05' })).find(
      (f) => f.departureTime === '09:40',
    )!;
    const legs = draft.legs.map((l) => {
      if (l.mode !== 'flight') return l;
      if (l.to === 'Dubai') return { ...l, flight: late, cost: late.price };
      return l.from === 'Dubai' ? { ...l, flight: early, cost: early.price } : l;
    });
    const check = checkOf(await validatePlan({ ...draft, legs }, world), 'non-conflicting-transport');
    expect(check.passed).toBe(false);
    expect(check.problems.join(' ')).toMatch(
      /leaves Dubai at 09:40, before day 2's .* lands there \(09:57 on day 3\)/,
    );
  });
});
