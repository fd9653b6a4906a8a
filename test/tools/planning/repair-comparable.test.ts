import { describe, expect, it } from 'vitest';
import type { Flight, Stay } from '../../../tools/domain/inventory.schema.js';
import type { TransportLeg } from '../../../tools/domain/plan.schema.js';
import {
  legDowngrade,
  legLevel,
  stayDowngrade,
  stayLevel,
} from '../../../tools/planning/repair/comparable.js';

function stay(name: string, roomType: Stay['roomType'], rating: number): Stay {
  return {
    name,
    city: 'Boulder',
    roomType,
    forbids: [],
    minimumNights: 1,
    maximumOccupancy: 2,
    rating,
    pricePerNight: 100,
  };
}

function flight(flightNumber: string, departureTime: string, arrivalTime: string): Flight {
  return {
    flightNumber,
    from: 'Indianapolis',
    to: 'Denver',
    date: '2027-03-10',
    departureTime,
    arrivalTime,
    durationMinutes: 150,
    distanceKm: 1600,
    price: 200,
  };
}

const flightLeg = (f: Flight): TransportLeg => ({
  mode: 'flight',
  day: 1,
  from: f.from,
  to: f.to,
  flight: f,
  cost: f.price * 2,
});

describe('similarity of a replacement to what broke', () => {
  const cottage = stay('Cottage', 'Private room', 4.8);

  it('ranks stays by room type before rating, and a shared room last', () => {
    const levels = [
      stay('Same type, same rating', 'Private room', 4.6),
      stay('More private', 'Entire home/apt', 4.9),
      stay('Same type, lower rating', 'Private room', 3.9),
      stay('More private, lower rating', 'Entire home/apt', 3.0),
      stay('Dorm, perfect rating', 'Shared room', 5),
    ].map((s) => stayLevel(cottage, s));
    expect(levels).toEqual([0, 1, 2, 3, 5]);
    expect(stayLevel(stay('Flat', 'Entire home/apt', 4.8), cottage)).toBe(4);
  });

  it('names a downgrade and nothing else', () => {
    expect(stayDowngrade(cottage, stay('Loft', 'Entire home/apt', 4.7))).toBeNull();
    expect(stayDowngrade(cottage, stay('Dorm', 'Shared room', 5))).toBe(
      'no comparable stay was left in Boulder; moved to a shared room',
    );
    expect(stayDowngrade(cottage, stay('Room', 'Private room', 3.5))).toBe(
      'no comparable stay was left in Boulder; moved to a lower-rated stay (3.5 stars, was 4.8)',
    );
  });

  it('ranks flights by similar times, then any time, then another mode', () => {
    const before = flightLeg(flight('AA1', '09:15', '11:50'));
    expect(legLevel(before, { mode: 'flight', flight: flight('DL2', '10:30', '13:05') })).toBe(0);
    expect(legLevel(before, { mode: 'flight', flight: flight('UA3', '15:50', '18:29') })).toBe(1);
    const drive = {
      mode: 'self-driving' as const,
      from: 'Indianapolis',
      to: 'Denver',
      durationMinutes: 1500,
      distanceKm: 1800,
      cost: 190,
    };
    expect(legLevel(before, { mode: 'self-driving', route: drive })).toBe(2);
    expect(legDowngrade(before, flightLeg(flight('DL2', '10:30', '13:05')))).toBeNull();
    expect(legDowngrade(before, flightLeg(flight('UA3', '15:50', '18:29')))).toBe(
      'no flight at a similar time was left for Indianapolis → Denver; the new one leaves 15:50 (was 09:15)',
    );
    expect(
      legDowngrade(before, {
        mode: 'self-driving',
        day: 1,
        from: 'Indianapolis',
        to: 'Denver',
        route: drive,
        vehicles: 1,
        cost: 190,
      }),
    ).toBe('no comparable flight was left for Indianapolis → Denver; travelling by self-driving');
  });
});
