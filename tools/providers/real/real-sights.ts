import type { SightSource } from '../sources/sights.source.js';
import type { SightsKind } from '../world/world-kinds.js';
import type { CityLocator } from './city-locator.js';

export interface RealSightsOptions {
  source: SightSource;
  locator: CityLocator;
  /** Around the city's point, km. Default 5. */
  radiusKm?: number;
  /** Most sights kept per city. Default 50. */
  limit?: number;
}

/** Sights from a SightSource (Overpass: museums, attractions, monuments, parks) around the city's point. */
export function createRealSights(options: RealSightsOptions): SightsKind {
  return {
    name: options.source.name,
    async searchSights({ city: name }) {
      const city = await options.locator.locate(name);
      if (!city) return [];
      const found = await options.source.searchSights({
        near: city.point,
        radiusKm: options.radiusKm ?? 5,
        limit: options.limit ?? 50,
      });
      // Plans name sights by name; the same name twice (a museum's two buildings) is one sight.
      const seen = new Set<string>();
      return found.flatMap((s) => {
        if (seen.has(s.name)) return [];
        seen.add(s.name);
        return [
          {
            name: s.name,
            city: city.info.name,
            category: s.category,
            location: { lat: s.location.lat, lon: s.location.lon },
            address: s.address,
            source: s.attribution.source,
          },
        ];
      });
    },
  };
}
