import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GeocodedPlace, type GeocodingSource } from '../../../../tools/providers/sources/geocoding.source.js';
import type { GeoPoint } from '../../../../tools/providers/sources/source-common.schema.js';
import { type ContractSetup, distanceKm, useSource } from './contract-support.js';

export interface GeocodingFixture {
  text: string;
  /** Where the best match lies (within 25 km). */
  expected: GeoPoint;
}

export function describeGeocodingSourceContract(
  label: string,
  setup: ContractSetup<GeocodingSource>,
  f: GeocodingFixture,
): void {
  describe(`GeocodingSource contract: ${label}`, () => {
    const source = useSource(setup);

    it('finds the place, best match first, with attribution', async () => {
      const places = await source().geocode({ text: f.text, limit: 3 });
      z.array(GeocodedPlace).parse(places);
      expect(places.length).toBeGreaterThan(0);
      expect(places.length).toBeLessThanOrEqual(3);
      expect(distanceKm(places[0]?.location ?? { lat: 0, lon: 0 }, f.expected)).toBeLessThan(25);
    });

    it('answers an unknown name with nothing rather than an error', async () => {
      expect(await source().geocode({ text: 'Atlantis-on-Nowhere' })).toEqual([]);
    });
  });
}
