import { z } from 'zod';
import { IsoDate } from '../../domain/common.schema.js';
import { Attribution, GeoPoint } from './source-common.schema.js';

export const WeatherQuery = z.object({ at: GeoPoint, date: IsoDate });
export type WeatherQuery = z.input<typeof WeatherQuery>;

export const SourceWeatherDay = z.object({
  date: IsoDate,
  highC: z.number(),
  lowC: z.number(),
  precipitationMm: z.number().nonnegative().nullable(),
  /** 0–1; climate projections have none. */
  precipitationChance: z.number().min(0).max(1).nullable(),
  summary: z.string().min(1),
  /**
   * `forecast`: the weather forecast for that day (within the service's horizon).
   * `climate`: a climate-model projection for the date — an outlook, not a forecast.
   */
  basis: z.enum(['forecast', 'climate']),
  attribution: Attribution,
});
export type SourceWeatherDay = z.infer<typeof SourceWeatherDay>;

/** Weather from one service. Every implementation runs the weather contract test. */
export interface WeatherSource {
  readonly name: string;
  /** undefined when the source has nothing for that date (e.g. past its climate range). */
  weather(query: WeatherQuery): Promise<SourceWeatherDay | undefined>;
}
