import type { GroundMode } from '../../domain/inventory.schema.js';

/**
 * A road router gives distances and times, never fares. The cost of a road leg is estimated from
 * this per-km tariff (and marked estimated on the GroundRoute), in USD for a typical large US city,
 * times the departure city's price level (the gazetteer's cost index):
 * - self-driving: fuel for one car, $0.12 a km (≈ 8 l/100 km at ≈ $1.50 a litre); the car's hire is
 *   not included, as in the sandbox;
 * - taxi: a $5 flag fall plus $1.50 a km, per taxi — the sandbox's range ($1.20–1.80 a km).
 */
export const GROUND_TARIFF_USD: Readonly<Record<GroundMode, { perKm: number; flagFall: number }>> = {
  'self-driving': { perKm: 0.12, flagFall: 0 },
  taxi: { perKm: 1.5, flagFall: 5 },
};

/** Per vehicle, whole dollars (never 0: a few kilometres still cost something). */
export function estimatedGroundCost(mode: GroundMode, distanceKm: number, costIndex: number): number {
  const tariff = GROUND_TARIFF_USD[mode];
  return Math.max(1, Math.round((tariff.flagFall + tariff.perKm * distanceKm) * costIndex));
}
