import { describe, expect, it } from 'vitest';
import { noteRestaurantRepeats, repeatNote } from '../../../tools/planning/repeat-notes.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
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
