import type { RedisClient } from '../../src/runtime/redis-client.js';
import type { TripStatus } from '../../src/trips/trip.schema.js';
import type { TripEvents } from '../../src/trips/trip-events.js';

/**
 * Resolves with the first status event of a trip that is in `statuses`, reading its event stream
 * with blocking XREAD (woken by the write itself, never by a timer).
 */
export async function waitForStatus(
  events: TripEvents,
  blocking: RedisClient,
  tripId: string,
  statuses: readonly TripStatus[],
): Promise<TripStatus> {
  let after = '0';
  for (;;) {
    const batch =
      after === '0' ? await events.range(tripId, '0') : await events.follow(blocking, tripId, after, 5000);
    for (const { id, event } of batch) {
      after = id;
      if (event.type === 'status' && statuses.includes(event.status as TripStatus))
        return event.status as TripStatus;
    }
    if (after === '0') after = '0-0';
  }
}

/** Resolves once an event matching `predicate` has been appended to the trip's stream. */
export async function waitForEvent(
  events: TripEvents,
  blocking: RedisClient,
  tripId: string,
  predicate: (event: { type: string; message: string; agent?: string; node?: string }) => boolean,
): Promise<void> {
  let after = '0-0';
  for (;;) {
    const batch = await events.follow(blocking, tripId, after, 5000);
    for (const { id, event } of batch) {
      after = id;
      if (predicate(event)) return;
    }
  }
}
