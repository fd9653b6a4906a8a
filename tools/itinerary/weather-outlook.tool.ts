import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { CityName, IsoDate } from '../domain/common.schema.js';
import { WeatherOutlook } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const WeatherOutlookInput = z.object({ city: CityName, date: IsoDate });
export const WeatherOutlookOutput = z.object({ outlook: WeatherOutlook.nullable() });

export function createWeatherOutlookTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'weather_outlook',
    description:
      'Climate-normal outlook for a city on a date (high/low °C, chance of rain): prefer indoor sights on wet days. Null when unknown.',
    input: WeatherOutlookInput,
    output: WeatherOutlookOutput,
    run: async ({ city, date }) => ({
      outlook: (await deps.world.weather({ city: resolveCityOrThrow(deps.world, city).name, date })) ?? null,
    }),
  });
}
