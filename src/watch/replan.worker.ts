import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import type { RepairGraph } from '../../graphs/repair/repair-graph.js';
import { summarizeUsage } from '../../tools/domain/usage.js';
import type { ModelPrices } from '../../tools/domain/usage.schema.js';
import { JOB_CATALOG, type JobPayload } from '../jobs/job-catalog.js';
import { createQueueWorker, isLastAttempt, type QueueWorker } from '../jobs/worker-setup.js';
import { type RepairOutcome, runRepair } from '../planner/run-repair-graph.js';
import type { RedisClient } from '../runtime/redis-client.js';
import type { PlanVersionStore } from '../trips/plan-versions.js';
import type { TripEvents } from '../trips/trip-events.js';
import type { TripStore } from '../trips/trip-store.js';
import {
  isWatched,
  recordCheck,
  recordRepair,
  repairedPlan,
  syncToLatestVersion,
  versionReason,
  type WatchedTrip,
} from './check-records.js';
import type { Watches } from './watches.js';

export interface ReplanWorkerOptions {
  connection: RedisClient;
  prefix: string;
  store: TripStore;
  events: TripEvents;
  versions: PlanVersionStore;
  watches: Watches;
  graph: RepairGraph;
  logger: Logger;
  /** Drops a finished check's checkpoints (they only matter while it runs). */
  forgetThread: (threadId: string) => Promise<void>;
  prices?: ModelPrices;
  /** Re-checks run at once by this process. Default 4. */
  concurrency?: number;
  /** Job lock; a crashed worker's checks are taken over after about this long. Default 30 s. */
  lockDurationMs?: number;
  /** Worker deaths a check survives. Default 3 (see worker-setup.ts). */
  maxStalledCount?: number;
}

export type ReplanResult =
  | { status: 'skipped'; reason: string }
  | { status: 'ended'; reason: string }
  | { status: RepairOutcome['status']; version: number; superseded?: boolean };

/**
 * The `replan` queue's worker: re-checks a watched plan and repairs it through the repair graph.
 * Exactly one repair per change, however many schedulers, workers and manual checks race: a
 * repair of version N only lands by claiming version N+1 (HSETNX), and the trip only moves to a
 * version it claimed; the loser drops its repair.
 */
export function createReplanWorker(options: ReplanWorkerOptions): QueueWorker<'replan'> {
  const { store, versions, watches, logger } = options;

  const processor = async (job: Job<JobPayload<'replan'>>, _token?: string, signal?: AbortSignal) => {
    const payload = JOB_CATALOG.replan.payload.safeParse(job.data);
    if (!payload.success) throw new UnrecoverableError(`invalid replan payload: ${payload.error.message}`);
    const { tripId, trigger } = payload.data;
    const trip = await store.get(tripId);
    if (!trip || trip.status === 'cancelled') {
      await watches.end(tripId, 'cancelled');
      return { status: 'ended', reason: trip ? 'cancelled' : 'trip gone' } satisfies ReplanResult;
    }
    if (!isWatched(trip)) {
      return { status: 'skipped', reason: `trip is ${trip.status}, watch ${trip.watch?.status ?? 'none'}` };
    }
    if (watches.hasDeparted(trip.plan)) {
      await watches.end(tripId, 'departed');
      return { status: 'ended', reason: 'departed' } satisfies ReplanResult;
    }
    // A crash between claiming a version and moving the trip to it is finished here first.
    const watched = await syncToLatestVersion(store, versions, trip);
    const { watch, plan } = watched;
    const base = watched.planVersion;
    const threadId = `${tripId}.check.${job.id ?? job.timestamp}.v${base}`;
    const outcome = await runRepair(
      {
        graph: options.graph,
        threadId,
        signal,
        onProgress: (event) => void job.updateProgress({ last: event.message }).catch(() => {}),
      },
      {
        request: watched.request,
        today: watched.today,
        spec: plan.spec,
        basePlan: plan,
        thresholds: { priceChangePct: watch.settings.priceChangePct, weather: watch.settings.weather },
        weatherBefore: watch.weatherBaseline,
        keptPrices: watch.keptPrices ?? {},
      },
    );
    if (outcome.status === 'agent_failed') {
      // A retry resumes this check from its thread; after the last attempt nothing will.
      if (isLastAttempt(job)) await options.forgetThread(threadId).catch(() => {});
      throw new Error(outcome.message);
    }

    const result = await settle(watched, outcome, {
      checkId: job.id ?? threadId,
      trigger,
    });
    await options.forgetThread(threadId).catch((e) => logger.warn({ err: e, threadId }, 'check thread kept'));
    return result;
  };

  /** Stores what the check found: a check record, a new version, or attention needed. */
  const settle = async (
    trip: WatchedTrip,
    outcome: Exclude<RepairOutcome, { status: 'agent_failed' }>,
    context: { checkId: string; trigger: 'scheduled' | 'manual' },
  ): Promise<ReplanResult> => {
    const base = trip.planVersion;
    if (outcome.status === 'unchanged') {
      await recordCheck(options, trip, outcome);
      return { status: 'unchanged', version: base };
    }
    if (outcome.status === 'needs_attention') {
      const applied = await recordCheck(options, trip, outcome);
      // One notification per broken version, however many checks find it still broken.
      if (applied?.attention && applied.attention.version === base) {
        await watches.notify(applied, 'needs_attention', `${trip.id}.v${base}.needs_attention`, {
          version: base,
          message: outcome.failure.message,
          reasons: outcome.failure.reasons.join('; '),
        });
      }
      return { status: 'needs_attention', version: base };
    }
    const usage = summarizeUsage(outcome.agentRuns);
    const plan = repairedPlan(trip.plan, outcome, usage, options.prices);
    const reason = versionReason(outcome.recheck);
    const claimed = await versions.claim(trip.id, {
      version: base + 1,
      plan,
      reason,
      trigger: context.trigger === 'manual' ? 'manual' : 'replan',
      createdAt: new Date().toISOString(),
      checkId: context.checkId,
    });
    if (!claimed) {
      logger.info({ tripId: trip.id, version: base + 1 }, 'another check repaired this version first');
      return { status: 'repaired', version: base + 1, superseded: true };
    }
    const moved = await recordRepair(options, trip, plan, base + 1, outcome);
    if (moved) {
      await watches.notify(moved.trip, 'replanned', `${trip.id}.v${base + 1}.replanned`, {
        version: base + 1,
        previousVersion: base,
        reason,
        sentence: moved.sentence,
        total: plan.cost.total,
        currency: plan.cost.currency,
      });
    }
    return { status: 'repaired', version: base + 1 };
  };

  return createQueueWorker<'replan'>('replan', processor, {
    connection: options.connection,
    prefix: options.prefix,
    logger,
    concurrency: options.concurrency ?? 4,
    lockDurationMs: options.lockDurationMs,
    maxStalledCount: options.maxStalledCount,
  });
}
