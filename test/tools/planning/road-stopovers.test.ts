import { describe, expect, it } from 'vitest';
import type { TripSpecInput } from '../../../tools/domain/trip-spec.schema.js';
import { legDuration } from '../../../tools/planning/leg-times.js';
import { LONGEST_WISHED_DRIVE_MINUTES } from '../../../tools/planning/road-limits.js';
import { noteStopovers } from '../../../tools/planning/road-stopovers.js';
import { describeRoute } from '../../../tools/planning/route-summary.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { checkOf, planInWorld, routesInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const driving = { preferredModes: ['self-driving' as const] };
const roadMinutes = async (from: string, to: string) =>
  (await world.groundRoute({ from, to, mode: 'self-driving' }))?.durationMinutes;

const austinLoop: TripSpecInput = {
  origin: 'Austin',
  destination: {
    kind: 'cities',
    stops: [
      { city: 'Nashville', nights: null },
      { city: 'Memphis', nights: null },
    ],
  },
  startDate: '2027-04-10',
  days: 7,
  travellers: 2,
  budget: { amount: 2200, currency: 'USD' },
  preferences: driving,
};

function roundTrip(origin: string, city: string, days: number, budget: number): TripSpecInput {
  return {
    origin,
    destination: { kind: 'city', city },
    startDate: '2027-05-03',
    days,
    travellers: 2,
    budget: { amount: budget, currency: 'USD' },
    preferences: driving,
  };
}

async function routesFor(input: TripSpecInput) {
  const { spec, candidates, routes } = await routesInWorld(world, input);
  return { spec, routes: candidates, broken: routes };
}

describe('a party that drives breaks a drive longer than a day with a night on the way', () => {
  it('drives Austin → Nashville → Memphis with a night in New Orleans rather than flying (14.3 h in one day)', async () => {
    expect(await roadMinutes('Austin', 'Nashville')).toBeGreaterThan(LONGEST_WISHED_DRIVE_MINUTES);
    const { draft, selection, validation } = await planInWorld(world, austinLoop);
    expect(draft.legs.map((l) => l.mode)).toEqual(Array(4).fill('self-driving'));
    expect(draft.legs.every((l) => legDuration(l) <= LONGEST_WISHED_DRIVE_MINUTES)).toBe(true);
    // The night on the way is the trip's own: the cities asked for share what is left.
    expect(draft.route.cities).toEqual(['New Orleans', 'Nashville', 'Memphis']);
    expect(draft.route.nights).toEqual([1, 3, 2]);
    expect(draft.route.stopovers).toEqual([
      { city: 'New Orleans', from: 'Austin', to: 'Nashville', directMinutes: 860 },
    ]);
    // A real night: a bed, dinner on arrival and breakfast before driving on.
    expect(draft.stays.some((b) => b.stay.city === 'New Orleans' && b.nights === 1)).toBe(true);
    expect(draft.days[0]!.dinner?.city).toBe('New Orleans');
    expect(draft.days[1]!.breakfast?.city).toBe('New Orleans');
    expect(selection.notHonoured ?? []).toEqual([]);
    expect(validation.passed).toBe(true);
    expect(checkOf(validation, 'reasonable-route').passed).toBe(true);
    expect(describeRoute(selection, 'standard')).toBe(
      'Nashville (3 nights) → Memphis (2 nights), with a night in New Orleans on the way',
    );
    const noted = noteStopovers(draft.days, draft.route, draft.legs);
    expect(noted[0]!.notes).toContain(
      'a night in New Orleans on the way: 8.8 h + 9.4 h instead of 14.3 h in one day',
    );
    expect(noted.slice(1).every((d) => !d.notes.some((n) => n.includes('on the way')))).toBe(true);
  });

  it('sleeps in the same town both ways when no other breaks the drive home (Denver → Chicago, 16.2 h)', async () => {
    const { draft, selection, validation } = await planInWorld(
      world,
      roundTrip('Denver', 'Chicago', 7, 2500),
    );
    expect(draft.route.cities).toEqual(['Kansas City', 'Chicago', 'Kansas City']);
    expect(draft.route.nights).toEqual([1, 4, 1]);
    expect(
      draft.legs.every((l) => l.mode === 'self-driving' && legDuration(l) <= LONGEST_WISHED_DRIVE_MINUTES),
    ).toBe(true);
    expect(validation.passed).toBe(true);
    expect(describeRoute(selection, 'standard')).toBe(
      'Chicago (4 nights), with a night in Kansas City each way',
    );
    const noted = noteStopovers(draft.days, draft.route, draft.legs);
    expect(noted[0]!.notes.at(-1)).toMatch(
      /^a night in Kansas City on the way: 10\.1 h \+ 7\.7 h instead of 16\.2 h/,
    );
    expect(noted[5]!.notes.at(-1)).toMatch(
      /^a night in Kansas City on the way: 7\.7 h \+ 10\.1 h instead of 16\.2 h/,
    );
  });

  it('takes two nights on the way where no one town is a day from both ends (Los Angeles → Seattle, 18.3 h)', async () => {
    const { draft, selection, validation } = await planInWorld(
      world,
      roundTrip('Los Angeles', 'Seattle', 8, 3500),
    );
    expect(draft.route.cities).toEqual(['Sacramento', 'Portland', 'Seattle', 'Portland', 'Sacramento']);
    expect(
      draft.legs.every((l) => l.mode === 'self-driving' && legDuration(l) <= LONGEST_WISHED_DRIVE_MINUTES),
    ).toBe(true);
    expect(validation.passed).toBe(true);
    expect(describeRoute(selection, 'standard')).toBe(
      'Seattle (3 nights), with nights in Sacramento and Portland on the way',
    );
  });

  it('says so rather than plan a long day when the trip cannot spare the nights (Seattle → San Francisco in 4 days)', async () => {
    const { broken, routes } = await routesFor(roundTrip('Seattle', 'San Francisco', 4, 2000));
    expect(broken).toEqual(routes);
    const { draft, selection } = await planInWorld(world, roundTrip('Seattle', 'San Francisco', 4, 2000));
    expect(draft.legs.every((l) => l.mode !== 'self-driving')).toBe(true);
    const wish = selection.notHonoured?.find((n) => n.wish === 'driving ourselves');
    expect(wish?.reason).toMatch(/too few nights to spare one on the way$/);
  });

  it('never takes the night from a city whose nights the party fixed', async () => {
    const fixed: TripSpecInput = {
      ...austinLoop,
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Nashville', nights: 3 },
          { city: 'Memphis', nights: 3 },
        ],
      },
    };
    const { broken, routes } = await routesFor(fixed);
    expect(broken).toEqual(routes);
  });

  it('keeps the routes of parties that did not ask to drive, and of TravelPlanner trips, as they are', async () => {
    const { preferences: _, ...flying } = austinLoop;
    const plain = await routesFor(flying);
    expect(plain.broken).toEqual(plain.routes);
    const rules = await routesFor({ ...austinLoop, ruleset: 'travelplanner' });
    expect(rules.broken).toEqual(rules.routes);
  });
});
