import { describe, expect, it } from 'vitest';
import type { TransportLeg } from '../../../tools/domain/plan.schema.js';
import { doorToDoor } from '../../../tools/planning/door-to-door.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('a leg door to door', () => {
  it('adds the airport before and after a flight, a short walk to a train, nothing to a drive', async () => {
    const [flight] = await world.searchFlights({ from: 'Tokyo', to: 'Kyoto', date: '2027-04-08' });
    const [train] = await world.searchTrains({ from: 'Tokyo', to: 'Kyoto', date: '2027-04-08' });
    const drive = await world.groundRoute({ from: 'Tokyo', to: 'Kyoto', mode: 'self-driving' });
    if (!flight || !train || !drive) throw new Error('the sandbox lists flights, trains and roads here');
    const common = { day: 1, from: 'Tokyo', to: 'Kyoto' };
    const legs: TransportLeg[] = [
      { ...common, mode: 'flight', flight, cost: flight.price },
      { ...common, mode: 'rail', train, cost: train.price },
      { ...common, mode: 'self-driving', route: drive, vehicles: 1, cost: drive.cost },
    ];
    const [byAir, byRail, byRoad] = legs.map(doorToDoor);
    expect(byAir!.minutes).toBe(flight.durationMinutes + 180);
    expect(byRail!.minutes).toBe(train.durationMinutes + 50);
    expect(byRoad!.minutes).toBe(drive.durationMinutes);
    expect(byAir!.leaves).toBe(
      Number(flight.departureTime.slice(0, 2)) * 60 + Number(flight.departureTime.slice(3)) - 120,
    );
  });
});

describe('a hop a train makes in a few hours', () => {
  it('goes by train when it costs about what the flight does, as people travel (Tokyo → Kyoto, Paris → Amsterdam)', async () => {
    const japan = await planInWorld(world, {
      origin: 'San Francisco',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Tokyo', nights: 4 },
          { city: 'Kyoto', nights: 5 },
        ],
      },
      startDate: '2027-04-01',
      days: 10,
      travellers: 2,
      budget: { amount: 14000, currency: 'USD' },
    });
    const europe = await planInWorld(world, {
      origin: 'Boston',
      destination: {
        kind: 'cities',
        stops: [
          { city: 'Paris', nights: 3 },
          { city: 'Amsterdam', nights: 3 },
        ],
      },
      startDate: '2027-06-12',
      days: 7,
      travellers: 2,
      budget: { amount: 8000, currency: 'USD' },
    });
    for (const { draft, validation } of [japan, europe]) {
      expect(validation.passed).toBe(true);
      const modes = draft.legs.map((l) => l.mode);
      // Flights across the ocean, the train between the two cities.
      expect(modes).toEqual(['flight', 'rail', 'flight']);
    }
  });
});
