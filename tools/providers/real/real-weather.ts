import type { WeatherOutlook } from '../../domain/inventory.schema.js';
import type { SourceWeatherDay, WeatherSource } from '../sources/weather.source.js';
import type { WeatherKind } from '../world/world-kinds.js';
import type { CityLocator } from './city-locator.js';
import { assertIsoDate } from './query-checks.js';

export interface RealWeatherOptions {
  /** Open-Meteo: forecast within its horizon, a climate projection beyond. */
  source: WeatherSource;
  locator: CityLocator;
}

/**
 * The day's weather at the city's point, keeping which kind of answer it is (`basis`: forecast or
 * climate). A climate projection has no probability of rain: its chance is 1 when the projected
 * day has at least 1 mm, else 0 — a yes/no from the model, marked `climate`, not a forecast.
 */
export function createRealWeather(options: RealWeatherOptions): WeatherKind {
  return {
    name: options.source.name,
    async weather({ city: name, date }) {
      assertIsoDate(date);
      const city = await options.locator.locate(name);
      if (!city) return undefined;
      const day = await options.source.weather({ at: city.point, date });
      return day ? toOutlook(day, city.info.name) : undefined;
    },
  };
}

export function toOutlook(day: SourceWeatherDay, city: string): WeatherOutlook {
  const chance = day.precipitationChance ?? ((day.precipitationMm ?? 0) >= 1 ? 1 : 0);
  return {
    city,
    date: day.date,
    highC: day.highC,
    lowC: day.lowC,
    precipitationChance: chance,
    summary: day.summary,
    basis: day.basis,
    source: day.attribution.source,
  };
}
