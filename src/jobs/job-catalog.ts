import type { DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
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
    payload: z.object({ tripId: TripId }),
    options: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: { count: 10_000 },
    },
  },
  notify: {
    payload: z.object({ tenantId: z.string(), tripId: TripId, event: z.string(), deliveryId: z.string() }),
    options: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: { count: 10_000 },
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
