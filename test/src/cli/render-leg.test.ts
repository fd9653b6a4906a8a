import { describe, expect, it } from 'vitest';
import { describeLeg, formatDuration } from '../../../src/cli/render-leg.js';
import type { TransportLeg } from '../../../tools/domain/plan.schema.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';

const world = createSandboxWorld({ seed: 1 });

describe('CLI legs', () => {
  it('shows London → Tokyo in local times with zone names, the next-day landing and the real duration', async () => {
    const [flight] = await world.searchFlights({ from: 'London', to: 'Tokyo', date: '2027-04-09' });
    const leg: TransportLeg = {
      mode: 'flight',
      day: 1,
      from: 'London',
      to: 'Tokyo',
      flight: flight!,
      cost: flight!.price,
    };
    const line = describeLeg(leg, 'USD');
    expect(line).toBe(
      `flight ${flight!.flightNumber} London ${flight!.departureTime} BST → Tokyo ${flight!.arrivalTime} GMT+9 (+1 day), ${formatDuration(flight!.durationMinutes)} ($${flight!.price})`,
    );
    expect(line).toMatch(/, 1[23] h \d\d min/);
  });

  it('shows a Eurostar gaining an hour on the Paris clock', async () => {
    const [train] = await world.searchTrains({ from: 'London', to: 'Paris', date: '2027-07-01' });
    const leg: TransportLeg = {
      mode: 'rail',
      day: 2,
      from: 'London',
      to: 'Paris',
      train: train!,
      cost: train!.price * 2,
    };
    expect(describeLeg(leg, 'USD')).toMatch(
      /^train ES \d+ London \d\d:\d\d BST → Paris \d\d:\d\d CEST, 2 h \d\d min \(\$\d+\)$/,
    );
  });

  it('shows eastern US time by its American name in winter', async () => {
    const [flight] = await world.searchFlights({ from: 'New York', to: 'Chicago', date: '2027-01-15' });
    const leg: TransportLeg = {
      mode: 'flight',
      day: 1,
      from: 'New York',
      to: 'Chicago',
      flight: flight!,
      cost: flight!.price,
    };
    expect(describeLeg(leg, 'USD')).toContain(
      `New York ${flight!.departureTime} EST → Chicago ${flight!.arrivalTime} CST`,
    );
  });

  it('leaves unzoned flights (TravelPlanner) as they were', () => {
    const leg: TransportLeg = {
      mode: 'flight',
      day: 1,
      from: 'Ithaca',
      to: 'Newark',
      flight: {
        flightNumber: 'F3573659',
        from: 'Ithaca',
        to: 'Newark',
        date: '2022-03-22',
        departureTime: '07:11',
        arrivalTime: '08:23',
        durationMinutes: 72,
        distanceKm: 250,
        price: 120,
      },
      cost: 240,
    };
    expect(describeLeg(leg, 'USD')).toBe('flight F3573659 Ithaca 07:11 → Newark 08:23 ($240)');
  });

  it('shows when a drive leaves, as the plan’s day was planned around it', () => {
    const route = {
      mode: 'self-driving' as const,
      from: 'Las Vegas',
      to: 'Los Angeles',
      durationMinutes: 254,
      distanceKm: 431,
      cost: 43,
    };
    const leg: TransportLeg = {
      mode: 'self-driving',
      day: 3,
      from: 'Las Vegas',
      to: 'Los Angeles',
      route,
      vehicles: 1,
      cost: 43,
    };
    expect(describeLeg(leg, 'USD', '14:00')).toBe(
      'self-driving Las Vegas 14:00 → Los Angeles, 431 km, 4.2 h ($43)',
    );
    expect(describeLeg(leg, 'USD')).toBe('self-driving Las Vegas → Los Angeles, 431 km, 4.2 h ($43)');
  });
});
