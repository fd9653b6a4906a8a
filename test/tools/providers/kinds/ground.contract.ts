import { describe, expect, it } from 'vitest';
import { GroundRoute } from '../../../../tools/domain/inventory.schema.js';
import type { GroundKind } from '../../../../tools/providers/world/world-kinds.js';
import { expectExactly, UNKNOWN_CITY } from './kind-contract-support.js';

type CityPair = { from: string; to: string };

export interface GroundFixture {
  /** A pair (canonical names) with a road route in both modes. */
  pair?: CityPair;
  /** A pair with no road route (e.g. across an ocean, or absent from a dataset). */
  noRoutePair?: CityPair;
  /** A known city, for the unknown-city checks. */
  city: string;
}

/**
 * The GroundKind contract: a route parses, has the asked mode and ends, and is deterministic;
 * a pair without a road and unknown cities give undefined rather than errors.
 */
export function describeGroundKindContract(
  label: string,
  makeKind: () => GroundKind,
  fixture: GroundFixture,
): void {
  describe(`GroundKind contract: ${label}`, () => {
    const kind = makeKind();

    it('has a name', () => {
      expect(kind.name.trim()).not.toBe('');
    });

    const { pair, noRoutePair } = fixture;
    if (pair) {
      it('returns a parseable route for both modes, deterministically', async () => {
        for (const mode of ['self-driving', 'taxi'] as const) {
          const route = await kind.groundRoute({ ...pair, mode });
          expect(route).toBeDefined();
          expectExactly(GroundRoute, route);
          const parsed = GroundRoute.parse(route);
          expect([parsed.mode, parsed.from, parsed.to]).toEqual([mode, pair.from, pair.to]);
          expect(await kind.groundRoute({ ...pair, mode })).toEqual(route);
          expect(await makeKind().groundRoute({ ...pair, mode })).toEqual(route);
        }
      });
    }
    if (noRoutePair) {
      it('has no road route where there is none', async () => {
        for (const mode of ['self-driving', 'taxi'] as const) {
          expect(await kind.groundRoute({ ...noRoutePair, mode })).toBeUndefined();
        }
      });
    }

    it('returns undefined for unknown cities', async () => {
      const from = fixture.city;
      expect(await kind.groundRoute({ from, to: UNKNOWN_CITY, mode: 'self-driving' })).toBeUndefined();
      expect(await kind.groundRoute({ from: UNKNOWN_CITY, to: from, mode: 'taxi' })).toBeUndefined();
    });
  });
}
