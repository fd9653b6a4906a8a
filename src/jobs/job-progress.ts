import type { Job } from 'bullmq';
import type { ProgressEvent } from '../../graphs/progress.js';
import type { TripEvent } from '../trips/trip-events.js';

/**
 * Bull Board's view of a job's progress, the latest value written at most once per `intervalMs`.
 * Each write is a BullMQ script call; one per agent step cost the worker ~3% of its CPU with 100
 * trips at once, and the step-by-step record is the trip's event stream anyway.
 */
export function throttledProgress(job: Job, intervalMs: number) {
  let pending: object | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastWrite = Number.NEGATIVE_INFINITY;
  let writing: Promise<unknown> = Promise.resolve();
  const write = () => {
    timer = undefined;
    if (pending === undefined) return;
    const value = pending;
    pending = undefined;
    lastWrite = Date.now();
    // Best effort, like the progress lines: a lost update must not fail the plan.
    writing = job.updateProgress(value).catch(() => {});
  };
  return {
    update(value: object) {
      pending = value;
      if (timer) return;
      const wait = lastWrite + intervalMs - Date.now();
      if (wait <= 0) write();
      else timer = setTimeout(write, wait);
    },
    /** Writes what is pending now, so the job ends with its last progress. */
    async flush() {
      clearTimeout(timer);
      write();
      await writing;
    },
  };
}

/** A progress event as a line of the trip's event stream. */
export function progressLine(event: ProgressEvent): Omit<TripEvent, 'at'> & { type: 'node' | 'agent' } {
  return event.type === 'node'
    ? { type: 'node', node: event.node, message: event.message }
    : {
        type: 'agent',
        agent: event.agent,
        message: `${event.kind} (round ${event.round}): ${event.message}`,
      };
}
