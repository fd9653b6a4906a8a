import { describe, expect, it } from 'vitest';
import { Restaurant } from '../../../../tools/domain/inventory.schema.js';
import type { RestaurantsKind } from '../../../../tools/providers/world/world-kinds.js';
import { itListsPerCity } from './city-list-checks.js';

/** The RestaurantsKind contract: the per-city list checks; `city` has restaurants. */
export function describeRestaurantsKindContract(
  label: string,
  makeKind: () => RestaurantsKind,
  fixture: { city: string },
): void {
  describe(`RestaurantsKind contract: ${label}`, () => {
    it('has a name', () => {
      expect(makeKind().name.trim()).not.toBe('');
    });
    itListsPerCity({
      makeKind,
      search: (kind, city) => kind.searchRestaurants({ city }),
      schema: Restaurant,
      city: fixture.city,
    });
  });
}
