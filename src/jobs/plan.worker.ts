import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ProgressEvent } from '../../graphs/progress.js';
import type { TripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import { priceUsage, summarizeUsage } from '../../tools/domain/usage.js';
import type { ModelPrices, TripUsage } from '../../tools/domain/usage.schema.js';
import type { PlanOutcome } from '../planner/plan-outcome.js';
import { runFromCheckpoint } from '../planner/run-trip-graph.js';
import { FINAL_STATUSES, type TripRecord } from '../trips/trip.schema.js';
import type { TripEvents } from '../trips/trip-events.js';
import type { TransitionResult, TripStore } from '../trips/trip-store.js';
import type { UsageTotals } from '../usage/usage-totals.js';
import { subscribeCancels } from './cancel-bus.js';
import { JOB_CATALOG, type JobPayload } from './job-catalog.js';
import { bullPrefix } from './queues.js';

export interface PlanWorkerOptions {
  /** A connection for BullMQ (maxRetriesPerRequest: null); the worker duplicates it as needed. */
  connection: Redis;
  /** A dedicated connection for the cancel channel (a subscriber can do nothing else). */
  subscriber: Redis;
  prefix: string;
  store: TripStore;
  events: TripEvents;
  graph: TripGraph;
  logger: Logger;
  /** Trips planned at once by this process. Default 8. */
  concurrency?: number;
  /** Job lock; a crashed worker's jobs are taken over after about this long. Default 30 s. */
  lockDurationMs?: number;
  /** Called once after a trip's plan completes (stores version 1 and starts its watch). */
  onCompleted?: (trip: TripRecord) => Promise<void>;
  /** Called once a trip is final, to put TTLs on everything it left in Redis. */
  retain?: (trip: TripRecord) => Promise<void>;
  /** USD per million tokens by model (MODEL_PRICES); without it, usage is in tokens only. */
  prices?: ModelPrices;
  /** Where finished trips' usage is summed for /metrics; without it, nothing is summed. */
  usageTotals?: UsageTotals;
}

export interface PlanWorker {
  worker: Worker;
  /** Stops taking jobs and waits for the running ones (SIGTERM). */
  close(): Promise<void>;
}

/** Job progress is for a person watching Bull Board: once a second is as often as they can read it. */
const PROGRESS_INTERVAL_MS = 1000;

function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Bull Board's view of a job's progress, the latest value written at most once per `intervalMs`.
 * Each write is a BullMQ script call; one per agent step cost the worker ~3% of its CPU with 100
 * trips at once, and the step-by-step record is the trip's event stream anyway.
 */
function throttledProgress(job: Job, intervalMs: number) {
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

function progressLine(event: ProgressEvent): {
  type: 'node' | 'agent';
  message: string;
  agent?: string;
  node?: string;
} {
  return event.type === 'node'
    ? { type: 'node', node: event.node, message: event.message }
    : {
        type: 'agent',
        agent: event.agent,
        message: `${event.kind} (round ${event.round}): ${event.message}`,
      };
}

/**
 * The `plan` queue's worker. Thread id = trip id, so a job that is retried or taken over after a
 * crash continues from the trip's last checkpoint. Cancellation reaches the job through BullMQ's
 * AbortSignal, which only a processor with three parameters receives.
 */
export async function createPlanWorker(options: PlanWorkerOptions): Promise<PlanWorker> {
  const { store, events, graph, logger } = options;
  const activeJobs = new Map<string, string>();

  /** Announces a transition this worker made; one that did not apply (cancelled meanwhile) says nothing. */
  const finish = async ({ applied, trip }: TransitionResult, message: string) => {
    if (!applied || !trip) return;
    await events.append(trip.id, { type: 'status', status: trip.status, message });
    if (FINAL_STATUSES.includes(trip.status)) await options.retain?.(trip);
  };

  /**
   * Every agent run of the trip so far (revisions and re-runs included), priced when possible.
   * From the state the run ended in when there is one: reading it again costs a checkpoint load.
   */
  const usageOf = async (tripId: string, finalState?: TripStateValue): Promise<TripUsage> => {
    const state =
      finalState ??
      ((await graph.getState({ configurable: { thread_id: tripId } })).values as Partial<TripStateValue>);
    return priceUsage(summarizeUsage(state.agentRuns ?? {}), options.prices);
  };

  /**
   * Sums a trip's usage for /metrics once: only the write that made it final counts it (a retried
   * job finds it final and writes nothing). Best effort: lost counts must not fail a planned trip.
   */
  const count = async ({ applied, trip }: TransitionResult) => {
    if (!applied || !trip?.usage || !FINAL_STATUSES.includes(trip.status)) return;
    await options.usageTotals
      ?.add(trip.usage)
      .catch((e) => logger.warn({ err: e, tripId: trip.id }, 'usage totals not updated'));
  };

  const record = async (tripId: string, outcome: PlanOutcome, finalState?: TripStateValue) => {
    const from = ['running'] as const;
    const usage = await usageOf(tripId, finalState);
    if (outcome.status === 'completed') {
      const result = await store.transition(tripId, from, {
        status: 'completed',
        plan: { ...outcome.plan, usage },
        error: null,
        usage,
      });
      await count(result);
      if (result.applied && result.trip) await options.onCompleted?.(result.trip);
      await finish(result, outcome.plan.summary);
    } else if (outcome.status === 'needs_input') {
      const result = await store.transition(tripId, from, {
        status: 'needs_input',
        question: outcome.question,
        usage,
      });
      await finish(result, outcome.question.question);
    } else {
      const result = await store.transition(tripId, from, {
        status: 'failed',
        plan: outcome.plan && { ...outcome.plan, usage },
        error: {
          code: outcome.failure.code,
          message: outcome.failure.message,
          reasons: outcome.failure.reasons,
        },
        usage,
      });
      await count(result);
      await finish(result, outcome.failure.message);
    }
  };

  const processor = async (
    job: Job<JobPayload<'plan'>>,
    _token: string | undefined,
    signal?: AbortSignal,
  ) => {
    const payload = JOB_CATALOG.plan.payload.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`invalid plan payload: ${payload.error.message}`);
    const { tripId, kind } = payload.data;
    const trip = await store.get(tripId);
    if (!trip) throw new UnrecoverableError(`trip ${tripId} does not exist`);
    const started = await store.transition(tripId, ['queued', 'running'], { status: 'running' });
    if (!started.applied) {
      // A worker that died between completing the trip and recording its first version.
      const done = started.trip;
      if (done?.status === 'completed' && done.planVersion === 0) await options.onCompleted?.(done);
      return { skipped: done?.status ?? 'missing' };
    }
    if (trip.status === 'queued')
      await events.append(tripId, { type: 'status', status: 'running', message: 'planning' });

    activeJobs.set(tripId, job.id ?? '');
    let steps = 0;
    const jobProgress = throttledProgress(job, PROGRESS_INTERVAL_MS);
    let finalState: TripStateValue | undefined;
    const run = {
      graph,
      threadId: tripId,
      signal,
      onFinalState: (state: TripStateValue) => {
        finalState = state;
      },
      onProgress: (event: ProgressEvent) => {
        steps += 1;
        const line = progressLine(event);
        // Progress is best effort: a lost line must not fail the plan.
        void events.append(tripId, line).catch((e) => logger.warn({ err: e, tripId }, 'progress event lost'));
        jobProgress.update({ steps, last: line.message });
      },
    };
    try {
      const answer = kind === 'answer' ? trip.answers.at(-1) : undefined;
      const outcome = await runFromCheckpoint(run, { request: trip.request, today: trip.today }, answer);
      await jobProgress.flush();
      // A model that kept failing is worth another attempt: the retry resumes at the failed step.
      if (outcome.status === 'failed' && outcome.failure.code === 'agent-failed' && !isLastAttempt(job)) {
        throw new Error(outcome.failure.message);
      }
      await record(tripId, outcome, finalState);
      return { status: outcome.status, steps };
    } catch (error) {
      if (signal?.aborted) {
        const { trip: cancelled } = await store.transition(tripId, ['running', 'queued'], {
          status: 'cancelled',
        });
        if (cancelled?.status === 'cancelled') await options.retain?.(cancelled);
        return { status: 'cancelled', steps };
      }
      const lastAttempt = isLastAttempt(job) || error instanceof UnrecoverableError;
      const message = describe(error);
      if (lastAttempt) {
        const failed = await store.transition(tripId, ['running'], {
          status: 'failed',
          error: { code: 'worker-error', message: `planning failed: ${message}`, reasons: [message] },
        });
        await finish(failed, `planning failed: ${message}`);
      } else {
        await events.append(tripId, {
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

  const lockDuration = options.lockDurationMs ?? 30_000;
  const worker = new Worker<JobPayload<'plan'>>('plan', processor, {
    connection: options.connection,
    prefix: bullPrefix(options.prefix),
    concurrency: options.concurrency ?? 8,
    lockDuration,
    // Check for stalled jobs as often as a lock can expire, so a crashed worker costs ~one lock.
    stalledInterval: lockDuration,
    // A job whose worker died twice is still worth a third try: its checkpoints make it cheap.
    maxStalledCount: 3,
  });
  worker.on('error', (error) => logger.error({ err: error }, 'plan worker error'));
  worker.on('failed', (job, error) => logger.warn({ jobId: job?.id, err: error }, 'plan job failed'));

  const unsubscribe = await subscribeCancels(options.subscriber, options.prefix, (tripId) => {
    const jobId = activeJobs.get(tripId);
    if (jobId) worker.cancelJob(jobId, 'cancelled by the user');
  });

  return {
    worker,
    async close() {
      await unsubscribe();
      await worker.close();
    },
  };
}
