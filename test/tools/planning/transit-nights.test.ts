import { describe, expect, it } from 'vitest';
import { stayCost } from '../../../tools/planning/cost.js';
import { legTimes } from '../../../tools/planning/leg-times.js';
import { describeRoute, nightsSlept } from '../../../tools/planning/route-summary.js';
import {
  nightInTransit,
  noteTransitNights,
  transitNightNote,
} from '../../../tools/planning/transit-nights.js';
import { validatePlan } from '../../../tools/planning/validate/validate-plan.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const tokyo = {
  origin: 'Los Angeles',
  destination: { kind: 'city' as const, city: 'Tokyo' },
  startDate: '2027-01-20',
  days: 8,
  travellers: 2,
  budget: { amount: 10000, currency: 'USD' },
};

describe('nights spent on an overnight flight (standard trips)', () => {
  it('books no room for the night in the air: the stay starts the night the party lands', async () => {
    const { draft, validation } = await planInWorld(world, tokyo);
    const out = draft.legs[0]!;
    expect(legTimes(out).arrival).toBeGreaterThan(24 * 60 + 8 * 60);
    const [booking] = draft.stays;
    expect(booking).toMatchObject({ firstNight: 2, nights: 6 });
    expect(booking!.cost).toBe(stayCost(booking!.stay, 2, 6));
    expect(draft.days[0]!.accommodation).toBeNull();
    expect(draft.days[1]!.accommodation).toBe(booking!.stay.name);
    expect(validation.passed).toBe(true);
    expect(noteTransitNights(draft.days, draft.legs, 'standard')[0]!.notes).toContain(transitNightNote(out));
  });

  it('still asks for a bed on a night the party is not travelling', async () => {
    const { draft } = await planInWorld(world, tokyo);
    const unbooked = {
      ...draft,
      days: draft.days.map((d) => (d.day === 3 ? { ...d, accommodation: null } : d)),
    };
    const check = checkOf(await validatePlan(unbooked, world), 'complete-information');
    expect(check.problems.join(' ')).toContain('day 3 has no accommodation');
    expect(check.problems.join(' ')).not.toContain('day 1 has no accommodation');
  });

  it('keeps every night booked under TravelPlanner rules, and a landing before 08:00 keeps its bed', async () => {
    const { draft } = await planInWorld(world, tokyo);
    expect(nightInTransit(draft.legs, 1, 'travelplanner')).toBe(false);
    expect(nightInTransit(draft.legs, 1, 'standard')).toBe(true);
    expect(nightInTransit(draft.legs, 2, 'standard')).toBe(false);
  });

  it('counts in the summary only the nights slept in the city, not the one in the air', async () => {
    const { draft } = await planInWorld(world, tokyo);
    const selection = { route: draft.route, legs: draft.legs, stays: draft.stays };
    expect(draft.route.nights).toEqual([7]);
    expect(nightsSlept(selection, 'standard')).toEqual([6]);
    expect(describeRoute(selection, 'standard')).toBe('Tokyo (6 nights)');
    // TravelPlanner's rules book every night, so the route's own count stands.
    expect(describeRoute(selection, 'travelplanner')).toBe('Tokyo (7 nights)');
  });

  it('books no room for a second night aboard: Los Angeles → Sydney lands at 07:32 two days on', async () => {
    const { draft, validation } = await planInWorld(world, {
      origin: 'Los Angeles',
      destination: { kind: 'city', city: 'Sydney' },
      startDate: '2027-01-08',
      days: 10,
      travellers: 2,
      budget: { amount: 9000, currency: 'USD' },
    });
    const out = draft.legs[0]!;
    // In the air all of day 2 (by Sydney's calendar), landing after the small hours of day 3.
    expect(legTimes(out).arrival).toBeGreaterThanOrEqual(2 * 24 * 60 + 5 * 60);
    expect(legTimes(out).arrival).toBeLessThan(2 * 24 * 60 + 8 * 60);
    expect(nightInTransit(draft.legs, 2, 'standard')).toBe(true);
    expect(draft.stays[0]).toMatchObject({ firstNight: 3, nights: 7 });
    expect(draft.days[1]!.accommodation).toBeNull();
    expect(validation.passed).toBe(true);
  });
});
