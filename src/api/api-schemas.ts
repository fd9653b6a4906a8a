import { z } from 'zod';
import { ClarifyAnswer } from '../../graphs/nodes/clarify.node.js';
import { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { PublicTrip, TripId, TripRecord, TripStatus } from '../trips/trip.schema.js';
import { ApiError } from './api-error.js';

/** Strict at every level (see TripFields), so a misspelt field ("travelers") is a 400, not dropped. */
export const TripRequestBody = TripRequest;
export const ClarifyAnswerBody = ClarifyAnswer;

export const TripIdParams = z.object({ id: TripId });

export const TripLinks = z.object({
  self: z.string(),
  events: z.string(),
  resume: z.string(),
  cancel: z.string(),
});

export function tripLinks(id: string): z.infer<typeof TripLinks> {
  const self = `/v1/trips/${id}`;
  return { self, events: `${self}/events`, resume: `${self}/resume`, cancel: `${self}/cancel` };
}

/** What a command answers: enough to follow the trip. */
export const TripAccepted = z.object({ id: TripId, status: TripStatus, links: TripLinks });

/** A trip as its tenant sees it: the tenant id is implied by the key, so it is left out. */
export const TripView = PublicTrip.extend({ links: TripLinks });

export function toTripView(trip: TripRecord): z.infer<typeof TripView> {
  const { tenantId: _tenant, ...visible } = trip;
  return { ...visible, links: tripLinks(trip.id) };
}

export const TripSummary = TripRecord.pick({
  id: true,
  status: true,
  request: true,
  createdAt: true,
  updatedAt: true,
}).extend({
  /**
   * What became of the trip, in one line: the question it waits on, why it failed, or its plan's
   * summary; null while it is first planned and once cancelled.
   */
  headline: z.string().nullable(),
  links: TripLinks,
});

/** A trip's line in a list (see TripSummary). */
export function toTripSummary(trip: TripRecord): z.infer<typeof TripSummary> {
  const { id, status, request, createdAt, updatedAt } = trip;
  const headline =
    trip.status === 'needs_input'
      ? (trip.question?.question ?? null)
      : trip.status === 'failed'
        ? (trip.error?.message ?? null)
        : (trip.plan?.summary ?? null);
  return { id, status, request, createdAt, updatedAt, headline, links: tripLinks(id) };
}

export const TripPage = z.object({
  trips: z.array(TripSummary),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export const ListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

/** Opaque to clients; inside, the last trip's score and id (see TripStore.list). */
const Cursor = z.object({ s: z.number().int().nonnegative(), i: TripId });

export function encodeCursor(before: number, beforeId: string): string {
  return Buffer.from(JSON.stringify({ s: before, i: beforeId })).toString('base64url');
}

export function decodeCursor(cursor: string): z.infer<typeof Cursor> {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch (cause) {
    throw new ApiError(400, 'bad_request', 'invalid cursor: pass back a nextCursor exactly as received', {
      cause,
    });
  }
}

/** Redis stream entry ids ("1700000000000-0"); '0' means from the start. */
export const StreamId = z
  .string()
  .regex(/^(0|\d{1,20}-\d{1,20})$/, 'expected an event id like 1700000000000-0 (or 0 for all)');

export const EventsQuery = z.object({ after: StreamId.optional() }).strict();

/** Headers are open-ended; only the ones named here are checked. */
export const EventsHeaders = z.looseObject({ 'last-event-id': StreamId.optional() });

export const SubmitHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'expected 1-200 printable ASCII characters without spaces')
    .optional()
    .describe('Same tenant + same key within 24 h → the same trip (200 instead of 202).'),
});

export const ErrorBody = z.object({
  statusCode: z.number().int(),
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ in: z.string(), path: z.string(), message: z.string() })).optional(),
  requestId: z.string(),
});

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: issues in `issues`, each with its path (unknown fields are named; a value out of bounds — a start in the past or beyond the horizon, 0 or over 20 travellers, a budget that is no positive amount — says why)',
  401: 'Missing, malformed, unknown or revoked API key',
  404: 'No such trip for this tenant',
  409: 'The trip is not in a state that allows this',
  413: 'Body larger than the limit',
  415: 'Body is not application/json',
  422: 'Idempotency-Key reused with a different request',
  429: 'Rate limit exceeded; see Retry-After',
  503: 'Redis unavailable; see Retry-After',
};

/** Documented error responses for a route. */
export function errorResponses(...codes: number[]): Record<number, typeof ErrorBody> {
  return Object.fromEntries(codes.map((c) => [c, ErrorBody.describe(ERROR_DESCRIPTIONS[c] ?? 'Error')]));
}
