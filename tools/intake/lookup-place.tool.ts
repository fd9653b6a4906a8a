import { z } from 'zod';
import { defineTool, ToolArgumentError } from '../define-tool.js';
import { CityInfo } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';

export const LookupPlaceInput = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .describe('A city or a region (state, province, country) as the user wrote it'),
});
export const LookupPlaceOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city'), city: CityInfo }),
  z.object({ kind: z.literal('region'), region: z.string(), cities: z.array(z.string()) }),
]);

export function createLookupPlaceTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'lookup_place',
    description:
      'Checks a place name against the places we can plan: returns the canonical city, or the region with its plannable cities. Use it for the origin and the destination.',
    input: LookupPlaceInput,
    output: LookupPlaceOutput,
    run: ({ name }) => {
      const city = deps.world.resolveCity(name);
      if (city) return { kind: 'city' as const, city };
      const cities = deps.world.citiesInRegion(name);
      if (cities.length > 0) {
        const region = cities[0]?.region.toLowerCase() === name.toLowerCase() ? cities[0].region : name;
        return { kind: 'region' as const, region, cities: cities.map((c) => c.name) };
      }
      throw new ToolArgumentError(`"${name}" is not a city or region we can plan.`);
    },
  });
}
