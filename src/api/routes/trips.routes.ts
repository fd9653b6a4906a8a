import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requestBoundsProblems } from '../../../tools/domain/request-bounds.js';
import { MAX_TRAVELLERS, MAX_TRIP_DAYS, type TripFields } from '../../../tools/domain/trip-spec.schema.js';
import {
  answerTrip,
  type CommandResult,
  cancelTrip,
  submitTrip,
  type TripCommandDeps,
} from '../../trips/trip-commands.js';
import { ApiError, notFound } from '../api-error.js';
import {
  ClarifyAnswerBody,
  decodeCursor,
  encodeCursor,
  errorResponses,
  ListQuery,
  SubmitHeaders,
  TripAccepted,
  TripIdParams,
  TripPage,
  TripRequestBody,
  TripView,
  toTripSummary,
  toTripView,
  tripLinks,
} from '../api-schemas.js';

const SECURITY = [{ apiKey: [] }];

/** Key order never matters when telling whether a retried submission is the same request. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function accepted(trip: { id: string; status: z.infer<typeof TripAccepted>['status'] }) {
  return { id: trip.id, status: trip.status, links: tripLinks(trip.id) };
}

/**
 * Structured fields outside the plannable bounds (a start in the past or beyond the horizon, an
 * open-jaw trip without its end) are refused at submit, naming the field, before anything is
 * queued; the schema has already refused party sizes, lengths and budgets that are no amounts.
 */
function refuseOutOfBounds(fields: TripFields | undefined, today: string, horizonDays: number | undefined) {
  if (!fields) return;
  const problems = requestBoundsProblems(fields, {
    today,
    horizonDays,
    maxTravellers: MAX_TRAVELLERS,
    maxDays: MAX_TRIP_DAYS,
  });
  const first = problems[0];
  if (!first) return;
  throw new ApiError(400, 'validation_failed', `invalid body (fields.${first.field}: ${first.message})`, {
    issues: problems.map((p) => ({ in: 'body', path: `fields.${p.field}`, message: p.message })),
  });
}

const serverToday = () => new Date().toISOString().slice(0, 10);

/** A trip of another tenant and a missing trip answer alike: existence is never revealed. */
function unwrap(result: CommandResult) {
  if (result.ok) return result.trip;
  if (result.reason === 'not-found') throw notFound('trip');
  throw new ApiError(409, 'conflict', result.message);
}

export const tripsRoutes: FastifyPluginAsyncZod<{
  deps: TripCommandDeps & { allowedModels?: readonly string[]; requestHorizonDays?: number };
}> = async (app, { deps }) => {
  app.post(
    '/trips',
    {
      schema: {
        summary: 'Submit a trip request',
        description:
          'Queues planning and answers 202. With an Idempotency-Key, a repeat from the same tenant within ' +
          '24 h answers 200 with the same trip (header Idempotent-Replayed: true) and queues nothing; ' +
          'reusing the key for a different request is 422.',
        tags: ['trips'],
        security: SECURITY,
        headers: SubmitHeaders,
        body: TripRequestBody,
        response: {
          202: TripAccepted.describe('Accepted and queued'),
          200: TripAccepted.describe('Idempotent replay: the trip created by the first request'),
          ...errorResponses(400, 401, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const model = request.body.model;
      if (model !== undefined && !(deps.allowedModels ?? []).includes(model)) {
        const allowed = (deps.allowedModels ?? []).join(', ') || 'none';
        throw new ApiError(
          400,
          'model_not_allowed',
          `model "${model}" is not allowed; choose one of: ${allowed}`,
        );
      }
      refuseOutOfBounds(request.body.fields, (deps.today ?? serverToday)(), deps.requestHorizonDays);
      const { trip, created } = await submitTrip(deps, request.tenantId, request.body, key);
      if (!created && canonical(trip.request) !== canonical(request.body)) {
        throw new ApiError(
          422,
          'idempotency_mismatch',
          `Idempotency-Key "${key}" was already used for a different request (trip ${trip.id})`,
        );
      }
      reply.header('location', tripLinks(trip.id).self);
      if (!created) reply.header('idempotent-replayed', 'true');
      return reply.code(created ? 202 : 200).send(accepted(trip));
    },
  );

  app.get(
    '/trips',
    {
      schema: {
        summary: "List the caller's trips, newest first",
        tags: ['trips'],
        security: SECURITY,
        querystring: ListQuery,
        response: { 200: TripPage, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const after = cursor === undefined ? undefined : decodeCursor(cursor);
      const page = await deps.store.list(request.tenantId, {
        limit,
        before: after?.s,
        beforeId: after?.i,
      });
      return {
        trips: page.trips.map(toTripSummary),
        nextCursor:
          page.nextBefore === null || page.nextBeforeId === null
            ? null
            : encodeCursor(page.nextBefore, page.nextBeforeId),
      };
    },
  );

  app.get(
    '/trips/:id',
    {
      schema: {
        summary: 'A trip: its status, and the plan, error or question when there is one',
        tags: ['trips'],
        security: SECURITY,
        params: TripIdParams,
        response: { 200: TripView, ...errorResponses(400, 401, 404, 429, 503) },
      },
    },
    async (request) => {
      const trip = await deps.store.getForTenant(request.tenantId, request.params.id);
      if (!trip) throw notFound('trip');
      return toTripView(trip);
    },
  );

  app.post(
    '/trips/:id/resume',
    {
      schema: {
        summary: 'Answer the question of a trip that needs input',
        tags: ['trips'],
        security: SECURITY,
        params: TripIdParams,
        body: ClarifyAnswerBody,
        response: { 202: TripAccepted, ...errorResponses(400, 401, 404, 409, 413, 415, 429, 503) },
      },
    },
    async (request, reply) => {
      const trip = unwrap(await answerTrip(deps, request.tenantId, request.params.id, request.body));
      return reply.code(202).send(accepted(trip));
    },
  );

  app.post(
    '/trips/:id/cancel',
    {
      schema: {
        summary: 'Cancel a trip that has not finished',
        tags: ['trips'],
        security: SECURITY,
        params: TripIdParams,
        response: { 200: TripAccepted, ...errorResponses(400, 401, 404, 409, 429, 503) },
      },
    },
    async (request) => accepted(unwrap(await cancelTrip(deps, request.tenantId, request.params.id))),
  );
};
