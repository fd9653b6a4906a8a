import type { Plan } from '../../tools/domain/plan.schema.js';
import type { Queues } from '../jobs/queues.js';
import { enqueueNotification } from '../notify/enqueue-notification.js';
import type { NotifyStores } from '../notify/notify-stores.js';
import type { RedisClient } from '../runtime/redis-client.js';
import { departureMs } from '../trips/departure.js';
import type { PlanVersionStore } from '../trips/plan-versions.js';
import type { TripRecord } from '../trips/trip.schema.js';
import type { TripEvents } from '../trips/trip-events.js';
import type { TripStore } from '../trips/trip-store.js';
import { type WatchEndReason, WatchSettings, type WatchState } from './watch.schema.js';
import { WatchScheduler } from './watch-scheduler.js';

export type WatchEvent = 'replanned' | 'needs_attention' | 'watch_ended';

export interface WatchesDeps {
  store: TripStore;
  events: TripEvents;
  versions: PlanVersionStore;
  scheduler: WatchScheduler;
  queues: Pick<Queues, 'notify'>;
  notifyStores: NotifyStores;
  /** Injected so tests control when a trip "departs". */
  now?: () => Date;
}

/** Watches end when the trip starts: midnight UTC of its first day (one rule with retention). */
export { departureMs } from '../trips/departure.js';

/**
 * A watched trip's lifecycle: starting the watch when a plan completes (version 1), changing or
 * stopping it, ending it at departure or cancellation, and telling the tenant's webhook.
 */
export class Watches {
  constructor(private readonly deps: WatchesDeps) {}

  now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }

  /** Whether the trip has started: its watch is over. */
  hasDeparted(plan: Plan): boolean {
    return departureMs(plan) <= this.now().getTime();
  }

  /**
   * Starts the re-checks of a plan that is about to complete and returns the watch to store with
   * it, so the completion writes the trip, version 1 and its watch in one step; null when the
   * trip has already departed. Idempotent: the scheduler is upserted by trip id.
   */
  async schedule(
    tripId: string,
    plan: Plan,
    settings: WatchSettings = WatchSettings.parse({}),
  ): Promise<WatchState | null> {
    if (this.hasDeparted(plan)) return null;
    await this.deps.scheduler.upsert(tripId, settings, departureMs(plan));
    return {
      status: 'active',
      settings,
      startedAt: this.now().toISOString(),
      endedAt: null,
      endedReason: null,
      checks: 0,
      lastCheck: null,
      weatherBaseline: {},
    };
  }

  /** Sets or changes a trip's watch (PUT /v1/trips/:id/watch). */
  async start(
    tripId: string,
    settings: WatchSettings,
    plan: Plan,
    extra: Partial<TripRecord> = {},
  ): Promise<TripRecord | null> {
    await this.deps.scheduler.upsert(tripId, settings, departureMs(plan));
    const now = this.now().toISOString();
    const { trip } = await this.deps.store.transition(tripId, ['completed'], (current) => ({
      ...extra,
      watch: {
        status: 'active',
        settings,
        startedAt: current.watch?.status === 'active' ? current.watch.startedAt : now,
        endedAt: null,
        endedReason: null,
        checks: current.watch?.checks ?? 0,
        lastCheck: current.watch?.lastCheck ?? null,
        weatherBaseline: current.watch?.weatherBaseline ?? {},
      } satisfies WatchState,
    }));
    return trip;
  }

  /**
   * Ends a watch for good: no more re-checks, one watch_ended event and notification (its
   * delivery id is per trip, so two schedulers ending the same watch notify once).
   */
  async end(tripId: string, reason: WatchEndReason): Promise<void> {
    await this.deps.scheduler.remove(tripId);
    const now = this.now().toISOString();
    const result = await this.deps.store.transition(
      tripId,
      ['completed', 'cancelled'],
      (trip) => ({
        watch: trip.watch && { ...trip.watch, status: 'ended', endedAt: now, endedReason: reason },
      }),
      (trip) => trip.watch?.status === 'active',
    );
    if (!result.applied || !result.trip) return;
    await this.deps.events.append(tripId, { type: 'watch', message: `watch ended: ${reason}` });
    await this.notify(result.trip, 'watch_ended', `${tripId}.watch_ended`, { reason });
  }

  /** Queues a webhook delivery; a tenant without a webhook (or this event) gets none. */
  async notify(
    trip: TripRecord,
    event: WatchEvent,
    deliveryId: string,
    data: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    await enqueueNotification(
      this.deps.queues.notify,
      { tenantId: trip.tenantId, tripId: trip.id, event, deliveryId, data },
      this.deps.notifyStores,
    );
  }
}

/** The watch scheduler and lifecycle over one Redis namespace, as every process builds them. */
export function createWatches(
  redis: RedisClient,
  prefix: string,
  deps: Omit<WatchesDeps, 'scheduler' | 'queues'> & { queues: Pick<Queues, 'notify' | 'replan'> },
): { scheduler: WatchScheduler; watches: Watches } {
  const scheduler = new WatchScheduler(deps.queues, redis, prefix);
  return { scheduler, watches: new Watches({ ...deps, scheduler }) };
}
