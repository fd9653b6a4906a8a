import { z } from 'zod';

const Series = z.array(z.number().nullable());

/** The daily block of /v1/forecast and /v1/climate (open-meteo's OpenAPI: `daily` arrays keyed by variable). */
export const OpenMeteoDaily = z.object({
  latitude: z.number(),
  longitude: z.number(),
  daily: z.object({
    time: z.array(z.string()),
    temperature_2m_max: Series,
    temperature_2m_min: Series,
    precipitation_sum: Series.optional(),
    precipitation_probability_max: Series.optional(),
    weather_code: Series.optional(),
  }),
});
export type OpenMeteoDaily = z.infer<typeof OpenMeteoDaily>;

/** WMO weather interpretation codes, as Open-Meteo documents them, grouped into words a traveller reads. */
export function describeWmoCode(code: number): string {
  if (code === 0) return 'Clear';
  if (code <= 3) return 'Partly cloudy';
  if (code === 45 || code === 48) return 'Fog';
  if (code >= 51 && code <= 57) return 'Drizzle';
  if ((code >= 61 && code <= 67) || (code >= 80 && code <= 82)) return 'Rain';
  if ((code >= 71 && code <= 77) || code === 85 || code === 86) return 'Snow';
  if (code >= 95) return 'Thunderstorms';
  return 'Mixed';
}
