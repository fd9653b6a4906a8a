import { z } from 'zod';
import { PlacesNear, SourcePlace } from './place.schema.js';

export const SightSearch = PlacesNear;
export type SightSearch = z.input<typeof SightSearch>;

export const SourceSight = SourcePlace.extend({
  /** The kind, e.g. "museum", "viewpoint", "attraction". */
  category: z.string().min(1),
});
export type SourceSight = z.infer<typeof SourceSight>;

/** Sights from one service. Every implementation runs the sights contract test. */
export interface SightSource {
  readonly name: string;
  searchSights(query: SightSearch): Promise<SourceSight[]>;
}
