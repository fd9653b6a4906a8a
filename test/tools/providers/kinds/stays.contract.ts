import { describe, expect, it } from 'vitest';
import { Stay } from '../../../../tools/domain/inventory.schema.js';
import type { StayQuery, StaysKind } from '../../../../tools/providers/world/world-kinds.js';
import { itListsPerCity } from './city-list-checks.js';
import { expectExactly } from './kind-contract-support.js';

export interface StaysFixture {
  /**
   * A query with stays, canonical city name. Give it dates and a party for a source that cannot
   * search without them; the sandbox ignores them.
   */
  query: StayQuery;
}

/** The StaysKind contract: the per-city list checks, on the fixture's query; a re-quote where the kind has one. */
export function describeStaysKindContract(
  label: string,
  makeKind: () => StaysKind,
  fixture: StaysFixture,
): void {
  describe(`StaysKind contract: ${label}`, () => {
    it('has a name', () => {
      expect(makeKind().name.trim()).not.toBe('');
    });
    itListsPerCity({
      makeKind,
      search: (kind, city) => kind.searchStays({ ...fixture.query, city }),
      schema: Stay,
      city: fixture.query.city,
    });

    if (makeKind().requoteStay) {
      it('re-quotes a stay it found as the same stay, parsed', async () => {
        const kind = makeKind();
        const [stay] = await kind.searchStays(fixture.query);
        const again = await kind.requoteStay?.(stay!, fixture.query);
        if (again !== undefined) {
          expectExactly(Stay, again);
          expect(again.name).toBe(stay?.name);
        }
      });
    }
  });
}
