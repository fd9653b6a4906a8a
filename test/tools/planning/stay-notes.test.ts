import { describe, expect, it } from 'vitest';
import type { PlanDay } from '../../../tools/domain/plan.schema.js';
import { oncePerStay } from '../../../tools/planning/stay-notes.js';

function day(n: number, city: string, notes: string[], fromCity: string | null = null): PlanDay {
  return {
    day: n,
    date: `2027-01-${String(14 + n).padStart(2, '0')}`,
    fromCity,
    city,
    breakfast: null,
    lunch: null,
    dinner: null,
    sights: [],
    accommodation: null,
    notes,
  };
}
const RAIN = 'Pack rain gear in Seattle: cool, 70% chance of rain.';
const STORM = 'Pack rain gear in Seattle: stormy, 90% chance of rain.';

describe('notes said once per stay', () => {
  const days = [
    day(1, 'Seattle', [RAIN], 'Los Angeles'),
    day(2, 'Seattle', [RAIN]),
    day(3, 'Seattle', [STORM]),
    day(4, 'Seattle', [RAIN]),
    day(5, 'Vancouver', ['Pack rain gear in Vancouver.'], 'Seattle'),
    day(6, 'Seattle', [RAIN], 'Vancouver'),
  ];

  it('drops a repeat, says a changed note, and says it again in a new stay', () => {
    const notes = oncePerStay(days, new Set([1, 2, 3, 4, 5, 6]), 'standard').map((d) => d.notes);
    expect(notes).toEqual([[RAIN], [], [STORM], [RAIN], ['Pack rain gear in Vancouver.'], [RAIN]]);
  });

  it('leaves kept days and TravelPlanner plans as they were', () => {
    expect(oncePerStay(days, new Set([1]), 'standard')).toEqual(days);
    expect(oncePerStay(days, new Set([1, 2, 3, 4, 5, 6]), 'travelplanner')).toEqual(days);
  });
});
