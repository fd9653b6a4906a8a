import type { z } from 'zod';
import { ClarifyAnswer } from '../../graphs/nodes/clarify.node.js';
import type { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { publishCancel } from '../jobs/cancel-bus.js';
import { planJobId } from '../jobs/job-catalog.js';
import { enqueue, type Queues } from '../jobs/queues.js';
import type { RedisClient } from '../runtime/redis-client.js';
import { FINAL_STATUSES, newTripRecord, type TripRecord } from './trip.schema.js';
import type { TripEvents } from './trip-events.js';
import { newTripId } from './trip-ids.js';
import type { TripStore } from './trip-store.js';

/** What the commands need; built once per process. */
export interface TripCommandDeps {
  redis: RedisClient;
  prefix: string;
  store: TripStore;
  events: TripEvents;
  queues: Queues;
  /** Injected so tests and replays control "today". */
  today?: () => string;
  /** Ends a cancelled trip's watch (a planned trip is watched until it starts). */
  endWatch?: (tripId: string) => Promise<void>;
}

export type CommandResult =
  | { ok: true; trip: TripRecord; created?: boolean }
  | { ok: false; reason: 'not-found' | 'conflict'; message: string; trip?: TripRecord };

const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * Accepts a trip: stored first, then queued, so a crash between the two leaves a `queued` trip
 * that a resubmission with the same Idempotency-Key re-queues rather than losing it.
 */
export async function submitTrip(
  deps: TripCommandDeps,
  tenantId: string,
  request: TripRequest,
  idempotencyKey?: string,
): Promise<{ trip: TripRecord; created: boolean }> {
  const now = new Date().toISOString();
  const candidate = newTripRecord({
    id: newTripId(),
    tenantId,
    request,
    today: (deps.today ?? todayUtc)(),
    createdAt: now,
  });
  const { trip, created } = await deps.store.create(candidate, idempotencyKey);
  // The event first, so a stream never shows "running" before "queued"; then the job. Re-adding
  // an existing job id is a no-op in BullMQ, so a retried submission re-queues only a lost job.
  if (created)
    await deps.events.append(trip.id, { type: 'status', status: 'queued', message: 'trip accepted' });
  if (trip.status === 'queued') {
    await enqueue(deps.queues, 'plan', { tripId: trip.id, kind: 'start' }, planJobId(trip.id, 'start'));
  }
  return { trip, created };
}

/** Answers the question of a `needs_input` trip and queues the continuation. */
export async function answerTrip(
  deps: TripCommandDeps,
  tenantId: string,
  tripId: string,
  answer: z.infer<typeof ClarifyAnswer>,
): Promise<CommandResult> {
  const current = await deps.store.getForTenant(tenantId, tripId);
  if (!current) return { ok: false, reason: 'not-found', message: `no trip ${tripId}` };
  const parsed = ClarifyAnswer.parse(answer);
  const answers = [...current.answers, parsed];
  // Planning again: the trip's keys lose the TTLs of waiting in the same step.
  const result = await deps.store.transition(
    tripId,
    ['needs_input'],
    { status: 'queued', question: null, answers },
    undefined,
    { event: { message: 'answer received' } },
  );
  if (!result.applied || !result.trip) {
    return {
      ok: false,
      reason: 'conflict',
      message: `trip is ${current.status}, not waiting for an answer`,
      trip: current,
    };
  }
  await enqueue(deps.queues, 'plan', { tripId, kind: 'answer' }, planJobId(tripId, 'answer', answers.length));
  return { ok: true, trip: result.trip };
}

/**
 * Cancels a trip that has not finished (the worker holding it is told through the cancel bus), or
 * a planned trip that is still watched (the user is not going: its re-checks stop).
 */
export async function cancelTrip(
  deps: TripCommandDeps,
  tenantId: string,
  tripId: string,
): Promise<CommandResult> {
  const current = await deps.store.getForTenant(tenantId, tripId);
  if (!current) return { ok: false, reason: 'not-found', message: `no trip ${tripId}` };
  const watched = current.status === 'completed' && current.watch?.status === 'active';
  if (FINAL_STATUSES.includes(current.status) && !watched) {
    return { ok: false, reason: 'conflict', message: `trip is already ${current.status}`, trip: current };
  }
  // The event and the retention of every key of the trip land with the status (a trip cancelled
  // while waiting has no worker that would set them later).
  const result = await deps.store.transition(
    tripId,
    ['queued', 'running', 'needs_input', 'completed'],
    { status: 'cancelled' },
    (trip) => trip.status !== 'completed' || trip.watch?.status === 'active',
    { event: { message: 'cancelled by the user' } },
  );
  if (!result.applied || !result.trip) {
    return {
      ok: false,
      reason: 'conflict',
      message: `trip is already ${result.trip?.status ?? 'gone'}`,
      trip: result.trip ?? current,
    };
  }
  if (watched) await deps.endWatch?.(tripId);
  else await publishCancel(deps.redis, deps.prefix, tripId);
  return { ok: true, trip: (await deps.store.get(tripId)) ?? result.trip };
}
