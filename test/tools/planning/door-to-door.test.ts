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
    /** Two cities, a few nights each, for two with money to spare. */
    const twoCities = (origin: string, stops: [string, number][], startDate: string, budget: number) =>
      planInWorld(world, {
        origin,
        destination: { kind: 'cities', stops: stops.map(([city, nights]) => ({ city, nights })) },
        startDate,
        days: stops.reduce((sum, [, nights]) => sum + nights, 1),
        travellers: 2,
        budget: { amount: budget, currency: 'USD' },
      });
    const japan = await twoCities(
      'San Francisco',
      [
        ['Tokyo', 4],
        ['Kyoto', 5],
      ],
      '2027-04-01',
      14000,
    );
    const europe = await twoCities(
      'Boston',
      [
        ['Paris', 3],
        ['Amsterdam', 3],
      ],
      '2027-06-12',
      8000,
    );
    for (const { draft, validation } of [japan, europe]) {
      expect(validation.passed).toBe(true);
      const modes = draft.legs.map((l) => l.mode);
      // Flights across the ocean, the train between the two cities.
      expect(modes).toEqual(['flight', 'rail', 'flight']);
    }
  });
});
