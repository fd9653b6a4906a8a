import { describe, expect, it } from 'vitest';
import type { Sight } from '../../../tools/domain/inventory.schema.js';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { planSights } from '../../../tools/planning/sight-plan.js';
import { takesWholeDay } from '../../../tools/planning/whole-day-sights.js';

const sight = (name: string, category: string | null = 'landmark'): Sight => ({
  name,
  city: 'Orlando',
  category,
  location: null,
  address: null,
  source: 'sandbox',
});

const orlando = [
  sight('Magic Kingdom Park'),
  sight('SeaWorld Orlando', 'aquarium'),
  sight('Lake Eola Park', 'park'),
  sight('Orlando Science Center', 'museum'),
  sight('Harry P. Leu Gardens', 'garden'),
  sight('Gatorland', 'zoo'),
];

const spec = (ruleset: 'standard' | 'travelplanner') =>
  TripSpec.parse({
    origin: 'Dallas',
    destination: { kind: 'city', city: 'Orlando' },
    startDate: '2027-04-10',
    days: 4,
    travellers: 4,
    ruleset,
  });

// Two full days of two sights each, then a travel day with time for one.
const slots = [
  { day: 2, city: 'Orlando', count: 2, required: true },
  { day: 3, city: 'Orlando', count: 2, required: true },
  { day: 4, city: 'Orlando', count: 1, required: false },
];

describe('sights that take a whole day', () => {
  it('are theme parks by category or by name, not every park or Disney building', () => {
    expect(takesWholeDay(sight('Magic Kingdom Park'))).toBe(true);
    expect(takesWholeDay(sight('Universal Studios Japan'))).toBe(true);
    expect(takesWholeDay(sight('Some Fun Place', 'theme_park'))).toBe(true);
    expect(takesWholeDay(sight('Lincoln Park Zoo', 'zoo'))).toBe(false);
    expect(takesWholeDay(sight('Walt Disney Concert Hall', 'theater'))).toBe(false);
    expect(takesWholeDay(sight('Tivoli Gardens', 'park'))).toBe(false);
  });

  it('fill their day on an everyday trip and never land on a travel day', () => {
    const { byDay } = planSights(spec('standard'), slots, { Orlando: orlando });
    const names = (day: number) => byDay.get(day)?.map((s) => s.name);
    // Before: day 2 was Magic Kingdom and Lake Eola, day 3 SeaWorld and the Science Center.
    expect(names(2)).toEqual(['Magic Kingdom Park']);
    expect(names(3)).toEqual(['SeaWorld Orlando']);
    expect(names(4)).toEqual(['Lake Eola Park']);
  });

  it('leave TravelPlanner plans as the benchmark counts them', () => {
    const { byDay } = planSights(spec('travelplanner'), slots, { Orlando: orlando });
    expect(byDay.get(2)?.map((s) => s.name)).toEqual(['Magic Kingdom Park', 'Lake Eola Park']);
  });
});
