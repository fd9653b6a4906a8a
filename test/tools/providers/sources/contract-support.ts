import { afterAll, beforeAll } from 'vitest';
import type { GeoPoint } from '../../../../tools/providers/sources/source-common.schema.js';

/** How a contract gets the implementation under test: built once, torn down after (a fake server). */
export type ContractSetup<S> = () => Promise<{ source: S; teardown?: () => Promise<void> }>;

/** Registers before/after hooks and returns a getter for the source they built. */
export function useSource<S>(setup: ContractSetup<S>): () => S {
  let built: { source: S; teardown?: () => Promise<void> } | undefined;
  beforeAll(async () => {
    built = await setup();
  });
  afterAll(async () => {
    await built?.teardown?.();
  });
  return () => {
    if (!built) throw new Error('source not built');
    return built.source;
  };
}

/** Great-circle distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
