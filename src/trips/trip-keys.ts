import { checkpointKeys } from '../checkpoint/checkpoint-keys.js';
import { hashTag } from '../runtime/redis-client.js';
import { tripUsageKey } from '../usage/trip-usage-ledger.js';
import { planVersionKeys } from './plan-versions.js';
import { tripEventsKey } from './trip-events.js';

/** The trip's record (a hash: version, status, doc). */
export function tripRecordKey(prefix: string, tripId: string): string {
  return `${prefix}trip:${hashTag(tripId)}`;
}

/**
 * Every key one trip owns, in one place, so a transition can put retention on all of them at once
 * (and a test can check that none was forgotten). Shared indexes (a tenant's trips, the watched
 * and waiting sets) are pruned by their readers instead. All of them carry the trip id as hash tag
 * (`{<tripId>}`, the checkpoint saver's tag for thread = trip id), so they share one cluster slot
 * and one MULTI or Lua script may touch them all; a shared index never goes into those.
 */
export function keysOfTrip(prefix: string, tripId: string) {
  const versions = planVersionKeys(prefix);
  return {
    trip: tripRecordKey(prefix, tripId),
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
