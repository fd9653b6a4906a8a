import { z } from 'zod';
import { IsoDate } from '../../domain/common.schema.js';
import { Attribution, GeoPoint, Money } from './source-common.schema.js';

/** drive = self-driving, taxi = hired car on the same roads, rail = scheduled trains. */
export const GroundRouteMode = z.enum(['drive', 'taxi', 'rail']);
export type GroundRouteMode = z.infer<typeof GroundRouteMode>;

export const GroundRouteQuery = z.object({
  from: GeoPoint,
  to: GeoPoint,
  mode: GroundRouteMode,
  /** Needed for rail timetables; road routers ignore it. */
  date: IsoDate.optional(),
});
export type GroundRouteQuery = z.input<typeof GroundRouteQuery>;

export const SourceGroundRoute = z.object({
  mode: GroundRouteMode,
  durationMinutes: z.number().int().nonnegative(),
  distanceKm: z.number().nonnegative(),
  /** Null when the source gives no price (a road router): the World prices it. */
  cost: Money.nullable(),
  attribution: Attribution,
});
export type SourceGroundRoute = z.infer<typeof SourceGroundRoute>;

/** Ground routes from one service. Every implementation runs the ground-routes contract test. */
export interface GroundRouteSource {
  readonly name: string;
  /** The modes this source answers for. */
  readonly modes: readonly GroundRouteMode[];
  /** undefined when there is no route (no road, no train); a mode outside `modes` is a caller error. */
  route(query: GroundRouteQuery): Promise<SourceGroundRoute | undefined>;
}
