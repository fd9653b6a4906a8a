import type { TripStore } from './trip-store.js';

/** Error code of a trip that waited for an answer longer than NEEDS_INPUT_TTL_SECONDS. */
export const INPUT_EXPIRED = 'input-expired';

export interface ExpireWaitingResult {
  /** The trips this call ended. */
  expired: string[];
}

function describeWait(seconds: number): string {
  const days = seconds / 86_400;
  return Number.isInteger(days) ? `${days} day${days === 1 ? '' : 's'}` : `${seconds} seconds`;
}

/**
 * Ends the trips that waited for an answer past their deadline: `cancelled` with error code
 * `input-expired`, a status event saying so, and the retention of a finished trip on all their
 * keys, in one transition each. Called by the scheduler process on every sweep; safe to run in
 * several processes (a trip answered or expired meanwhile is left alone).
 */
export async function expireWaitingTrips(
  store: TripStore,
  nowMs = Date.now(),
  limit = 500,
): Promise<ExpireWaitingResult> {
  const waitMs = store.retentionPolicy.needsInputSeconds * 1000;
  const message = `no answer within ${describeWait(store.retentionPolicy.needsInputSeconds)}: the trip expired`;
  const expired: string[] = [];
  for (const tripId of await store.waitingPast(nowMs, limit)) {
    const result = await store.transition(
      tripId,
      ['needs_input'],
      { status: 'cancelled', error: { code: INPUT_EXPIRED, message, reasons: [message] } },
      // Asked again since it was indexed: its new deadline (a later score) stands.
      (trip) => Date.parse(trip.updatedAt) + waitMs <= nowMs,
      { event: { message } },
    );
    if (result.applied) expired.push(tripId);
    // Gone (expired keys) or no longer waiting: the index entry is stale.
    else if (result.trip?.status !== 'needs_input') await store.forgetWaiting(tripId);
  }
  return { expired };
}
