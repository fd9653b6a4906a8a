import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { CityName } from '../domain/common.schema.js';
import { Sight } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const SearchSightsInput = z.object({
  city: CityName,
  category: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('Optional category filter, e.g. "museum", "park"'),
});
export const SearchSightsOutput = z.object({ sights: z.array(Sight) });

export function createSearchSightsTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'search_sights',
    description:
      'Lists the sights (attractions) of a city with category and coordinates, optionally of one category.',
    input: SearchSightsInput,
    output: SearchSightsOutput,
    run: async ({ city, category }) => {
      const sights = await deps.world.searchSights({ city: resolveCityOrThrow(deps.world, city).name });
      const wanted = category?.toLowerCase();
      return { sights: wanted ? sights.filter((s) => s.category?.toLowerCase().includes(wanted)) : sights };
    },
  });
}
