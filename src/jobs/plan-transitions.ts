import type { Logger } from 'pino';
import type { TripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { priceUsage, summarizeUsage } from '../../tools/domain/usage.js';
import type { ModelPrices, TripUsage } from '../../tools/domain/usage.schema.js';
import type { PlanOutcome } from '../planner/plan-outcome.js';
import { FINAL_STATUSES, type TripRecord } from '../trips/trip.schema.js';
import type { TransitionResult, TripStore } from '../trips/trip-store.js';
import type { TripUsageLedger } from '../usage/trip-usage-ledger.js';
import type { UsageTotals } from '../usage/usage-totals.js';
import type { WatchState } from '../watch/watch.schema.js';

export interface PlanTransitionDeps {
  store: TripStore;
  graph: TripGraph;
  ledger: TripUsageLedger;
  logger: Logger;
  prices?: ModelPrices;
  usageTotals?: UsageTotals;
  /** Starts the re-checks of a plan about to complete; the watch is stored with the completion. */
  startWatch?: (tripId: string, plan: Plan) => Promise<WatchState | null>;
}

/**
 * The plan worker's status changes. Each is one TripStore transition with effects: the trip, its
 * status event, plan version 1 and the TTLs of all its keys are written in one step, so a worker
 * killed at any point and the worker that takes over end the trip the same way.
 */
export function createPlanTransitions(deps: PlanTransitionDeps) {
  const { store, logger } = deps;

  /**
   * Every model call of the trip, from the per-call record (which keeps the calls of a run that a
   * dead worker never finished); from the checkpointed agent runs for a trip that has no record.
   */
  const usageOf = async (tripId: string, finalState?: TripStateValue): Promise<TripUsage> => {
    const recorded = await deps.ledger.read(tripId);
    if (recorded) return priceUsage(recorded, deps.prices);
    const state =
      finalState ??
      ((await deps.graph.getState({ configurable: { thread_id: tripId } }))
        .values as Partial<TripStateValue>);
    return priceUsage(summarizeUsage(state.agentRuns ?? {}), deps.prices);
  };

  /**
   * Sums a trip's usage for /metrics once: only the write that made it final counts it (a retried
   * job finds it final and writes nothing). Best effort: lost counts must not fail a planned trip.
   */
  const count = async ({ applied, trip }: TransitionResult) => {
    if (!applied || !trip?.usage || !FINAL_STATUSES.includes(trip.status)) return;
    await deps.usageTotals
      ?.add(trip.usage)
      .catch((e) => logger.warn({ err: e, tripId: trip.id }, 'usage totals not updated'));
  };

  return {
    /** queued → running, with its event. */
    async start(tripId: string): Promise<TransitionResult> {
      const started = await store.transition(tripId, ['queued'], { status: 'running' }, undefined, {
        event: { message: 'planning' },
      });
      // A job taking over a running trip (its worker died) carries on from the checkpoints.
      if (!started.applied && started.trip?.status === 'running')
        return { applied: true, trip: started.trip };
      return started;
    },

    /** Records how the graph ended: completed, waiting for an answer, or failed. */
    async record(
      tripId: string,
      outcome: PlanOutcome,
      finalState?: TripStateValue,
    ): Promise<TransitionResult> {
      const from = ['running'] as const;
      const usage = await usageOf(tripId, finalState);
      if (outcome.status === 'completed') {
        const plan = { ...outcome.plan, usage };
        const watch = (await deps.startWatch?.(tripId, plan)) ?? null;
        const result = await store.transition(
          tripId,
          from,
          { status: 'completed', plan, error: null, usage, planVersion: 1, watch },
          undefined,
          {
            event: { message: outcome.plan.summary },
            firstVersion: (trip: TripRecord) => ({
              version: 1,
              plan,
              reason: 'initial plan',
              trigger: 'plan',
              createdAt: trip.updatedAt,
            }),
          },
        );
        await count(result);
        return result;
      }
      if (outcome.status === 'needs_input') {
        return store.transition(
          tripId,
          from,
          { status: 'needs_input', question: outcome.question, usage },
          undefined,
          { event: { message: outcome.question.question } },
        );
      }
      const result = await store.transition(
        tripId,
        from,
        {
          status: 'failed',
          plan: outcome.plan && { ...outcome.plan, usage },
          error: {
            code: outcome.failure.code,
            message: outcome.failure.message,
            reasons: outcome.failure.reasons,
          },
          usage,
        },
        undefined,
        { event: { message: outcome.failure.message } },
      );
      await count(result);
      return result;
    },

    /** The last attempt threw: the trip fails with what the worker saw. */
    async crash(tripId: string, message: string): Promise<TransitionResult> {
      const usage = await usageOf(tripId).catch(() => null);
      const text = `planning failed: ${message}`;
      const result = await store.transition(
        tripId,
        ['running'],
        { status: 'failed', error: { code: 'worker-error', message: text, reasons: [message] }, usage },
        undefined,
        { event: { message: text } },
      );
      await count(result);
      return result;
    },

    /**
     * The run was aborted: the trip is cancelled (by this worker if the API's cancel has not
     * landed yet). Retention is put on again either way: a checkpoint written by the aborted run
     * after the cancel made the planning thread persistent.
     */
    async cancelled(tripId: string): Promise<TransitionResult> {
      const result = await store.transition(
        tripId,
        ['running', 'queued'],
        { status: 'cancelled' },
        undefined,
        {
          event: { message: 'cancelled' },
        },
      );
      if (!result.applied && result.trip?.status === 'cancelled') await store.retain(result.trip);
      return result;
    },
  };
}

export type PlanTransitions = ReturnType<typeof createPlanTransitions>;
