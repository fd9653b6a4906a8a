import { addDays, type IsoDate } from '../../domain/common.schema.js';
import { SOURCE_TTL_SECONDS } from '../sources/http/source-cache.js';
import type { SourceHttp } from '../sources/http/source-http.js';
import type { Attribution } from '../sources/source-common.schema.js';
import {
  type SourceWeatherDay,
  type WeatherQuery,
  WeatherQuery as WeatherQuerySchema,
  type WeatherSource,
} from '../sources/weather.source.js';
import { describeWmoCode, OpenMeteoDaily } from './open-meteo-wire.js';

export interface OpenMeteoWeatherOptions {
  /** https://api.open-meteo.com (or your own instance). */
  forecast: SourceHttp;
  /** https://climate-api.open-meteo.com. */
  climate: SourceHttp;
  /** Today's date where the trip is asked from; decides forecast vs climate. */
  today: () => IsoDate;
  /** Days ahead the forecast API covers (16 on the public instance). */
  forecastDays?: number;
  /** The CMIP6 model the climate API projects with. */
  climateModel?: string;
}

export const OPEN_METEO_ATTRIBUTION: Attribution = {
  source: 'open-meteo',
  text: 'Weather data by Open-Meteo.com',
  licence: 'CC BY 4.0',
  url: 'https://open-meteo.com/',
};

/** The climate API's projections end here. */
const CLIMATE_LAST_DATE = '2050-12-31';

/**
 * Weather from Open-Meteo: the forecast for dates within its horizon, else the climate model's
 * projection for that date (marked `climate`, an outlook rather than a forecast).
 */
export function createOpenMeteoWeather(options: OpenMeteoWeatherOptions): WeatherSource {
  const horizon = options.forecastDays ?? 16;
  const model = options.climateModel ?? 'EC_Earth3P_HR';

  return {
    name: 'open-meteo',
    async weather(input: WeatherQuery) {
      const query = WeatherQuerySchema.parse(input);
      const today = options.today();
      const inForecast = query.date >= addDays(today, -2) && query.date <= addDays(today, horizon - 1);
      if (!inForecast && query.date > CLIMATE_LAST_DATE) return undefined;
      const common = {
        latitude: query.at.lat.toFixed(4),
        longitude: query.at.lon.toFixed(4),
        start_date: query.date,
        end_date: query.date,
        timezone: 'auto',
      };
      const answer = inForecast
        ? await options.forecast.json({
            path: '/v1/forecast',
            query: {
              ...common,
              daily:
                'weather_code,temperature_2m_max,temperature_2m_min,precipitation_sum,precipitation_probability_max',
            },
            schema: OpenMeteoDaily,
            cacheTtlSeconds: SOURCE_TTL_SECONDS.forecast,
          })
        : await options.climate.json({
            path: '/v1/climate',
            query: {
              ...common,
              models: model,
              daily: 'temperature_2m_max,temperature_2m_min,precipitation_sum',
            },
            schema: OpenMeteoDaily,
            cacheTtlSeconds: SOURCE_TTL_SECONDS.climate,
          });
      return toDay(answer, query.date, inForecast ? 'forecast' : 'climate');
    },
  };
}

function toDay(
  answer: OpenMeteoDaily,
  date: IsoDate,
  basis: 'forecast' | 'climate',
): SourceWeatherDay | undefined {
  const d = answer.daily;
  const i = d.time.indexOf(date);
  const high = d.temperature_2m_max[i];
  const low = d.temperature_2m_min[i];
  // Open-Meteo answers null where a model has no value for the day: nothing known, nothing guessed.
  if (i < 0 || high == null || low == null) return undefined;
  const rain = d.precipitation_sum?.[i] ?? null;
  const chance = d.precipitation_probability_max?.[i] ?? null;
  const code = d.weather_code?.[i] ?? null;
  const words =
    code !== null ? describeWmoCode(code) : rain !== null && rain >= 1 ? 'Rain likely' : 'Mostly dry';
  return {
    date,
    highC: high,
    lowC: low,
    precipitationMm: rain,
    precipitationChance: chance === null ? null : Math.min(1, Math.max(0, chance / 100)),
    summary: basis === 'climate' ? `${words} (climate projection)` : words,
    basis,
    attribution: OPEN_METEO_ATTRIBUTION,
  };
}
