import { z } from 'zod';
import { ClarifyAnswer } from '../../graphs/nodes/clarify.node.js';
import { IsoDate } from '../../tools/domain/common.schema.js';
import { Plan } from '../../tools/domain/plan.schema.js';
import { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { TripUsage } from '../../tools/domain/usage.schema.js';
import { TripAttention, WatchState } from '../watch/watch.schema.js';

export const TripStatus = z.enum(['queued', 'running', 'needs_input', 'completed', 'failed', 'cancelled']);
export type TripStatus = z.infer<typeof TripStatus>;

/** Statuses a trip never leaves. */
export const FINAL_STATUSES: readonly TripStatus[] = ['completed', 'failed', 'cancelled'];

export const TripId = z.string().regex(/^trp_[0-9a-z]{20,40}$/, 'expected a trip id like trp_…');

export const TripError = z.object({ code: z.string(), message: z.string(), reasons: z.array(z.string()) });
export type TripError = z.infer<typeof TripError>;

export const TripQuestion = z.object({
  question: z.string(),
  missing: z.array(z.string()),
  /** Stated values that cannot be planned as written, each with the field and why (see RequestProblem); absent on older trips. */
  problems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  /** What the request was understood as, and what was not understood (also said in `question`). */
  notes: z.array(z.string()).optional(),
  warnings: z.array(z.string()).optional(),
  /** Destinations that fit a request naming none ("somewhere warm"), each with why; absent when none. */
  ideas: z
    .array(z.object({ city: z.string(), region: z.string(), country: z.string(), why: z.string() }))
    .optional(),
});
export type TripQuestion = z.infer<typeof TripQuestion>;

/** A trip as stored in Redis and returned by the API. */
export const TripRecord = z.object({
  id: TripId,
  tenantId: z.string(),
  status: TripStatus,
  request: TripRequest,
  /** Dates without a year resolve against this; fixed at submission so retries replay exactly. */
  today: IsoDate,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  question: TripQuestion.nullable(),
  plan: Plan.nullable(),
  error: TripError.nullable(),
  /**
   * Model calls, tokens and (when priced) cost of every agent run so far, whatever the outcome
   * (failed and needs_input trips too); null until the worker records an outcome, and on trips
   * stored before usage was recorded.
   */
  usage: TripUsage.nullable().default(null),
  /** Answers to the trip's questions, in order (the worker resumes the graph with the newest). */
  answers: z.array(ClarifyAnswer),
  /** The version `plan` is (GET /v1/trips/:id/versions lists them all); 0 before the first plan. */
  planVersion: z.number().int().min(0).default(0),
  /** The scheduled re-checks of a completed plan until departure; null before completion. */
  watch: WatchState.nullable().default(null),
  /** The current plan broke and no valid repair exists: the user should look. */
  attention: TripAttention.nullable().default(null),
});
export type TripRecord = z.infer<typeof TripRecord>;

/** A trip just accepted: queued, with nothing planned, asked, answered or watched yet. */
export function newTripRecord(
  fields: Pick<TripRecord, 'id' | 'tenantId' | 'request' | 'today' | 'createdAt'>,
): TripRecord {
  return {
    ...fields,
    status: 'queued',
    updatedAt: fields.createdAt,
    question: null,
    plan: null,
    error: null,
    usage: null,
    answers: [],
    planVersion: 0,
    watch: null,
    attention: null,
  };
}

/** A trip as its tenant sees it (the API never shows whose it is). */
export const PublicTrip = TripRecord.omit({ tenantId: true });
export type PublicTrip = z.infer<typeof PublicTrip>;
