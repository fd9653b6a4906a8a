import { z } from 'zod';
import { defineTool, ToolArgumentError } from '../define-tool.js';
import { CityName } from '../domain/common.schema.js';
import { Stay } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const StayDetailsInput = z.object({
  city: CityName,
  name: z.string().min(1).describe('Exact stay name'),
});
export const StayDetailsOutput = z.object({ stay: Stay });

export function createStayDetailsTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'stay_details',
    description:
      'Full details of one stay by exact name: room type, house rules, minimum nights, occupancy, price.',
    input: StayDetailsInput,
    output: StayDetailsOutput,
    run: async ({ city, name }) => {
      const canonical = resolveCityOrThrow(deps.world, city).name;
      const stay = (await deps.world.searchStays({ city: canonical })).find((s) => s.name === name);
      if (!stay)
        throw new ToolArgumentError(`No stay named "${name}" in ${canonical}; use search_stays for names.`);
      return { stay };
    },
  });
}
