import { describe, expect, it } from 'vitest';
import type { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { legDuration } from '../../../tools/planning/leg-times.js';
import {
  isMarathonRoad,
  LONGEST_DAY_DRIVE_MINUTES,
  longRoadNote,
  noteLongRoads,
  withoutMarathonRoads,
} from '../../../tools/planning/road-limits.js';
import type { TransportOption } from '../../../tools/planning/transport-options.js';
import type { FamilyOptions } from '../../../tools/planning/transport-plan.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const trip = {
  origin: 'Miami',
  destination: { kind: 'city' as const, city: 'New York' },
  startDate: '2026-12-28',
  days: 6,
  travellers: 3,
  budget: { amount: 4500, currency: 'USD' },
};

describe('a travel day holds at most a day of driving (standard trips)', () => {
  it('flies Miami → New York rather than driving 24 hours in one day, though driving is cheaper', async () => {
    const drive = await world.groundRoute({ from: 'Miami', to: 'New York', mode: 'self-driving' });
    expect(drive!.durationMinutes).toBeGreaterThan(LONGEST_DAY_DRIVE_MINUTES);
    const { draft, validation } = await planInWorld(world, trip);
    expect(draft.legs.map((l) => l.mode)).toEqual(['flight', 'flight']);
    expect(validation.passed).toBe(true);
  });

  it('still drives the long road when nothing else goes (no flight, no train may be taken)', async () => {
    const { draft } = await planInWorld(world, {
      ...trip,
      constraints: { excludedModes: ['flight', 'rail'] },
    });
    expect(draft.legs.map((l) => l.mode)).toEqual(['self-driving', 'self-driving']);
    expect(legDuration(draft.legs[0]!)).toBeGreaterThan(LONGEST_DAY_DRIVE_MINUTES);
    // …and the traveller is told the hours on the day, not left to find them on the road.
    const noted = noteLongRoads(draft.spec, draft.days, draft.legs);
    expect(noted[0]!.notes).toContain(longRoadNote(draft.spec, draft.legs[0]!));
    expect(longRoadNote(draft.spec, draft.legs[0]!)).toMatch(
      /^\d+\.\d h at the wheel from Miami to New York/,
    );
    expect(noted[1]!.notes.some((n) => n.includes('at the wheel'))).toBe(false);
    expect(noteLongRoads({ ...draft.spec, ruleset: 'travelplanner' }, draft.days, draft.legs)).toEqual(
      draft.days,
    );
  });

  it('leaves TravelPlanner trips as their rules allow: every family keeps its marathon drive', async () => {
    const route = (await world.groundRoute({ from: 'Miami', to: 'New York', mode: 'self-driving' }))!;
    const drive: TransportOption = {
      leg: {
        mode: 'self-driving',
        day: 1,
        from: 'Miami',
        to: 'New York',
        route,
        vehicles: 1,
        cost: route.cost,
      },
      cost: route.cost,
      convenience: 0,
      profile: '',
      lostNextDay: '',
      id: 'self-driving',
    };
    const taxiRoute = { ...route, mode: 'taxi' as const, durationMinutes: 30 };
    const shortTaxi: TransportOption = {
      ...drive,
      leg: { mode: 'taxi', day: 1, from: 'Miami', to: 'New York', route: taxiRoute, vehicles: 1, cost: 1 },
      id: 'taxi',
    };
    const families: FamilyOptions[] = [{ family: 'self-driving', perHop: [[drive, shortTaxi]] }];
    const spec = (ruleset: 'standard' | 'travelplanner') =>
      ({ ruleset, preferences: { preferredModes: [] } }) as unknown as TripSpec;
    expect(isMarathonRoad(spec('standard'), drive)).toBe(true);
    expect(withoutMarathonRoads(spec('travelplanner'), families)).toEqual(families);
    expect(withoutMarathonRoads(spec('standard'), families)[0]!.perHop).toEqual([[shortTaxi]]);
  });
});

describe('a party that asked to drive', () => {
  const roadTrip = (preferredModes: 'self-driving'[]) =>
    planInWorld(world, {
      origin: 'Chicago',
      destination: { kind: 'cities', stops: [{ city: 'Nashville' }, { city: 'Atlanta' }] },
      startDate: '2027-06-01',
      days: 6,
      travellers: 2,
      budget: { amount: 2500, currency: 'USD' },
      preferences: { preferredModes },
    });

  it('drives an 11.7 h day home rather than turning the road trip into three flights, and says so', async () => {
    // Before: a hop home over 10 h sent every hop by air ("driving ourselves" not honoured).
    const { draft, validation } = await roadTrip(['self-driving']);
    expect(draft.legs.map((l) => l.mode)).toEqual(['self-driving', 'self-driving', 'self-driving']);
    expect(validation.passed).toBe(true);
    const home = draft.legs[2]!;
    expect(legDuration(home)).toBeGreaterThan(LONGEST_DAY_DRIVE_MINUTES);
    expect(noteLongRoads(draft.spec, draft.days, draft.legs).at(-1)!.notes).toContain(
      '11.7 h at the wheel from Atlanta to Chicago, a long day of the drive you asked for: plan rest stops, and share the wheel if you can.',
    );
  });

  it('is the only party asked for such a day: without the wish the long hop is flown', async () => {
    const { draft } = await roadTrip([]);
    expect(draft.legs.map((l) => l.mode)).not.toContain('self-driving');
  });
});
