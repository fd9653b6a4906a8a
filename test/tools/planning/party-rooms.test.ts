import { describe, expect, it } from 'vitest';
import { TripSpec } from '../../../tools/domain/trip-spec.schema.js';
import { roomsFor } from '../../../tools/planning/cost.js';
import { stayChoices } from '../../../tools/planning/stay-options.js';
import { createSandboxWorld } from '../../../tools/providers/sandbox/sandbox-world.js';
import { planInWorld } from './sandbox-plan.js';

const world = createSandboxWorld({ seed: 1 });
// Seoul → Tokyo → Osaka for a couple: Osaka's best-rated listing is a one-sleeper suite.
const couple = {
  origin: 'Seoul',
  destination: {
    kind: 'cities' as const,
    stops: [
      { city: 'Tokyo', nights: null },
      { city: 'Osaka', nights: null },
    ],
  },
  startDate: '2027-10-15',
  days: 7,
  travellers: 2,
  budget: { amount: 4000, currency: 'USD' },
};

describe('a party sleeps in as few rooms as the listings allow', () => {
  it('books a couple one room for two, not two single rooms rated higher', async () => {
    const osaka = await world.searchStays({ city: 'Osaka' });
    // The trap: a one-sleeper rated above every room for two is listed.
    const single = osaka.filter((s) => s.maximumOccupancy === 1).sort((a, b) => b.rating - a.rating)[0]!;
    expect(osaka.filter((s) => s.maximumOccupancy >= 2).every((s) => s.rating <= single.rating)).toBe(true);
    const { selection, validation } = await planInWorld(world, couple);
    expect(selection.stays.map((s) => s.rooms)).toEqual([1, 1]);
    expect(validation.passed).toBe(true);
  });

  it('parts a family with young children only as far as the listings make it', () => {
    const spec = TripSpec.parse({
      ...couple,
      travellers: 4,
      constraints: { houseRules: ['children under 10'] },
    });
    const stays = new Map([
      [
        'lisbon',
        [
          {
            name: 'A',
            city: 'Lisbon',
            roomType: 'Private room' as const,
            forbids: [],
            minimumNights: 1,
            maximumOccupancy: 2,
            rating: 4.9,
            pricePerNight: 80,
          },
          {
            name: 'B',
            city: 'Lisbon',
            roomType: 'Private room' as const,
            forbids: [],
            minimumNights: 1,
            maximumOccupancy: 1,
            rating: 4.2,
            pricePerNight: 40,
          },
        ],
      ],
    ]);
    const { choices } = stayChoices(spec, 'Lisbon', 3, 1, stays);
    const byName = new Map(choices.map((c) => [c.booking.stay.name, c]));
    // Two rooms is the fewest any listing gives four: A keeps its rating, B loses a star per room beyond.
    expect(roomsFor(byName.get('A')!.booking.stay, 4)).toBe(2);
    expect(byName.get('A')!.rating).toBe(4.9);
    expect(byName.get('B')!.rating).toBeCloseTo(4.2 - 2);
    // Under TravelPlanner's rules rooms are by occupancy, rated as that benchmark rates them.
    const tp = stayChoices({ ...spec, ruleset: 'travelplanner' }, 'Lisbon', 3, 1, stays);
    expect(tp.choices.find((c) => c.booking.stay.name === 'B')!.rating).toBe(4.2);
    // Four adults take rooms as their ratings say.
    const friends = stayChoices(TripSpec.parse({ ...couple, travellers: 4 }), 'Lisbon', 3, 1, stays);
    expect(friends.choices.find((c) => c.booking.stay.name === 'B')!.rating).toBe(4.2);
  });

  it('never books dorm beds for a family with children under 10 while the city lists a room', () => {
    const listing = (name: string, roomType: 'Shared room' | 'Private room', price: number) => ({
      name,
      city: 'Singapore',
      roomType,
      forbids: [],
      minimumNights: 1,
      maximumOccupancy: 2,
      rating: 4.7,
      pricePerNight: price,
    });
    const stays = new Map([
      ['singapore', [listing('Hostel', 'Shared room', 53), listing('Room', 'Private room', 83)]],
    ]);
    const names = (overrides: object) =>
      stayChoices(
        TripSpec.parse({ ...couple, travellers: 5, ...overrides }),
        'Singapore',
        5,
        1,
        stays,
      ).choices.map((c) => c.booking.stay.name);
    const family = { constraints: { houseRules: ['children under 10'] } };
    expect(names(family)).toEqual(['Room']);
    // Five adults may still take the cheaper dorm beds, and a family that asks for them gets them.
    expect(names({})).toEqual(['Hostel', 'Room']);
    expect(names({ constraints: { houseRules: ['children under 10'], roomType: 'shared room' } })).toEqual([
      'Hostel',
    ]);
    // TravelPlanner's rules keep every listing the house rules allow.
    expect(names({ ...family, ruleset: 'travelplanner' })).toEqual(['Hostel', 'Room']);
  });
});
