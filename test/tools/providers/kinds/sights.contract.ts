import { describe, expect, it } from 'vitest';
import { Sight } from '../../../../tools/domain/inventory.schema.js';
import type { SightsKind } from '../../../../tools/providers/world/world-kinds.js';
import { itListsPerCity } from './city-list-checks.js';

/** The SightsKind contract: the per-city list checks; `city` has sights. */
export function describeSightsKindContract(
  label: string,
  makeKind: () => SightsKind,
  fixture: { city: string },
): void {
  describe(`SightsKind contract: ${label}`, () => {
    it('has a name', () => {
      expect(makeKind().name.trim()).not.toBe('');
    });
    itListsPerCity({
      makeKind,
      search: (kind, city) => kind.searchSights({ city }),
      schema: Sight,
      city: fixture.city,
    });
  });
}
