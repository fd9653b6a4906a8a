import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { CityName } from '../domain/common.schema.js';
import { GroundMode, GroundRoute } from '../domain/inventory.schema.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const GroundTransportInput = z.object({
  from: CityName.describe('Start city'),
  to: CityName.describe('End city'),
  modes: z
    .array(GroundMode)
    .min(1)
    .default(['self-driving', 'taxi'])
    .describe('Which ground modes to look up'),
});
export const GroundTransportOutput = z.object({ options: z.array(GroundRoute) });

export function createGroundTransportTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'ground_transport',
    description:
      'Road options between two cities: self-driving (cost per car of 5 seats) and taxi (cost per taxi of 4 seats), with distance and duration. Missing modes have no road route.',
    input: GroundTransportInput,
    output: GroundTransportOutput,
    run: async ({ from, to, modes }) => {
      const a = resolveCityOrThrow(deps.world, from).name;
      const b = resolveCityOrThrow(deps.world, to).name;
      const found = await Promise.all(modes.map((mode) => deps.world.groundRoute({ from: a, to: b, mode })));
      return { options: found.filter((route) => route !== undefined) };
    },
  });
}
