import { describe, expect, it } from 'vitest';
import { WorldChange } from '../../../tools/domain/world-change.schema.js';
import {
  createManualTimeline,
  isWorldTimelineError,
  parseWorldChange,
} from '../../../tools/providers/world-timeline.js';

describe('WorldChange schema', () => {
  it('parses every kind', () => {
    const changes: unknown[] = [
      { kind: 'fare', flightNumber: 'AS123', factor: 1.4 },
      { kind: 'fare', flightNumber: 'AS123', date: '2027-05-01', factor: 0.8 },
      { kind: 'flight-cancelled', flightNumber: 'AS123' },
      { kind: 'flight-retimed', flightNumber: 'AS123', departureTime: '07:05', arrivalTime: '09:40' },
      { kind: 'stay-sold-out', city: 'Seattle', stayName: 'Sunny loft in Ballard' },
      { kind: 'stay-price', city: 'Seattle', stayName: 'Sunny loft in Ballard', factor: 1.1 },
      { kind: 'weather', city: 'Seattle', condition: 'storm' },
      { kind: 'weather', city: 'Seattle', date: '2027-05-01', condition: 'snow', highC: 0, lowC: -4 },
    ];
    for (const change of changes) expect(WorldChange.parse(change)).toEqual(change);
  });

  it.each([
    ['an unknown kind', { kind: 'meteor', city: 'Seattle' }],
    ['a factor that is not positive', { kind: 'fare', flightNumber: 'AS123', factor: 0 }],
    ['a misspelt field', { kind: 'flight-cancelled', flightnumber: 'AS123' }],
    ['a malformed date', { kind: 'flight-cancelled', flightNumber: 'AS123', date: '1 May' }],
    [
      'an arrival before the departure',
      { kind: 'flight-retimed', flightNumber: 'AS1', departureTime: '09:00', arrivalTime: '08:00' },
    ],
    ['an unknown condition', { kind: 'weather', city: 'Seattle', condition: 'hail' }],
    ['a low above the high', { kind: 'weather', city: 'Seattle', condition: 'rain', highC: 3, lowC: 5 }],
  ])('rejects %s with a WorldTimelineError naming the problem', (_label, input) => {
    expect(WorldChange.safeParse(input).success).toBe(false);
    try {
      parseWorldChange(input);
      expect.unreachable();
    } catch (error) {
      expect(isWorldTimelineError(error) && error.code).toBe('invalid-change');
      expect((error as Error).message).toMatch(/^Invalid world change:\n/);
    }
  });
});

describe('createManualTimeline', () => {
  it('starts at hours 0 with no changes, or where it is told', async () => {
    expect(await createManualTimeline().read()).toEqual({ hours: 0, changes: [] });
    const change = { kind: 'flight-cancelled', flightNumber: 'AS1' } as const;
    expect(await createManualTimeline({ hours: 12, changes: [change] }).read()).toEqual({
      hours: 12,
      changes: [change],
    });
  });

  it('advances forward only, in fractions too', async () => {
    const timeline = createManualTimeline();
    expect(await timeline.advance(6)).toBe(6);
    expect(await timeline.advance(1.5)).toBe(7.5);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(timeline.advance(bad)).rejects.toMatchObject({ code: 'invalid-hours' });
    }
    expect((await timeline.read()).hours).toBe(7.5);
    expect(() => createManualTimeline({ hours: -3 })).toThrow(/time only moves forward/);
  });

  it('validates injected changes, keeps them in order, and clears them but not the clock', async () => {
    const timeline = createManualTimeline({ hours: 30 });
    const first = await timeline.inject({ kind: 'fare', flightNumber: ' AS1 ', factor: 1.4 });
    expect(first).toEqual({ kind: 'fare', flightNumber: 'AS1', factor: 1.4 });
    const before = await timeline.read();
    await timeline.inject({ kind: 'stay-sold-out', city: 'Seattle', stayName: 'Loft' });
    // A state already read does not change under its reader.
    expect(before.changes).toHaveLength(1);
    expect((await timeline.read()).changes.map((c) => c.kind)).toEqual(['fare', 'stay-sold-out']);
    await expect(
      timeline.inject({ kind: 'fare', flightNumber: 'AS1', factor: -1 } as WorldChange),
    ).rejects.toMatchObject({ code: 'invalid-change' });
    expect(await timeline.clear()).toBe(2);
    expect(await timeline.read()).toEqual({ hours: 30, changes: [] });
  });
});
