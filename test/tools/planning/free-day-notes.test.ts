import { describe, expect, it } from 'vitest';
import { legTimes } from '../../../tools/planning/leg-times.js';
import { freeDayNote, lateLandingNote, noteFreeDays } from '../../../tools/planning/sight-plan.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('free-day notes (itinerary)', () => {
  it('says a day is short when an overnight flight lands after sights close, not that the city ran out', async () => {
    // Los Angeles → Denpasar lands the next evening; ten days use up every Bali sight.
    const { draft } = await planInWorld(world, {
      origin: 'Los Angeles',
      destination: { kind: 'city', city: 'Denpasar' },
      startDate: '2027-05-20',
      days: 10,
      travellers: 2,
      budget: { amount: 8000, currency: 'USD' },
    });
    const out = draft.legs[0]!;
    const landing = legTimes(out).arrival - 24 * 60;
    expect(landing).toBeGreaterThan(16 * 60);
    const sights = { Denpasar: await world.searchSights({ city: 'Denpasar' }) };
    const noted = noteFreeDays(draft.days, sights, draft.legs);
    const day2 = noted.find((d) => d.day === 2)!;
    expect(day2.sights).toEqual([]);
    expect(day2.notes).not.toContain(freeDayNote('Denpasar'));
    expect(day2.notes).toContain(lateLandingNote(landing));
  });

  it('says a day is spent in the air when the flight lands after the next midnight', async () => {
    const { draft } = await planInWorld(world, {
      origin: 'Los Angeles',
      destination: { kind: 'city', city: 'Sydney' },
      startDate: '2027-11-20',
      days: 14,
      travellers: 2,
      budget: { amount: 12000, currency: 'USD' },
      // Only the evening flights, which land two days on (the 06:30 one lands the next evening).
      constraints: { flightTimes: { earliestDeparture: '15:00' } },
    });
    const landing = legTimes(draft.legs[0]!).arrival - 24 * 60;
    expect(landing).toBeGreaterThanOrEqual(24 * 60);
    const noted = noteFreeDays(draft.days, {}, draft.legs);
    const day2 = noted.find((d) => d.day === 2)!;
    expect(day2.notes).toContain(lateLandingNote(landing));
    expect(lateLandingNote(landing)).toMatch(/^In the air all day: .* lands at \d\d:\d\d the next day\.$/);
  });
});
