import { describe, expect, it } from 'vitest';
import type { Restaurant } from '../../../tools/domain/inventory.schema.js';
import type { PlanDay } from '../../../tools/domain/plan.schema.js';
import {
  breakfastRepeatNote,
  noteRestaurantRepeats,
  repeatNote,
} from '../../../tools/planning/repeat-notes.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { makeSpec, restaurant } from './fixtures.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });

describe('restaurants that come back (standard trips)', () => {
  it('says on the first repeat that the city has too few kitchens for the party, once', async () => {
    const { draft } = await planInWorld(world, {
      origin: 'Istanbul',
      destination: { kind: 'city', city: 'London' },
      startDate: '2027-05-10',
      days: 6,
      travellers: 3,
      budget: { amount: 5000, currency: 'USD' },
      constraints: { dietary: ['halal'] },
    });
    const restaurants = { London: await world.searchRestaurants({ city: 'London' }) };
    const names = draft.days.flatMap((d) => [d.breakfast, d.lunch, d.dinner]).filter((r) => r !== null);
    expect(new Set(names.map((r) => r.name)).size).toBeLessThan(names.length);
    const noted = noteRestaurantRepeats(draft.spec, draft.days, restaurants);
    const withNote = noted.filter((d) => d.notes.some((n) => n.startsWith('From today some meals return')));
    expect(withNote).toHaveLength(1);
    expect(withNote[0]!.notes).toContain(repeatNote('London', 6, names.length, ['halal']));
    expect(
      noteRestaurantRepeats({ ...draft.spec, ruleset: 'travelplanner' }, draft.days, restaurants),
    ).toEqual(draft.days);
  });
});

describe('breakfasts that come back to the café', () => {
  const cafes = ['Bean', 'Crumb', 'Leaf', 'Dough'].map((n) => restaurant(n, 'Denver', 10, ['Cafe']));
  const grills = Array.from({ length: 12 }, (_, i) => restaurant(`Grill ${i}`, 'Denver', 20));
  const dayAt = (day: number, breakfast: Restaurant, lunch: Restaurant, dinner: Restaurant): PlanDay => ({
    day,
    date: `2027-05-1${day}`,
    fromCity: null,
    city: 'Denver',
    breakfast,
    lunch,
    dinner,
    sights: [],
    accommodation: 'Inn',
    notes: [],
  });
  const week = (lunchOnDay5: Restaurant): PlanDay[] =>
    [0, 1, 2, 3, 4].map((i) =>
      dayAt(i + 1, cafes[i % 4]!, i === 4 ? lunchOnDay5 : grills[2 * i]!, grills[2 * i + 1]!),
    );

  it('says the city has too few breakfast places, not too few restaurants, when only breakfasts repeat', () => {
    // Before: "Denver lists 16 restaurants for the 15 meals planned there", which explains nothing.
    const noted = noteRestaurantRepeats(makeSpec(), week(grills[8]!), { Denver: [...cafes, ...grills] });
    expect(noted[4]!.notes).toEqual([breakfastRepeatNote('Denver', 4, 5, [])]);
    expect(noted[4]!.notes[0]).toBe(
      'From today some breakfasts return to earlier cafés: Denver lists 4 breakfast places for the 5 breakfasts planned there.',
    );
  });

  it('gives no count that reads as enough when the city has as many breakfast places as mornings', () => {
    expect(breakfastRepeatNote('Prague', 5, 5, [])).toBe(
      'From today some breakfasts return to earlier cafés (Prague lists 5 breakfast places).',
    );
  });

  it('keeps the meals note when a lunch or dinner comes back too', () => {
    const noted = noteRestaurantRepeats(makeSpec(), week(grills[0]!), { Denver: [...cafes, ...grills] });
    expect(noted[4]!.notes).toEqual([repeatNote('Denver', 16, 15, [])]);
  });
});
