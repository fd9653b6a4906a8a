import { describe, expect, it } from 'vitest';
import type { TransportLeg } from '../../../tools/domain/plan.schema.js';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { legTimes } from '../../../tools/planning/leg-times.js';
import { dayTripMealSlots, travelDayTimes } from '../../../tools/planning/meal-slots.js';
import { describeRoute } from '../../../tools/planning/route-summary.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
const DATE = '2027-01-16';
const trip = (origin: string, city: string, extra: object = {}) =>
  planInWorld(world, {
    origin,
    destination: { kind: 'city', city },
    startDate: DATE,
    days: 1,
    travellers: 2,
    ...extra,
  });

/** Departure and arrival of each leg as "HH:MM". */
function times(leg: TransportLeg): [string, string] {
  const { departure, arrival } = legTimes(leg);
  const clock = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return [clock(departure), clock(arrival)];
}

describe('day trips', () => {
  it('drives out at 08:00 and back in the evening, home by 21:30, with hours there and no night booked', async () => {
    const { draft, selection, validation } = await trip('Chicago', 'Milwaukee', {
      budget: { amount: 300, currency: 'USD' },
    });
    expect(validation.passed).toBe(true);
    expect(draft.stays).toEqual([]);
    expect(draft.route).toEqual({ cities: ['Milwaukee'], nights: [0] });
    expect(draft.legs.map((l) => [l.from, l.to, l.day, ...times(l)])).toEqual([
      ['Chicago', 'Milwaukee', 1, '08:00', '09:46'],
      ['Milwaukee', 'Chicago', 1, '19:44', '21:30'],
    ]);
    expect(describeRoute(selection, 'standard')).toBe('Milwaukee (day trip)');
    const [day] = draft.days;
    expect(day?.lunch?.city).toBe('Milwaukee');
    // The drive home leaves at 19:44, before dinner time: no dinner there.
    expect(day?.dinner).toBeNull();
    // Five hours and more there: the balanced pace's two sights, as on a full day.
    expect(day?.sights).toHaveLength(2);
  });

  it('takes a morning train out and an evening train back, five hours apart at least', async () => {
    const { draft, validation } = await trip('New York', 'Philadelphia', {
      budget: { amount: 300, currency: 'USD' },
      preferences: { preferredModes: ['rail'] },
    });
    expect(validation.passed).toBe(true);
    expect(draft.legs.map((l) => l.mode)).toEqual(['rail', 'rail']);
    const [out, back] = draft.legs.map((l) => legTimes(l));
    expect(out!.arrival).toBeLessThanOrEqual(12 * 60 + 30);
    expect(back!.departure - out!.arrival).toBeGreaterThanOrEqual(5 * 60);
    expect(back!.arrival).toBeLessThan(24 * 60);
  });

  it('has dinner in the city when the short drive home leaves at 20:00', async () => {
    const { draft, validation } = await trip('San Francisco', 'San Jose');
    expect(validation.passed).toBe(true);
    expect(draft.legs.map((l) => times(l))).toEqual([
      ['08:00', '09:01'],
      ['20:00', '21:01'],
    ]);
    expect(draft.days[0]?.dinner?.city).toBe('San Jose');
  });
});

describe('a drive with a fixed departure time', () => {
  const spec = TripSpec.parse({
    origin: 'Chicago',
    destination: { kind: 'city', city: 'Milwaukee' },
    startDate: DATE,
    days: 1,
    travellers: 2,
  });
  const drive = (from: string, to: string, departureTime?: string): TransportLeg => ({
    mode: 'self-driving',
    day: 1,
    from,
    to,
    route: { from, to, mode: 'self-driving', durationMinutes: 60, distanceKm: 80, cost: 10 } as never,
    vehicles: 1,
    cost: 10,
    ...(departureTime ? { departureTime } : {}),
  });

  it('leaves at its time, on the leg and on the travel day planned around it', () => {
    expect(legTimes(drive('Milwaukee', 'Chicago', '19:30'))).toEqual({ departure: 1170, arrival: 1230 });
    const hop = { from: 'Milwaukee', to: 'Chicago', day: 1, date: DATE } as const;
    expect(travelDayTimes(spec, hop, drive('Milwaukee', 'Chicago', '19:30')).departure).toBe(1170);
    expect(legTimes(drive('Chicago', 'Milwaukee')).departure).toBe(8 * 60);
  });

  it('plans the meals between landing and leaving: dinner only when the way back leaves at 20:00', () => {
    const hop = { from: 'Chicago', to: 'Milwaukee', day: 1, date: DATE } as const;
    const meals = (back: string) =>
      dayTripMealSlots(spec, hop, drive('Chicago', 'Milwaukee'), drive('Milwaukee', 'Chicago', back)).map(
        (s) => `${s.meal}@${s.city}`,
      );
    expect(meals('19:30')).toEqual(['breakfast@Milwaukee', 'lunch@Milwaukee']);
    expect(meals('20:00')).toEqual(['breakfast@Milwaukee', 'lunch@Milwaukee', 'dinner@Milwaukee']);
  });
});
