import type { TransportLeg } from '../domain/plan.schema.js';
import { doorToDoor } from './door-to-door.js';

/** A way of travelling's time underway, door to door, over all its legs (minutes). */
export function minutesUnderway(legs: readonly TransportLeg[]): number {
  return legs.reduce((sum, leg) => sum + doorToDoor(leg).minutes, 0);
}

/** What its legs cost the party together. */
export function legFares(legs: readonly TransportLeg[]): number {
  return legs.reduce((sum, leg) => sum + leg.cost, 0);
}
