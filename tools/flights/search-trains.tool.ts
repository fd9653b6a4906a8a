import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { CityName, IsoDate } from '../domain/common.schema.js';
import { Train } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const SearchTrainsInput = z.object({
  from: CityName.describe('Departure city name, e.g. "Paris"'),
  to: CityName.describe('Arrival city name'),
  date: IsoDate.describe('Travel date, YYYY-MM-DD'),
});
export const SearchTrainsOutput = z.object({ trains: z.array(Train) });

export function createSearchTrainsTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'search_trains',
    description:
      'Lists the scheduled trains between two cities on one date (Europe, Japan, the US Northeast corridor, …), with train number, local departure and arrival times, duration and the price per person. An empty list means no train runs between them.',
    input: SearchTrainsInput,
    output: SearchTrainsOutput,
    run: async ({ from, to, date }) => {
      const origin = resolveCityOrThrow(deps.world, from);
      const destination = resolveCityOrThrow(deps.world, to);
      return { trains: await deps.world.searchTrains({ from: origin.name, to: destination.name, date }) };
    },
  });
}
