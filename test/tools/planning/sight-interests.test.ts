import { describe, expect, it } from 'vitest';
import type { Sight } from '../../../tools/domain/inventory.schema.js';
import { unmetInterests } from '../../../tools/planning/not-honoured.js';
import { matchesInterest } from '../../../tools/planning/sight-interests.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const sight = (name: string, category: string | null): Pick<Sight, 'name' | 'category'> => ({
  name,
  category,
});

describe('sights an interest asks for', () => {
  it.each([
    ['museums', sight('Louvre Museum', 'museum'), true],
    ['museums', sight("Musée d'Orsay", null), true],
    ['history', sight('Notre-Dame Cathedral', 'religious site'), true],
    ['history', sight('Edinburgh Castle', 'castle'), true],
    // A city's landmarks are its history too: Paris "for history" keeps the Eiffel Tower.
    ['history', sight('Eiffel Tower', 'landmark'), true],
    ['nature', sight('Luxembourg Gardens', 'garden'), true],
    ['nature', sight('Magic Kingdom Park', 'landmark'), false],
    ['art', sight('Art Institute of Chicago', 'museum'), true],
    ['beaches', sight('Copacabana Beach', 'beach'), true],
    ['shopping', sight('Grand Bazaar', 'market'), true],
    ['theme parks', sight('Magic Kingdom Park', 'landmark'), true],
    ['theme parks', sight('Lake Eola Park', 'park'), false],
    // An interest the table lacks matches its word, singular or plural.
    ['zoos', sight('Lincoln Park Zoo', 'zoo'), true],
  ])('%s: %s', (interest, s, expected) => {
    expect(matchesInterest(s, interest)).toBe(expected);
  });

  it('are planned first and counted as honoured (Paris for museums, history and nature)', async () => {
    // Before: the Louvre, the Musée d'Orsay and Notre-Dame were planned and every interest was
    // still listed as not honoured ("museums" is not in "museum Louvre Museum").
    const { draft } = await planInWorld(createSandboxWorld({ seed: 1 }), {
      origin: 'New York',
      destination: { kind: 'city', city: 'Paris' },
      startDate: '2027-05-03',
      days: 5,
      travellers: 2,
      budget: { amount: 5000, currency: 'USD' },
      preferences: { interests: ['museums', 'history', 'nature'] },
    });
    expect(unmetInterests(draft.spec.preferences.interests, draft.days, ['Paris'])).toEqual([]);
    const first = draft.days.find((d) => d.sights.length > 0)!.sights[0]!;
    expect(['museums', 'history', 'nature'].some((i) => matchesInterest(first, i))).toBe(true);
  });
});
