import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { CityName, IsoDate } from '../domain/common.schema.js';
import { Flight } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const SearchFlightsInput = z.object({
  from: CityName.describe('Departure city name, e.g. "Seattle"'),
  to: CityName.describe('Arrival city name'),
  date: IsoDate.describe('Departure date, YYYY-MM-DD'),
  travellers: z
    .number()
    .int()
    .min(1)
    .max(9)
    .nullable()
    .default(null)
    .describe('How many people fly (fares stay per person); null for one'),
});
export const SearchFlightsOutput = z.object({ flights: z.array(Flight) });

export function createSearchFlightsTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'search_flights',
    description:
      'Lists the direct flights between two cities on one date, with flight number, times, duration and the price per person. An empty list means no flight that day.',
    input: SearchFlightsInput,
    output: SearchFlightsOutput,
    run: async ({ from, to, date, travellers }) => {
      const origin = resolveCityOrThrow(deps.world, from);
      const destination = resolveCityOrThrow(deps.world, to);
      const query = { from: origin.name, to: destination.name, date, travellers: travellers ?? undefined };
      return { flights: await deps.world.searchFlights(query) };
    },
  });
}
