import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../tools/domain/common.schema.js';
import { WeatherOutlook } from '../../../../tools/domain/inventory.schema.js';
import type { WeatherKind } from '../../../../tools/providers/world/world-kinds.js';
import { expectExactly, NOT_A_DATE, UNKNOWN_CITY } from './kind-contract-support.js';

export interface WeatherFixture {
  /** Canonical name of a known city. */
  city: string;
  date: IsoDate;
  /**
   * true: the kind must answer this city and date; false: it has no weather (TravelPlanner).
   * @default either is accepted
   */
  expectOutlook?: boolean;
}

/**
 * The WeatherKind contract: an outlook parses, is for the asked city and date, has low ≤ high and
 * is deterministic; an unknown city has none; a malformed date is rejected.
 */
export function describeWeatherKindContract(
  label: string,
  makeKind: () => WeatherKind,
  fixture: WeatherFixture,
): void {
  describe(`WeatherKind contract: ${label}`, () => {
    const kind = makeKind();
    const { city, date } = fixture;

    it('has a name', () => {
      expect(kind.name.trim()).not.toBe('');
    });

    it('is undefined or a parseable outlook for the asked city and date, deterministically', async () => {
      const outlook = await kind.weather({ city, date });
      if (fixture.expectOutlook !== undefined) expect(outlook !== undefined).toBe(fixture.expectOutlook);
      if (outlook === undefined) return;
      expectExactly(WeatherOutlook, outlook);
      const parsed = WeatherOutlook.parse(outlook);
      expect([parsed.city, parsed.date]).toEqual([city, date]);
      expect(parsed.lowC).toBeLessThanOrEqual(parsed.highC);
      expect(await kind.weather({ city, date })).toEqual(outlook);
      expect(await makeKind().weather({ city, date })).toEqual(outlook);
    });

    it('is undefined for an unknown city', async () => {
      expect(await kind.weather({ city: UNKNOWN_CITY, date })).toBeUndefined();
    });

    it('rejects a malformed date', async () => {
      await expect(kind.weather({ city, date: NOT_A_DATE })).rejects.toThrow();
    });
  });
}
