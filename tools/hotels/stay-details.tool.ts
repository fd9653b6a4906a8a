import { z } from 'zod';
import { defineTool, ToolArgumentError } from '../define-tool.js';
import { CityName, IsoDate } from '../domain/common.schema.js';
import { Stay } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';
import { stayQuery } from './stay-query.js';

export const StayDetailsInput = z.object({
  city: CityName,
  name: z.string().min(1).describe('Exact stay name'),
  checkIn: IsoDate.nullable().default(null).describe('First night, YYYY-MM-DD, or null'),
  checkOut: IsoDate.nullable()
    .default(null)
    .describe('The morning after the last night, YYYY-MM-DD, or null'),
});
export const StayDetailsOutput = z.object({ stay: Stay });

export function createStayDetailsTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'stay_details',
    description:
      'Full details of one stay by exact name: room type, house rules, minimum nights, occupancy, price.',
    input: StayDetailsInput,
    output: StayDetailsOutput,
    run: async ({ city, name, ...dates }) => {
      const canonical = resolveCityOrThrow(deps.world, city).name;
      const query = { city: canonical, ...stayQuery(dates) };
      const stay = (await deps.world.searchStays(query)).find((s) => s.name === name);
      if (!stay)
        throw new ToolArgumentError(`No stay named "${name}" in ${canonical}; use search_stays for names.`);
      return { stay };
    },
  });
}
