import { expireWaitingTrips } from '../trips/expire-waiting-trips.js';
import { sweepWatches } from '../watch/sweep-watches.js';
import type { ServiceContext } from './service-context.js';

export interface SchedulerProcess {
  /** Stops sweeping and waits for a sweep in progress. */
  close(): Promise<void>;
}

/**
 * The scheduler process: BullMQ's job schedulers time the re-checks; this process ends watches at
 * departure and repairs schedulers that went missing, every WATCH_SWEEP_SECONDS. Running two is safe.
 */
export function startScheduler(context: ServiceContext): SchedulerProcess {
  const { logger } = context;
  const everyMs = context.config.WATCH_SWEEP_SECONDS * 1000;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const sweep = () => {
    running = sweepWatches(context)
      .then(async (result) => {
        if (result.departed + result.cancelled + result.restored > 0) logger.info(result, 'watches swept');
        // Trips that waited too long for an answer end here, with an event saying so.
        const waiting = await expireWaitingTrips(context.store);
        if (waiting.expired.length > 0)
          logger.info({ expired: waiting.expired.length }, 'waiting trips expired');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'watch sweep failed; next one retries'));
  };
  sweep();
  const timer = setInterval(() => {
    if (!stopped) sweep();
  }, everyMs);
  logger.info({ everySeconds: context.config.WATCH_SWEEP_SECONDS }, 'scheduler ready');
  return {
    async close() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
