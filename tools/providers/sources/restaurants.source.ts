import { z } from 'zod';
import { DietaryNeed } from '../../domain/common.schema.js';
import { PlacesNear, SourcePlace } from './place.schema.js';

export const RestaurantSearch = PlacesNear.extend({
  /** Only kitchens that serve every need listed (from OSM diet:* tags, never guessed). */
  dietary: z.array(DietaryNeed).default([]),
});
export type RestaurantSearch = z.input<typeof RestaurantSearch>;

export const SourceRestaurant = SourcePlace.extend({
  /** Lower-case cuisine tags, e.g. ["italian", "pizza"]; empty when unknown. */
  cuisines: z.array(z.string().min(1)),
  /** Needs the place states it serves (`diet:vegan=yes|only` gives vegan and vegetarian). */
  dietary: z.array(DietaryNeed),
  /** "restaurant", "cafe", "fast_food"… */
  category: z.string().min(1),
});
export type SourceRestaurant = z.infer<typeof SourceRestaurant>;

/** Restaurants from one service. Every implementation runs the restaurants contract test. */
export interface RestaurantSource {
  readonly name: string;
  searchRestaurants(query: RestaurantSearch): Promise<SourceRestaurant[]>;
}
