import { z } from 'zod';
import { defineTool, ToolArgumentError } from '../define-tool.js';
import { CityName } from '../domain/common.schema.js';
import { greatCircleKm } from '../domain/geo.js';
import type { WorldProvider } from '../providers/world-provider.js';
import { resolveCityOrThrow } from '../resolve-city.js';

export const TravelTimeInput = z.object({
  city: CityName,
  from: z.string().min(1).describe('A sight name in the city, or "city centre"'),
  to: z.string().min(1).describe('A sight name in the city, or "city centre"'),
});
export const TravelTimeOutput = z.object({
  distanceKm: z.number(),
  walkingMinutes: z.number().int(),
  drivingMinutes: z.number().int(),
});

const CENTRE = 'city centre';
/** Streets are not straight lines: 1.3 is the usual urban detour factor. */
const DETOUR = 1.3;
const WALK_KMH = 4.8;
const URBAN_DRIVE_KMH = 28;

export function createTravelTimeTool(deps: { world: WorldProvider }) {
  return defineTool({
    name: 'travel_time',
    description:
      'Estimates distance and walking/driving minutes between two sights of one city (or the city centre), to keep a day walkable.',
    input: TravelTimeInput,
    output: TravelTimeOutput,
    run: async ({ city, from, to }) => {
      const info = resolveCityOrThrow(deps.world, city);
      const sights = await deps.world.searchSights({ city: info.name });
      const locate = (place: string) => {
        if (place.trim().toLowerCase() === CENTRE) {
          if (info.location) return info.location;
        } else {
          const sight = sights.find((s) => s.name.toLowerCase() === place.trim().toLowerCase());
          if (sight?.location) return sight.location;
          if (!sight)
            throw new ToolArgumentError(`No sight named "${place}" in ${info.name}; use search_sights.`);
        }
        throw new ToolArgumentError(`"${place}" in ${info.name} has no known coordinates.`);
      };
      const km = greatCircleKm(locate(from), locate(to)) * DETOUR;
      return {
        distanceKm: Math.round(km * 10) / 10,
        walkingMinutes: Math.round((km / WALK_KMH) * 60),
        drivingMinutes: Math.round((km / URBAN_DRIVE_KMH) * 60) + 5,
      };
    },
  });
}
