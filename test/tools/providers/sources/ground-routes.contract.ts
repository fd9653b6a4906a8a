import { describe, expect, it } from 'vitest';
import {
  type GroundRouteSource,
  SourceGroundRoute,
} from '../../../../tools/providers/sources/ground-routes.source.js';
import type { GeoPoint } from '../../../../tools/providers/sources/source-common.schema.js';
import { type ContractSetup, distanceKm, useSource } from './contract-support.js';

export interface GroundRoutesFixture {
  from: GeoPoint;
  to: GeoPoint;
}

export function describeGroundRouteSourceContract(
  label: string,
  setup: ContractSetup<GroundRouteSource>,
  f: GroundRoutesFixture,
): void {
  describe(`GroundRouteSource contract: ${label}`, () => {
    const source = useSource(setup);

    it('routes every mode it claims, both ways, no shorter than the great circle', async () => {
      expect(source().modes.length).toBeGreaterThan(0);
      for (const mode of source().modes) {
        for (const [from, to] of [
          [f.from, f.to],
          [f.to, f.from],
        ] as const) {
          const route = await source().route({ from, to, mode, date: '2027-05-01' });
          SourceGroundRoute.parse(route);
          expect(route?.mode).toBe(mode);
          expect(route?.distanceKm).toBeGreaterThanOrEqual(distanceKm(from, to) * 0.95);
          expect(route?.durationMinutes).toBeGreaterThan(0);
        }
      }
    });
  });
}
