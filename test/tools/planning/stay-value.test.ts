import { describe, expect, it } from 'vitest';
import type { SolveInput } from '../../../tools/planning/planning.types.js';
import { candidateRoutes } from '../../../tools/planning/route-candidates.js';
import { solveTrip } from '../../../tools/planning/solve-trip.js';
import { inventory, makeSpec, stay } from './fixtures.js';

function stayNames(input: SolveInput): string[] {
  const outcome = solveTrip(input);
  if (!outcome.feasible) throw new Error(outcome.infeasibility.reasons.join('; '));
  return outcome.selection.stays.map((s) => s.stay.name);
}

// Denver for a couple with money to spare: a suite a tenth of a star above a flat at 60% more.
const listings = (c: string) => [
  stay('Room', c, { roomType: 'Private room', pricePerNight: 110, rating: 4.6 }),
  stay('Flat', c, { pricePerNight: 270, rating: 4.8 }),
  stay('Suite', c, { pricePerNight: 433, rating: 4.9 }),
];

describe('stays worth their price', () => {
  it('books the flat, not a suite $163 a night dearer for a tenth of a star', () => {
    const spec = makeSpec({ days: 6, budget: { amount: 9000, currency: 'USD' } });
    expect(stayNames(inventory(spec, candidateRoutes(spec, []), { stays: listings }))).toEqual(['Flat']);
  });

  it('keeps a whole place over a cheaper room in someone home rated about the same', () => {
    const spec = makeSpec({ days: 6, budget: { amount: 9000, currency: 'USD' } });
    const stays = (c: string) => [
      stay('Room', c, { roomType: 'Private room', pricePerNight: 110, rating: 4.8 }),
      stay('Flat', c, { pricePerNight: 270, rating: 4.9 }),
    ];
    expect(stayNames(inventory(spec, candidateRoutes(spec, []), { stays }))).toEqual(['Flat']);
  });

  it('leaves luxury and TravelPlanner trips to their own scoring', () => {
    const luxury = makeSpec({
      days: 6,
      budget: { amount: 9000, currency: 'USD' },
      preferences: { comfort: 'luxury' },
    });
    expect(stayNames(inventory(luxury, candidateRoutes(luxury, []), { stays: listings }))).toEqual(['Suite']);
    const tp = makeSpec({ days: 6, budget: { amount: 9000, currency: 'USD' }, ruleset: 'travelplanner' });
    expect(stayNames(inventory(tp, candidateRoutes(tp, []), { stays: listings }))).toEqual(['Suite']);
  });
});
