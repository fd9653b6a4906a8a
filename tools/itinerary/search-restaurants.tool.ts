import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { CityName } from '../domain/common.schema.js';
import { Restaurant } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const SearchRestaurantsInput = z.object({
  city: CityName,
  cuisine: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('Only restaurants serving this cuisine, e.g. "Mexican"'),
  maxAverageCost: z
    .number()
    .positive()
    .nullable()
    .default(null)
    .describe('Cap on the average cost per person'),
});
export const SearchRestaurantsOutput = z.object({ restaurants: z.array(Restaurant) });

export function createSearchRestaurantsTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'search_restaurants',
    description:
      'Lists restaurants of a city with cuisines, average cost per person and rating; filter by cuisine and price cap.',
    input: SearchRestaurantsInput,
    output: SearchRestaurantsOutput,
    run: async ({ city, cuisine, maxAverageCost }) => {
      const all = await deps.world.searchRestaurants({ city: resolveCityOrThrow(deps.world, city).name });
      const wanted = cuisine?.toLowerCase();
      return {
        restaurants: all
          .filter((r) => !wanted || r.cuisines.some((c) => c.toLowerCase() === wanted))
          .filter((r) => maxAverageCost === null || r.averageCost <= maxAverageCost),
      };
    },
  });
}
