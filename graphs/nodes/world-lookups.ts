import type { Restaurant, Sight } from '../../tools/domain/inventory.schema.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';

/** Restaurants and sights of each city, keyed by city name (read straight from the world). */
export async function cityCatalogue(
  world: WorldProvider,
  cities: Iterable<string>,
): Promise<{ restaurants: Record<string, Restaurant[]>; sights: Record<string, Sight[]> }> {
  const restaurants: Record<string, Restaurant[]> = {};
  const sights: Record<string, Sight[]> = {};
  await Promise.all(
    [...new Set(cities)].map(async (city) => {
      [restaurants[city], sights[city]] = await Promise.all([
        world.searchRestaurants({ city }),
        world.searchSights({ city }),
      ]);
    }),
  );
  return { restaurants, sights };
}
