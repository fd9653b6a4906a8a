import { hostname } from 'node:os';
import { type AdvancedOptions, type Job, type Processor, Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { RedisClient } from '../runtime/redis-client.js';
import type { JobPayload, QueueName } from './job-catalog.js';
import { bullPrefix } from './queues.js';

/** A crashed worker's jobs are taken over after about this long. */
export const DEFAULT_LOCK_MS = 30_000;

/**
 * A job whose worker died twice is still worth a third try: plans resume from checkpoints, checks
 * and deliveries skip what they already recorded. BullMQ's default (1) fails it after one crash.
 */
export const DEFAULT_MAX_STALLED_COUNT = 3;

/** What every queue's worker is built from (TSDoc defaults as in createQueueWorker). */
export interface QueueWorkerOptions {
  /** A connection for BullMQ (maxRetriesPerRequest: null); the worker duplicates it as needed. */
  connection: RedisClient;
  prefix: string;
  logger: Logger;
  concurrency: number;
  /** Job lock. Default 30 s. */
  lockDurationMs?: number;
  /** Stalls (worker deaths) a job survives. Default 3. */
  maxStalledCount?: number;
  /** BullMQ's advanced settings (a custom backoff strategy). */
  settings?: AdvancedOptions;
  /** Fields logged with a failed attempt besides the job id and the error. */
  describeFailure?: (job: Job | undefined) => Record<string, unknown>;
  /** What a failed attempt is called in the log. Default `<queue> job failed`. */
  failedMessage?: string;
}

export interface QueueWorker<Q extends QueueName, R = unknown> {
  worker: Worker<JobPayload<Q>, R>;
  /**
   * Once the connections have started (or failed to), runs `beforeClose` hooks (unsubscribe),
   * stops taking jobs and waits for running ones (SIGTERM).
   */
  close(): Promise<void>;
}

/**
 * One set-up for the plan, replan and notify workers, so their lock, stall and logging rules
 * cannot drift apart: stalled jobs are looked for as often as a lock can expire (a crashed worker
 * costs about one lock), every error and failed attempt is logged, and close is graceful.
 */
export function createQueueWorker<Q extends QueueName, R = unknown>(
  name: Q,
  processor: Processor<JobPayload<Q>, R>,
  options: QueueWorkerOptions,
  beforeClose: () => Promise<void> = async () => {},
): QueueWorker<Q, R> {
  const { logger } = options;
  const lockDuration = options.lockDurationMs ?? DEFAULT_LOCK_MS;
  const worker = new Worker<JobPayload<Q>, R>(name, processor, {
    // Recorded on each job it takes (job.processedBy, shown in Bull Board): which host and process.
    name: `${hostname()}:${process.pid}`,
    connection: options.connection,
    prefix: bullPrefix(options.prefix),
    concurrency: options.concurrency,
    lockDuration,
    stalledInterval: lockDuration,
    maxStalledCount: options.maxStalledCount ?? DEFAULT_MAX_STALLED_COUNT,
    settings: options.settings,
  });
  // Without an 'error' listener, a connection error would crash the process.
  worker.on('error', (error) => logger.error({ err: error, queue: name }, `${name} worker error`));
  worker.on('failed', (job, error) =>
    logger.warn(
      { jobId: job?.id, ...options.describeFailure?.(job), err: error },
      options.failedMessage ?? `${name} job failed`,
    ),
  );
  worker.on('stalled', (jobId) => logger.warn({ jobId, queue: name }, `${name} job stalled: taken over`));
  // Its connections' start-up: its own and its blocking copy, each reading a cluster's slot map and
  // the server's version. One that fails was emitted as an 'error' (logged above).
  const started = worker.waitUntilReady().then(
    () => {},
    () => {},
  );
  return {
    worker,
    async close() {
      // BullMQ's RedisConnection drops its listeners when it closes, but a start-up it cut short
      // (a cluster's slot map or INFO still on the way, when a drain comes right after start) then
      // fails with "Connection is closed" and emits that to no one, which ends the process with
      // exit 1. Closed after its start has settled, a connection has nothing left to fail.
      await started;
      await beforeClose();
      await worker.close();
    },
  };
}

/** True on the job's last attempt: a failure now is final, so whatever it leaves behind is cleaned up. */
export function isLastAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
