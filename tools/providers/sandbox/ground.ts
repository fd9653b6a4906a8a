import { greatCircleKm } from '../../domain/geo.js';
import type { GroundMode, GroundRoute } from '../../domain/inventory.schema.js';
import { wholeDollars } from './draw.js';
import type { SandboxCity } from './gazetteer.js';
import { createRng, hashKey } from './prng.js';
import { roadCrossings } from './road-crossings.js';

/** Getting out of one town and into the other, on top of the time on the highway. */
const TOWN_MINUTES = 15;

/** Longest road trip offered (a long but real two- or three-day drive). */
export const MAX_ROAD_KM = 3000;

/**
 * The drive or taxi between two cities on one landmass. Geography (road distance, speed) depends
 * only on the unordered pair, so it is the same for every seed and both directions; prices vary
 * with the seed. Self-driving costs fuel per car, a taxi its fare per taxi (DESIGN.md counts
 * cars of 5 and taxis of 4).
 */
export function synthesizeGroundRoute(
  seed: number,
  from: SandboxCity,
  to: SandboxCity,
  mode: GroundMode,
): GroundRoute | undefined {
  if (from === to || from.curated.landmass !== to.curated.landmass) return undefined;
  const pair = [from.info.name, to.info.name].sort().join('<>');
  const centreA = { lat: from.curated.lat, lon: from.curated.lon };
  const centreB = { lat: to.curated.lat, lon: to.curated.lon };
  // Roads wind: 1.12–1.22 × the great circle, fixed per pair (Austin–Nashville by road is 1.14 ×,
  // Los Angeles–Las Vegas 1.18 ×, Seattle–Portland 1.2 ×).
  const roadFactor = 1.12 + 0.1 * unit(hashKey(0, 'road-factor', pair));
  const distanceKm = Math.round(greatCircleKm(centreA, centreB) * roadFactor);
  if (distanceKm > MAX_ROAD_KM) return undefined;
  // Highways between cities at 95–110 km/h, as route planners time them, plus a quarter of an hour
  // out of one town and into the other: Austin–Nashville about 14 h (13 by the map), Los Angeles–
  // Las Vegas 4 h 30 (4), Seattle–Portland 2 h 55 (2 h 50).
  const speedKmh = 95 + 15 * unit(hashKey(0, 'road-speed', pair));
  const rates = createRng(seed, 'ground', pair);
  const fuelPerKm = rates.float(0.08, 0.1);
  const taxiPerKm = rates.float(1.2, 1.8);
  const perKm = mode === 'self-driving' ? fuelPerKm : taxiPerKm;
  // The Channel shuttle, a ferry or a bridge toll on the way: their time and fare per vehicle.
  const crossings = roadCrossings(from, to);
  const crossingMinutes = crossings.reduce((sum, c) => sum + c.minutes, 0);
  const crossingFares = crossings.reduce((sum, c) => sum + c.fare, 0);
  return {
    mode,
    from: from.info.name,
    to: to.info.name,
    durationMinutes: Math.round(TOWN_MINUTES + (distanceKm / speedKmh) * 60 + crossingMinutes),
    distanceKm,
    // A taxi has a flag fall; fuel for a few kilometres still costs something.
    cost: wholeDollars(
      distanceKm * perKm + (mode === 'taxi' ? 5 : 0) + crossingFares,
      mode === 'taxi' ? 10 : 1,
    ),
  };
}

function unit(hash: number): number {
  return hash / 4294967296;
}
