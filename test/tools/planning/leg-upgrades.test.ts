import { describe, expect, it } from 'vitest';
import { upgradeWorth } from '../../../tools/planning/time-worth.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { makeSpec } from './fixtures.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

function flightNumbers(legs: readonly { mode: string; flight?: { flightNumber: string } }[]): string[] {
  return legs.flatMap((l) => (l.flight ? [l.flight.flightNumber] : []));
}

describe('a dearer leg only when what it gains is worth its fare to the party', () => {
  it('keeps the cheaper 08:30 flight to London over a $163 dearer 06:55 one 8 minutes shorter', async () => {
    // Chicago → London on 2027-05-15: AS2197 08:30 → 23:22 for $464, WN798 06:55 → 21:39 for $627.
    // Before: the upgrade bought WN798 (a 04:55 start) because it scored a hair more convenient.
    const { draft, validation } = await planInWorld(world, {
      origin: 'Chicago',
      destination: { kind: 'city', city: 'London' },
      startDate: '2027-05-15',
      days: 8,
      travellers: 1,
      budget: { amount: 5000, currency: 'USD' },
    });
    expect(validation.passed).toBe(true);
    expect(flightNumbers(draft.legs)[0]).toBe('AS2197');
  });

  it('lands in Sydney the next evening rather than paying $152 more each to land at 00:17 a day later', async () => {
    // WN5082 06:30 → 17:34 next day $725; AA559 13:10 → 00:17 two days on $877. Before: AA559.
    const { draft } = await planInWorld(world, {
      origin: 'Los Angeles',
      destination: { kind: 'city', city: 'Sydney' },
      startDate: '2027-11-20',
      days: 14,
      travellers: 2,
      budget: { amount: 12000, currency: 'USD' },
    });
    expect(flightNumbers(draft.legs)[0]).toBe('WN5082');
  });

  it('buys the upgrade worth most beyond its fare, not the most convenient one that pays for itself', async () => {
    // Beijing → Shanghai, 2027-04-05: the cheapest is the 06:55 train ($77); the 08:20 train
    // ($140) loses the early start; the 10:25 flight ($198) is a little quicker door to door.
    // Before: the flight, tried first as the most convenient, was bought because its gain over
    // the 06:55 train just paid for it; the 08:20 train, nearly as good for $58 less, never was.
    // Since an upgrade may give up the lunch in Shanghai the 06:55 left time for, the 10:20 train
    // ($102, breakfast in Beijing, no start at dawn) is worth more still.
    const { draft, validation } = await planInWorld(world, {
      origin: 'Hong Kong',
      destination: { kind: 'cities', stops: [{ city: 'Beijing' }, { city: 'Shanghai' }] },
      startDate: '2027-04-02',
      days: 7,
      travellers: 2,
      budget: { amount: 5000, currency: 'USD' },
    });
    expect(validation.passed).toBe(true);
    const hop = draft.legs.find((l) => l.from === 'Beijing')!;
    expect(hop.mode).toBe('rail');
    expect(hop.mode === 'rail' && hop.train.departureTime).toBe('10:20');
  });

  it('weighs a gain at what an hour of the trip is worth to each traveller; TravelPlanner buys any gain', () => {
    // $9,000 for one over 35 days: about $16 an hour. An hour saved (1/48 of a point) is worth it
    // at $16, not at $40.
    const spec = makeSpec({ days: 35, travellers: 1, budget: { amount: 9000, currency: 'USD' } });
    const worth = upgradeWorth(spec);
    expect(worth(16, 1 / 48, 0)).toBe(true);
    expect(worth(40, 1 / 48, 0)).toBe(false);
    // A later flight home that leaves time for breakfast and a sight: 3 hours more of the trip.
    expect(worth(40, 1 / 48, 2)).toBe(true);
    expect(upgradeWorth({ ...spec, ruleset: 'travelplanner' })(1000, 0.001, 0)).toBe(true);
  });
});
