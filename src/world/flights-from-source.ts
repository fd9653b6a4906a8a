import { createRealFlights } from '../../tools/providers/real/real-flights.js';
import { REAL_ATTRIBUTIONS } from '../../tools/providers/real/real-sources.js';
import type { FlightSource } from '../../tools/providers/sources/flights.source.js';
import type { Attribution } from '../../tools/providers/sources/source-common.schema.js';
import type { FlightsKind } from '../../tools/providers/world/world-kinds.js';
import { type RealSourceContext, realSources } from './real-source-settings.js';

/**
 * Any FlightSource (a folder under tools/providers/<name>/) as the planner's flights kind: cities
 * located on the world's shared locator, fares converted with its FX (credited when the rates
 * are ECB's), offers re-priced. Registering a new flight source is then one line in
 * world-sources.ts: `acme: (ctx) => flightsFromSource(ctx, createAcmeFlights(…), [ACME_CREDIT])`.
 */
export function flightsFromSource(
  ctx: RealSourceContext,
  source: FlightSource,
  attributions: readonly Attribution[] = [],
): { kind: FlightsKind; attributions: readonly Attribution[] } {
  const real = realSources(ctx);
  const fx = real.settings.fx === 'ecb' ? [REAL_ATTRIBUTIONS.ecb] : [];
  return {
    kind: createRealFlights({ source, locator: real.locator(), fx: real.fx() }),
    attributions: [...attributions, ...fx],
  };
}
