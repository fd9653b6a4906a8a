import type { Job, Queue } from 'bullmq';
import { JOB_CATALOG } from '../jobs/job-catalog.js';
import type { Queues } from '../jobs/queues.js';
import type { RedisClient } from '../runtime/redis-client.js';
import { DEFAULT_WATCH_EVERY_MINUTES, type WatchSettings } from './watch.schema.js';

/** One BullMQ job scheduler per watched trip; the id is stable, so upserts from any process agree. */
export function watchSchedulerId(tripId: string): string {
  return `watch.${tripId}`;
}

/**
 * BullMQ runs an `every` schedule's first job at once; a plan that just completed needs no check
 * yet, so the schedule starts one interval from now (a cron schedule waits for its next time).
 */
function repeatOptions(
  settings: WatchSettings,
): { every: number; startDate: number } | { pattern: string; tz: string } {
  if (settings.cron) return { pattern: settings.cron, tz: 'UTC' };
  const every = (settings.everyMinutes ?? DEFAULT_WATCH_EVERY_MINUTES) * 60_000;
  return { every, startDate: Date.now() + every };
}

/**
 * Watches live in BullMQ job schedulers (one per trip, re-checks on the `replan` queue) plus a
 * sorted set of watched trips by departure, which the scheduler process sweeps to end watches.
 * Every method is idempotent, so two scheduler processes (or an API and a worker) can race safely.
 */
export class WatchScheduler {
  private readonly queue: Queue;
  private readonly watchedKey: string;

  constructor(
    queues: Pick<Queues, 'replan'>,
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.queue = queues.replan as unknown as Queue;
    this.watchedKey = `${prefix}watches:by-departure`;
  }

  /** Creates or changes a trip's schedule; departure (ms) is when the watch ends. */
  async upsert(tripId: string, settings: WatchSettings, departureMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(watchSchedulerId(tripId), repeatOptions(settings), {
      name: 'recheck',
      data: JOB_CATALOG.replan.payload.parse({ tripId, trigger: 'scheduled' }),
      opts: JOB_CATALOG.replan.options,
    });
    await this.redis.zadd(this.watchedKey, departureMs, tripId);
  }

  async remove(tripId: string): Promise<void> {
    await this.queue.removeJobScheduler(watchSchedulerId(tripId));
    await this.redis.zrem(this.watchedKey, tripId);
  }

  async exists(tripId: string): Promise<boolean> {
    return (await this.queue.getJobScheduler(watchSchedulerId(tripId))) !== undefined;
  }

  /** A re-check right now, outside the schedule (POST /v1/trips/:id/watch/check). */
  async checkNow(tripId: string): Promise<string> {
    const job = await this.queue.add(
      'recheck',
      JOB_CATALOG.replan.payload.parse({ tripId, trigger: 'manual' }),
      { ...JOB_CATALOG.replan.options, jobId: `${tripId}.manual.${Date.now()}` },
    );
    return job.id ?? '';
  }

  /**
   * Runs the next scheduled re-check now instead of at its time: the schedule itself advances
   * (operators and tests use it to "fast-forward" a watch). Returns the job's id, or null when
   * none is waiting.
   */
  async advance(tripId: string): Promise<string | null> {
    const next = await this.nextScheduledJob(tripId);
    if (!next) return null;
    await next.promote();
    return next.id ?? null;
  }

  /** The scheduler's next job has a known id (BullMQ: `repeat:<scheduler id>:<next millis>`). */
  private async nextScheduledJob(tripId: string): Promise<Job | undefined> {
    const id = watchSchedulerId(tripId);
    const scheduler = await this.queue.getJobScheduler(id);
    if (scheduler?.next === undefined) return undefined;
    const job = await this.queue.getJob(`repeat:${id}:${scheduler.next}`);
    return job && (await job.isDelayed()) ? job : undefined;
  }

  /** Watched trips whose departure is at or before `nowMs`, oldest first. */
  async departedBy(nowMs: number, limit = 500): Promise<string[]> {
    return this.redis.zrangebyscore(this.watchedKey, '-inf', nowMs, 'LIMIT', 0, limit);
  }

  /** Every watched trip id (in pages), for reconciling schedulers with trips. */
  async *watched(pageSize = 500): AsyncGenerator<string[]> {
    for (let start = 0; ; start += pageSize) {
      const page = await this.redis.zrange(this.watchedKey, start, start + pageSize - 1);
      if (page.length === 0) return;
      yield page;
      if (page.length < pageSize) return;
    }
  }
}
