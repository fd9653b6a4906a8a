import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../../tools/domain/common.schema.js';
import type { GeoPoint } from '../../../../tools/providers/sources/source-common.schema.js';
import { SourceWeatherDay, type WeatherSource } from '../../../../tools/providers/sources/weather.source.js';
import { type ContractSetup, useSource } from './contract-support.js';

export interface WeatherFixture {
  at: GeoPoint;
  /** Dates the source has weather for (one near, one far where it distinguishes them). */
  dates: IsoDate[];
}

export function describeWeatherSourceContract(
  label: string,
  setup: ContractSetup<WeatherSource>,
  f: WeatherFixture,
): void {
  describe(`WeatherSource contract: ${label}`, () => {
    const source = useSource(setup);

    it('answers each date with a parsed day for that date, saying whether it is forecast or climate', async () => {
      for (const date of f.dates) {
        const day = await source().weather({ at: f.at, date });
        expect(day, date).toBeDefined();
        SourceWeatherDay.parse(day);
        expect(day?.date).toBe(date);
        expect(day?.highC).toBeGreaterThanOrEqual(day?.lowC ?? Number.NaN);
        expect(day?.attribution.text).not.toBe('');
      }
    });
  });
}
