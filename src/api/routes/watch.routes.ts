import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TripRecord } from '../../trips/trip.schema.js';
import type { TripStore } from '../../trips/trip-store.js';
import { WatchSettings, WatchState } from '../../watch/watch.schema.js';
import type { WatchScheduler } from '../../watch/watch-scheduler.js';
import type { Watches } from '../../watch/watches.js';
import { ApiError, notFound } from '../api-error.js';
import { errorResponses, TripIdParams } from '../api-schemas.js';

const SECURITY = [{ apiKey: [] }];

const WatchView = z.object({ tripId: z.string(), watch: WatchState });
const CheckQueued = z.object({ tripId: z.string(), jobId: z.string() });

export interface WatchRoutesOptions {
  store: TripStore;
  watches: Watches;
  scheduler: WatchScheduler;
}

/** Watches of planned trips: read, set or change the schedule and thresholds, stop, check now. */
export const watchRoutes: FastifyPluginAsyncZod<WatchRoutesOptions> = async (
  app,
  { store, watches, scheduler },
) => {
  const tripOf = async (tenantId: string, id: string): Promise<TripRecord> => {
    const trip = await store.getForTenant(tenantId, id);
    if (!trip) throw notFound('trip');
    return trip;
  };
  const watchable = (trip: TripRecord) => {
    if (trip.status !== 'completed' || !trip.plan) {
      throw new ApiError(409, 'conflict', `only a planned trip can be watched; this one is ${trip.status}`);
    }
    if (watches.hasDeparted(trip.plan)) {
      throw new ApiError(
        409,
        'conflict',
        `the trip started on ${trip.plan.spec.startDate}; watches end at departure`,
      );
    }
    return trip.plan;
  };

  app.get(
    '/trips/:id/watch',
    {
      schema: {
        summary: "A planned trip's watch: schedule, thresholds, the last check",
        tags: ['watch'],
        security: SECURITY,
        params: TripIdParams,
        response: { 200: WatchView, ...errorResponses(400, 401, 404, 429, 503) },
      },
    },
    async (request) => {
      const trip = await tripOf(request.tenantId, request.params.id);
      if (!trip.watch) throw new ApiError(404, 'not_found', 'this trip is not watched (it has no plan yet)');
      return { tripId: trip.id, watch: trip.watch };
    },
  );

  app.put(
    '/trips/:id/watch',
    {
      schema: {
        summary: 'Set or change how a planned trip is watched',
        description:
          'Re-checks run every `everyMinutes` (default 360) or on a UTC `cron` pattern until the trip starts. ' +
          'A leg, stay or total that got dearer by `priceChangePct` (default 10) is re-shopped; with `weather` ' +
          '(default true) days that turn wet get indoor plans.',
        tags: ['watch'],
        security: SECURITY,
        params: TripIdParams,
        body: WatchSettings,
        response: { 200: WatchView, ...errorResponses(400, 401, 404, 409, 429, 503) },
      },
    },
    async (request) => {
      const plan = watchable(await tripOf(request.tenantId, request.params.id));
      const trip = await watches.start(request.params.id, request.body, plan).catch((error: unknown) => {
        // BullMQ's cron parser has the last word on a pattern our shape check let through.
        throw new ApiError(400, 'validation_failed', `invalid schedule: ${(error as Error).message}`);
      });
      if (!trip?.watch)
        throw new ApiError(409, 'conflict', 'the trip changed while the watch was set; retry');
      return { tripId: trip.id, watch: trip.watch };
    },
  );

  app.delete(
    '/trips/:id/watch',
    {
      schema: {
        summary: 'Stop watching a planned trip',
        tags: ['watch'],
        security: SECURITY,
        params: TripIdParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 404, 429, 503) },
      },
    },
    async (request, reply) => {
      await tripOf(request.tenantId, request.params.id);
      await watches.end(request.params.id, 'stopped');
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/trips/:id/watch/check',
    {
      schema: {
        summary: 'Re-check a watched trip now',
        description: 'Queues one re-check outside the schedule; a repair, if any, appears as a new version.',
        tags: ['watch'],
        security: SECURITY,
        params: TripIdParams,
        response: { 202: CheckQueued, ...errorResponses(400, 401, 404, 409, 429, 503) },
      },
    },
    async (request, reply) => {
      const trip = await tripOf(request.tenantId, request.params.id);
      if (trip.watch?.status !== 'active') throw new ApiError(409, 'conflict', 'this trip is not watched');
      const jobId = await scheduler.checkNow(trip.id);
      return reply.code(202).send({ tripId: trip.id, jobId });
    },
  );
};
