import { describe, expect, it } from 'vitest';
import type { Flight, GroundRoute, Train } from '../../../tools/domain/inventory.schema.js';
import { TripSpec, type TripSpecInput } from '../../../tools/domain/trip-spec.schema.js';
import type { Hop } from '../../../tools/planning/planning.types.js';
import { hourWorth, roadFareMinutes } from '../../../tools/planning/time-worth.js';
import { hopTransport, indexHopOptions } from '../../../tools/planning/transport-options.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { flight } from './fixtures.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const HOP: Hop = { from: 'Kyoto', to: 'Osaka', day: 8, date: '2027-04-08' };

/** Three weeks in Japan for `travellers`, as the Kyoto → Osaka hop sees it. */
function japanSpec(overrides: Partial<TripSpecInput> = {}): TripSpec {
  return TripSpec.parse({
    origin: 'San Francisco',
    destination: { kind: 'cities', stops: [{ city: 'Kyoto' }, { city: 'Osaka' }] },
    startDate: '2027-04-01',
    days: 21,
    travellers: 2,
    budget: { amount: 14000, currency: 'USD' },
    ...overrides,
  });
}

/** The sandbox's trains and taxi between Kyoto and Osaka (55 km, trains all day). */
async function kyotoOsaka(): Promise<{ trains: Train[]; taxi: GroundRoute }> {
  const trains = await world.searchTrains(HOP);
  const taxi = await world.groundRoute({ from: HOP.from, to: HOP.to, mode: 'taxi' });
  if (trains.length === 0 || !taxi) throw new Error('the sandbox runs trains and taxis from Kyoto to Osaka');
  return { trains, taxi };
}

/** The mode a party with money to spare takes: the hop's most convenient option. */
function easiestMode(spec: TripSpec, trains: Train[], ground: GroundRoute[], flights: Flight[] = []) {
  const { options } = hopTransport(spec, HOP, indexHopOptions([{ hop: HOP, flights, trains, ground }]));
  const [best] = [...options].sort((a, b) => b.convenience - a.convenience);
  return best?.leg.mode;
}

describe('a taxi’s half hour against the train on a short hop', () => {
  it('goes by train for two mid-range or budget travellers (Kyoto → Osaka: a $76 taxi or two $16–26 tickets)', async () => {
    const { trains, taxi } = await kyotoOsaka();
    for (const comfort of [null, 'mid-range', 'budget'] as const) {
      const spec = japanSpec({ preferences: { comfort } });
      expect(easiestMode(spec, trains, [taxi]), String(comfort)).toBe('rail');
    }
  });

  it('may go by taxi for a party of five when the two taxis cost about the tickets', async () => {
    const { trains, taxi } = await kyotoOsaka();
    const tickets = Math.min(...trains.map((t) => t.price)) * 5;
    const spec = japanSpec({ travellers: 5, budget: { amount: 35000, currency: 'USD' } });
    expect(easiestMode(spec, trains, [{ ...taxi, cost: (tickets + 4) / 2 }])).toBe('taxi');
  });

  it('may go by taxi for a luxury couple', async () => {
    const { trains, taxi } = await kyotoOsaka();
    const spec = japanSpec({ preferences: { comfort: 'luxury' } });
    expect(easiestMode(spec, trains, [taxi])).toBe('taxi');
  });

  it('keeps the taxi where no train runs or trains are ruled out, even beside a flight', async () => {
    const { trains, taxi } = await kyotoOsaka();
    const air = [flight(HOP.from, HOP.to, HOP.date, '09:00', '09:45', 60)];
    expect(easiestMode(japanSpec(), [], [taxi], air)).toBe('taxi');
    const noTrains = japanSpec({ constraints: { excludedModes: ['rail'] } });
    expect(easiestMode(noTrains, trains, [taxi], air)).toBe('taxi');
  });
});

describe('what an hour saved is worth', () => {
  it('is the trip’s money per person per waking hour, weighed by the comfort wish', () => {
    // $14,000 for two over 21 days of 16 waking hours.
    expect(hourWorth(japanSpec())).toBeCloseTo(14000 / 2 / 21 / 16, 6);
    expect(hourWorth(japanSpec({ preferences: { comfort: 'budget' } }))).toBeCloseTo(
      hourWorth(japanSpec()) / 2,
      6,
    );
    expect(hourWorth(japanSpec({ preferences: { comfort: 'luxury' } }))).toBeCloseTo(
      hourWorth(japanSpec()) * 4,
      6,
    );
    expect(hourWorth(japanSpec({ budget: null }))).toBe(20);
  });

  it('charges a road leg only its fare per traveller beyond a ticket, and nothing under TravelPlanner’s rules', () => {
    const spec = japanSpec();
    // $76 for two is $22 each over a $16 ticket: an hour at ~$20.8 makes that ~63 minutes.
    expect(roadFareMinutes(spec, 76, 16)).toBeCloseTo((22 / hourWorth(spec)) * 60, 6);
    expect(roadFareMinutes(spec, 30, 16)).toBe(0);
    expect(roadFareMinutes(spec, 76, null)).toBe(0);
    expect(roadFareMinutes({ ...spec, ruleset: 'travelplanner' }, 76, 16)).toBe(0);
  });
});

describe('a trip through Tokyo, Kyoto and Osaka', () => {
  /** Three weeks for `travellers` with `budget`, nights shared out by the planner. */
  const japan = (travellers: number, budget: number, overrides: Partial<TripSpecInput> = {}) =>
    planInWorld(world, {
      origin: 'San Francisco',
      destination: { kind: 'cities', stops: [{ city: 'Tokyo' }, { city: 'Kyoto' }, { city: 'Osaka' }] },
      startDate: '2027-04-01',
      days: 21,
      travellers,
      budget: { amount: budget, currency: 'USD' },
      ...overrides,
    });

  it('takes the Nozomi to Kyoto and the train on to Osaka for a couple, the taxi for a party of four', async () => {
    const couple = await japan(2, 14000);
    const four = await japan(4, 28000);
    for (const { validation } of [couple, four]) expect(validation.passed).toBe(true);
    expect(couple.draft.legs.map((l) => l.mode)).toEqual(['flight', 'rail', 'rail', 'flight']);
    // One taxi for four costs about their four tickets: the half hour is theirs for little.
    expect(four.draft.legs.map((l) => l.mode)).toEqual(['flight', 'rail', 'taxi', 'flight']);
  });
});
