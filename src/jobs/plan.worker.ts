import { type Job, UnrecoverableError } from 'bullmq';
import type { ChainableCommander } from 'ioredis';
import type { Logger } from 'pino';
import type { ProgressEvent } from '../../graphs/progress.js';
import type { TripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { ModelPrices } from '../../tools/domain/usage.schema.js';
import type { RedisCheckpointSaver } from '../checkpoint/redis-checkpoint-saver.js';
import { leanThread } from '../planner/lean-thread.js';
import { runFromCheckpoint } from '../planner/run-trip-graph.js';
import type { RedisClient } from '../runtime/redis-client.js';
import type { TripEvents } from '../trips/trip-events.js';
import type { TripStore } from '../trips/trip-store.js';
import { TripUsageLedger } from '../usage/trip-usage-ledger.js';
import type { UsageTotals } from '../usage/usage-totals.js';
import type { WatchState } from '../watch/watch.schema.js';
import { subscribeCancels } from './cancel-bus.js';
import { JOB_CATALOG, type JobPayload } from './job-catalog.js';
import { progressLine, throttledProgress } from './job-progress.js';
import { createPlanTransitions, type PlanTransitions } from './plan-transitions.js';
import { createQueueWorker, isLastAttempt, type QueueWorker } from './worker-setup.js';

export interface PlanWorkerOptions {
  /** A connection for BullMQ (maxRetriesPerRequest: null); the worker duplicates it as needed. */
  connection: RedisClient;
  /** A dedicated connection for the cancel channel (a subscriber can do nothing else). */
  subscriber: RedisClient;
  /** The connection model calls are recorded on (with their progress lines). */
  redis: RedisClient;
  prefix: string;
  store: TripStore;
  events: TripEvents;
  graph: TripGraph;
  logger: Logger;
  /** Trips planned at once by this process. Default 8. */
  concurrency?: number;
  /** Job lock; a crashed worker's jobs are taken over after about this long. Default 30 s. */
  lockDurationMs?: number;
  /** Starts the re-checks of a plan about to complete (the watch is stored with the completion). */
  startWatch?: (tripId: string, plan: Plan) => Promise<WatchState | null>;
  /** USD per million tokens by model (MODEL_PRICES); without it, usage is in tokens only. */
  prices?: ModelPrices;
  /** Where finished trips' usage is summed for /metrics; without it, nothing is summed. */
  usageTotals?: UsageTotals;
}

export type PlanWorker = QueueWorker<'plan'>;

/** Job progress is for a person watching Bull Board: once a second is as often as they can read it. */
const PROGRESS_INTERVAL_MS = 1000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The payload check: a queue outlives any one code version, so a job is re-validated. */
async function tripOfJob(store: TripStore, job: Job<JobPayload<'plan'>>) {
  const payload = JOB_CATALOG.plan.payload.safeParse(job.data);
  if (!payload.success) throw new UnrecoverableError(`invalid plan payload: ${payload.error.message}`);
  const { tripId, kind } = payload.data;
  const trip = await store.get(tripId);
  if (!trip) throw new UnrecoverableError(`trip ${tripId} does not exist`);
  return { trip, kind };
}

/** The saver's `writeAlongside` when it has one (RedisCheckpointSaver), bound to it. */
function writerAlongside(graph: TripGraph) {
  const saver = graph.checkpointer as Partial<Pick<RedisCheckpointSaver, 'writeAlongside'>> | undefined;
  return typeof saver?.writeAlongside === 'function' ? saver.writeAlongside.bind(saver) : undefined;
}

/**
 * Progress lines of a run: each goes to the trip's event stream, and a model call's line carries
 * its usage record in the same MULTI (so recorded calls and model rounds always agree, whichever
 * worker made them). Best effort: a lost line must not fail the plan.
 */
function progressRecorder(options: PlanWorkerOptions, ledger: TripUsageLedger, tripId: string) {
  const pending = new Set<Promise<void>>();
  const alongside = writerAlongside(options.graph);
  return {
    onEvent(event: ProgressEvent) {
      const line = progressLine(event);
      const usage = event.type === 'agent' && event.kind === 'model' ? event.usage : undefined;
      const queue = (multi: ChainableCommander) => {
        options.events.queue(multi, tripId, line);
        if (event.type === 'agent' && usage)
          ledger.queue(multi, tripId, { agent: event.agent, model: event.model ?? 'unknown', usage });
      };
      // With the step's checkpoint when they coincide (the trip's keys share its thread's hash tag).
      const write = alongside
        ? alongside(tripId, queue)
        : (() => {
            const multi = options.redis.multi();
            queue(multi);
            return multi.exec().then(() => {});
          })();
      const tracked = write
        .catch((e) => options.logger.warn({ err: e, tripId }, 'progress event lost'))
        .finally(() => pending.delete(tracked));
      pending.add(tracked);
      return line;
    },
    /** Waits for the lines in flight, so usage read after the run includes every call. */
    async settled() {
      await Promise.all(pending);
    },
  };
}

/**
 * The `plan` queue's worker. Thread id = trip id, so a job that is retried or taken over after a
 * crash continues from the trip's last checkpoint. Cancellation reaches the job through BullMQ's
 * AbortSignal, which only a processor with three parameters receives.
 */
export async function createPlanWorker(options: PlanWorkerOptions): Promise<PlanWorker> {
  const { store, graph, logger } = options;
  const activeJobs = new Map<string, string>();
  const ledger = new TripUsageLedger(options.redis, options.prefix);
  const transitions: PlanTransitions = createPlanTransitions({ ...options, ledger });

  /**
   * Sheds the thread down to what its stage needs (src/planner/lean-thread.ts). Best effort: the
   * outcome is recorded, so a prune that fails costs bytes until the trip's retention ends.
   */
  const retireThread = (tripId: string, stage: 'stopped' | 'recorded') =>
    leanThread(graph.checkpointer, tripId, stage).catch((e) =>
      logger.warn({ err: e, tripId }, 'planning thread not pruned'),
    );

  const processor = async (
    job: Job<JobPayload<'plan'>>,
    _token: string | undefined,
    signal?: AbortSignal,
  ) => {
    const { trip, kind } = await tripOfJob(store, job);
    const tripId = trip.id;
    const started = await transitions.start(tripId);
    // Finished (completed, failed, cancelled) or waiting: the transition that got it there wrote
    // its event and retention too, so a job taking over has nothing left to do.
    if (!started.applied) return { skipped: started.trip?.status ?? 'missing' };

    activeJobs.set(tripId, job.id ?? '');
    let steps = 0;
    const jobProgress = throttledProgress(job, PROGRESS_INTERVAL_MS);
    const lines = progressRecorder(options, ledger, tripId);
    let finalState: TripStateValue | undefined;
    const run = {
      graph,
      threadId: tripId,
      signal,
      // Pruned (or deleted) below, once the outcome is recorded with the trip.
      pruneAtEnd: false,
      onFinalState: (state: TripStateValue) => {
        finalState = state;
      },
      onProgress: (event: ProgressEvent) => {
        steps += 1;
        const line = lines.onEvent(event);
        jobProgress.update({ steps, last: line.message });
      },
    };
    try {
      const answer = kind === 'answer' ? trip.answers.at(-1) : undefined;
      const outcome = await runFromCheckpoint(run, { request: trip.request, today: trip.today }, answer);
      await Promise.all([jobProgress.flush(), lines.settled()]);
      // A model that kept failing is worth another attempt: the retry resumes at the failed step.
      if (outcome.status === 'failed' && outcome.failure.code === 'agent-failed' && !isLastAttempt(job)) {
        throw new Error(outcome.failure.message);
      }
      const recorded = await transitions.record(tripId, outcome, finalState);
      if (recorded.applied)
        await retireThread(tripId, outcome.status === 'needs_input' ? 'stopped' : 'recorded');
      return { status: outcome.status, steps };
    } catch (error) {
      await lines.settled();
      if (signal?.aborted) {
        await transitions.cancelled(tripId);
        return { status: 'cancelled', steps };
      }
      const message = describe(error);
      if (isLastAttempt(job) || error instanceof UnrecoverableError) {
        await transitions.crash(tripId, message);
      } else {
        await options.events.append(tripId, {
          type: 'status',
          status: 'running',
          message: `retrying after: ${message}`,
        });
      }
      throw error;
    } finally {
      activeJobs.delete(tripId);
      await jobProgress.flush();
    }
  };

  let unsubscribe: () => Promise<void> = async () => {};
  const planWorker = createQueueWorker<'plan'>(
    'plan',
    processor,
    {
      connection: options.connection,
      prefix: options.prefix,
      logger,
      concurrency: options.concurrency ?? 8,
      lockDurationMs: options.lockDurationMs,
    },
    () => unsubscribe(),
  );
  unsubscribe = await subscribeCancels(options.subscriber, options.prefix, (tripId) => {
    const jobId = activeJobs.get(tripId);
    if (jobId) planWorker.worker.cancelJob(jobId, 'cancelled by the user');
  });
  return planWorker;
}
