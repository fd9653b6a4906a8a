import { departureMs } from './departure.js';
import type { TripRecord } from './trip.schema.js';

/** How long a trip's keys stay in Redis once it stops moving. */
export interface RetentionPolicy {
  /** Finished trips (and their checkpoints) are kept this long; a watched one this long after departure. */
  retentionSeconds: number;
  /** A trip waiting for an answer is ended (`cancelled`, code `input-expired`) after this long. */
  needsInputSeconds: number;
}

/** The defaults of TRIP_RETENTION_SECONDS and NEEDS_INPUT_TTL_SECONDS (src/config.ts). */
export const DEFAULT_RETENTION: RetentionPolicy = {
  retentionSeconds: 30 * 24 * 3600,
  needsInputSeconds: 7 * 24 * 3600,
};

/** TTLs for every key of a trip: its records (trip, events, versions, usage) and its checkpoints. */
export interface TripTtl {
  seconds: number;
  checkpointSeconds: number;
}

/**
 * What a trip in this status keeps: `persist` while it is queued or running (a plan must never
 * expire mid-way), TTLs once it waits or is final. A waiting trip keeps its keys past its answer
 * deadline by the retention period, so the sweeper that ends it still finds it, and a trip whose
 * sweeper never ran still leaves Redis.
 */
export function retentionFor(
  trip: TripRecord,
  policy: RetentionPolicy,
  nowMs = Date.now(),
): TripTtl | 'persist' {
  const { retentionSeconds: retention, needsInputSeconds } = policy;
  if (trip.status === 'queued' || trip.status === 'running') return 'persist';
  if (trip.status === 'needs_input') {
    const seconds = needsInputSeconds + retention;
    return { seconds, checkpointSeconds: seconds };
  }
  // A planned trip is watched until it starts: it is kept that long, then `retention` more.
  // Its planning checkpoints only matter while planning: they get the plain retention period.
  const untilDeparture = trip.plan ? Math.ceil((departureMs(trip.plan) - nowMs) / 1000) : 0;
  return { seconds: Math.max(retention, untilDeparture + retention), checkpointSeconds: retention };
}

/** When a trip that starts waiting now stops waiting for its answer (ms since the epoch). */
export function answerDeadline(policy: RetentionPolicy, nowMs = Date.now()): number {
  return nowMs + policy.needsInputSeconds * 1000;
}
