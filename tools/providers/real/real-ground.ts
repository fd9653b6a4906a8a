import type { GroundRoute } from '../../domain/inventory.schema.js';
import type { GroundRouteSource } from '../sources/ground-routes.source.js';
import type { GroundKind } from '../world/world-kinds.js';
import type { CityLocator } from './city-locator.js';
import { estimatedGroundCost } from './ground-tariff.js';

export interface RealGroundOptions {
  /** A road router (OSRM) answering `drive` and `taxi`. */
  source: GroundRouteSource;
  locator: CityLocator;
}

/**
 * Self-driving and taxi legs between city points: time and distance from the router, the cost per
 * vehicle from the documented tariff (ground-tariff.ts), listed in `estimated`. undefined when
 * there is no road (an ocean between) or a city is unknown.
 */
export function createRealGround(options: RealGroundOptions): GroundKind {
  return {
    name: options.source.name,
    async groundRoute({ from, to, mode }): Promise<GroundRoute | undefined> {
      const a = await options.locator.locate(from);
      const b = await options.locator.locate(to);
      if (!a || !b || a.info.name === b.info.name) return undefined;
      const route = await options.source.route({
        from: a.point,
        to: b.point,
        mode: mode === 'self-driving' ? 'drive' : 'taxi',
      });
      if (!route) return undefined;
      const distanceKm = Math.round(route.distanceKm * 10) / 10;
      return {
        mode,
        from: a.info.name,
        to: b.info.name,
        durationMinutes: route.durationMinutes,
        distanceKm,
        cost: estimatedGroundCost(mode, distanceKm, a.costIndex),
        estimated: ['cost'],
        source: route.attribution.source,
      };
    },
  };
}
