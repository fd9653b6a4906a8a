import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DietaryNeed } from '../../../../tools/domain/common.schema.js';
import {
  type RestaurantSource,
  SourceRestaurant,
} from '../../../../tools/providers/sources/restaurants.source.js';
import { type SightSource, SourceSight } from '../../../../tools/providers/sources/sights.source.js';
import type { GeoPoint } from '../../../../tools/providers/sources/source-common.schema.js';
import { type ContractSetup, distanceKm, useSource } from './contract-support.js';

export interface PlacesFixture {
  near: GeoPoint;
  radiusKm: number;
  /** A need at least one kitchen near the point serves. */
  servedNeed: DietaryNeed;
}

export function describeSightSourceContract(
  label: string,
  setup: ContractSetup<SightSource>,
  f: PlacesFixture,
): void {
  describe(`SightSource contract: ${label}`, () => {
    const source = useSource(setup);

    it('answers with parsed, distinct sights near the point, within the limit', async () => {
      const sights = await source().searchSights({ near: f.near, radiusKm: f.radiusKm, limit: 2 });
      z.array(SourceSight).parse(sights);
      expect(sights.length).toBeGreaterThan(0);
      expect(sights.length).toBeLessThanOrEqual(2);
      expect(new Set(sights.map((s) => s.id)).size).toBe(sights.length);
      for (const s of sights) expect(distanceKm(s.location, f.near)).toBeLessThanOrEqual(f.radiusKm * 1.1);
    });
  });
}

export function describeRestaurantSourceContract(
  label: string,
  setup: ContractSetup<RestaurantSource>,
  f: PlacesFixture,
): void {
  describe(`RestaurantSource contract: ${label}`, () => {
    const source = useSource(setup);

    it('answers with parsed, distinct restaurants near the point', async () => {
      const all = await source().searchRestaurants({ near: f.near, radiusKm: f.radiusKm });
      z.array(SourceRestaurant).parse(all);
      expect(all.length).toBeGreaterThan(0);
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
      for (const r of all) expect(distanceKm(r.location, f.near)).toBeLessThanOrEqual(f.radiusKm * 1.1);
    });

    it('keeps only kitchens serving every asked need', async () => {
      const served = await source().searchRestaurants({
        near: f.near,
        radiusKm: f.radiusKm,
        dietary: [f.servedNeed],
      });
      expect(served.length).toBeGreaterThan(0);
      for (const r of served) expect(r.dietary).toContain(f.servedNeed);
    });
  });
}
