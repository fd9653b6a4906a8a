import type { Restaurant } from '../../domain/inventory.schema.js';
import type { RestaurantSource, SourceRestaurant } from '../sources/restaurants.source.js';
import type { RestaurantsKind } from '../world/world-kinds.js';
import type { CityLocator, LocatedCity } from './city-locator.js';
import { estimatedMealCost, UNRATED_RESTAURANT_RATING } from './meal-prices.js';

export interface RealRestaurantsOptions {
  source: RestaurantSource;
  locator: CityLocator;
  /** Around the city's point, km. Default 3 (the walkable centre). */
  radiusKm?: number;
  /** Most kitchens kept per city. Default 100. */
  limit?: number;
}

/**
 * Restaurants from a RestaurantSource (Overpass) around the city's point: names, cuisines and
 * the diet:* needs as tagged; cost per person and rating estimated (meal-prices.ts) and listed in
 * `estimated`. Two places of one name (a chain) are one restaurant to a plan: the first is kept.
 */
export function createRealRestaurants(options: RealRestaurantsOptions): RestaurantsKind {
  return {
    name: options.source.name,
    async searchRestaurants({ city: name }) {
      const city = await options.locator.locate(name);
      if (!city) return [];
      const found = await options.source.searchRestaurants({
        near: city.point,
        radiusKm: options.radiusKm ?? 3,
        limit: options.limit ?? 100,
      });
      const seen = new Set<string>();
      return found.flatMap((r) => {
        if (seen.has(r.name)) return [];
        seen.add(r.name);
        return [toRestaurant(r, city)];
      });
    },
  };
}

export function toRestaurant(r: SourceRestaurant, city: LocatedCity): Restaurant {
  return {
    name: r.name,
    city: city.info.name,
    cuisines: r.cuisines.map(cuisineName),
    dietary: [...r.dietary],
    averageCost: estimatedMealCost(r.category, city.costIndex),
    rating: UNRATED_RESTAURANT_RATING,
    estimated: ['averageCost', 'rating'],
    source: r.attribution.source,
  };
}

/** OSM's `south_african` as the planner's cuisines are written: "South African". */
function cuisineName(tag: string): string {
  return tag
    .split('_')
    .map((w) => (w ? w[0]?.toUpperCase() + w.slice(1) : w))
    .join(' ');
}
