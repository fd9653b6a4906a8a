import { checkpointKeys } from '../checkpoint/checkpoint-keys.js';
import { tripUsageKey } from '../usage/trip-usage-ledger.js';
import { planVersionKeys } from './plan-versions.js';
import { tripEventsKey } from './trip-events.js';

/**
 * Every key one trip owns, in one place, so a transition can put retention on all of them at once
 * (and a test can check that none was forgotten). Shared indexes (a tenant's trips, the watched
 * and waiting sets) are pruned by their readers instead.
 */
export function keysOfTrip(prefix: string, tripId: string) {
  const versions = planVersionKeys(prefix);
  return {
    trip: `${prefix}trip:${tripId}`,
    events: tripEventsKey(prefix, tripId),
    versions: versions.versions(tripId),
    versionsIndex: versions.index(tripId),
    usage: tripUsageKey(prefix, tripId),
    /** The planning thread's registry, which names every other checkpoint key of the trip. */
    checkpointRegistry: checkpointKeys(prefix).registry(tripId),
  };
}

/** Trips waiting for an answer, scored by the time they stop waiting (see expireWaitingTrips). */
export function awaitingInputKey(prefix: string): string {
  return `${prefix}trips:awaiting-input`;
}
