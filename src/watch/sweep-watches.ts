import type { TripStore } from '../trips/trip-store.js';
import type { WatchScheduler } from './watch-scheduler.js';
import { departureMs, type Watches } from './watches.js';

export interface SweepResult {
  /** Watches ended because their trip started. */
  departed: number;
  /** Watches ended because their trip was cancelled or is gone. */
  cancelled: number;
  /** Active watches whose job scheduler was missing and has been put back. */
  restored: number;
}

/**
 * One pass of the scheduler process: ends the watches of trips that started (nothing re-checks
 * them otherwise once their last scheduled check ran), ends those of cancelled or expired trips,
 * and puts back any active watch's job scheduler that went missing. Idempotent: two schedulers
 * sweeping at once end each watch once (Watches.end applies only to an active watch).
 */
export async function sweepWatches(deps: {
  store: TripStore;
  scheduler: WatchScheduler;
  watches: Watches;
}): Promise<SweepResult> {
  const result: SweepResult = { departed: 0, cancelled: 0, restored: 0 };
  for (const tripId of await deps.scheduler.departedBy(deps.watches.now().getTime())) {
    await deps.watches.end(tripId, 'departed');
    result.departed += 1;
  }
  for await (const page of deps.scheduler.watched()) {
    for (const tripId of page) {
      const trip = await deps.store.get(tripId);
      if (!trip || trip.status === 'cancelled') {
        await deps.watches.end(tripId, 'cancelled');
        result.cancelled += 1;
      } else if (trip.plan && trip.watch?.status === 'active' && !(await deps.scheduler.exists(tripId))) {
        await deps.scheduler.upsert(tripId, trip.watch.settings, departureMs(trip.plan));
        result.restored += 1;
      }
    }
  }
  return result;
}
