import type { DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
import { DeliveryId, NotificationData, WebhookEvent } from '../notify/webhook.schema.js';
import { TenantId } from '../tenancy/api-keys.js';
import { TripId } from '../trips/trip.schema.js';

/**
 * Every queue, its payload schema and retry policy. Producers and processors derive their types
 * from here; processors re-validate payloads because a queue outlives any one code version.
 */
export const JOB_CATALOG = {
  plan: {
    payload: z.object({
      tripId: TripId,
      /** 'start' plans from the request; 'answer' resumes a trip that asked a question. */
      kind: z.enum(['start', 'answer']),
    }),
    options: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  },
  replan: {
    payload: z.object({
      tripId: TripId,
      /** 'scheduled' comes from the trip's job scheduler; 'manual' from POST …/watch/check. */
      trigger: z.enum(['scheduled', 'manual']).default('scheduled'),
    }),
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: { count: 10_000 },
    },
  },
  notify: {
    payload: z.object({
      tenantId: TenantId,
      tripId: TripId,
      event: WebhookEvent,
      /** Also the job id: the same event enqueued twice is delivered once (see enqueueNotification). */
      deliveryId: DeliveryId,
      /** Sent as the body's `data` (e.g. version, sentence, reason). */
      data: NotificationData,
    }),
    options: {
      attempts: 8,
      // 'webhook' is the notify worker's own strategy (src/notify/retry-policy.ts): exponential ×4
      // from `delay` with jitter, capped at 6 h, and never sooner than a receiver's Retry-After.
      // The 8 attempts span about 10 h, long enough to ride out a receiver's outage.
      backoff: { type: 'webhook', delay: 10_000 },
      // The delivery history (src/notify/delivery-store.ts) is the lasting record, not these jobs.
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
    },
  },
} satisfies Record<string, { payload: z.ZodObject; options: DefaultJobOptions }>;

export type QueueName = keyof typeof JOB_CATALOG;
export type JobPayload<Q extends QueueName> = z.infer<(typeof JOB_CATALOG)[Q]['payload']>;

/** BullMQ job ids may not contain ':'; one start job per trip, one per answered question. */
export function planJobId(tripId: string, kind: 'start' | 'answer', sequence = 0): string {
  return kind === 'start' ? `${tripId}.start` : `${tripId}.answer.${sequence}`;
}

export function tripIdOfJob(jobId: string): string {
  return jobId.split('.')[0] ?? jobId;
}
