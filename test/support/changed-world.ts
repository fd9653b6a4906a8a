import type { Stay } from '../../tools/domain/inventory.schema.js';
import type { WorldProvider } from '../../tools/providers/world-provider.js';

/**
 * A world with a few things changed by hand, the world moving under a plan: stays sold out, fares
 * scaled, flights cancelled, stays newly listed, road routes gone. (The sandbox's own timeline is
 * exercised end to end by the replan integration tests.)
 */
export function changedWorld(base: WorldProvider) {
  const soldOut = new Set<string>();
  const fareFactor = new Map<string, number>();
  const cancelled = new Set<string>();
  /** Listings that appeared since the plan was made, per city. */
  const listed = new Map<string, Stay[]>();
  /** `from|to|mode` of road routes no longer offered. */
  const noRoad = new Set<string>();
  const world: WorldProvider = {
    ...base,
    async searchStays(q) {
      const all = [...(await base.searchStays(q)), ...(listed.get(q.city) ?? [])];
      return all.filter((s) => !soldOut.has(s.name));
    },
    async searchFlights(q) {
      return (await base.searchFlights(q))
        .filter((f) => !cancelled.has(f.flightNumber))
        .map((f) => ({ ...f, price: Math.round(f.price * (fareFactor.get(f.flightNumber) ?? 1)) }));
    },
    async groundRoute(q) {
      return noRoad.has(`${q.from}|${q.to}|${q.mode}`) ? undefined : base.groundRoute(q);
    },
  };
  return { world, soldOut, fareFactor, cancelled, listed, noRoad };
}
