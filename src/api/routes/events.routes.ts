import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { FINAL_STATUSES } from '../../trips/trip.schema.js';
import type { TripEvents } from '../../trips/trip-events.js';
import type { TripStore } from '../../trips/trip-store.js';
import { notFound } from '../api-error.js';
import { EventsHeaders, EventsQuery, errorResponses, TripIdParams } from '../api-schemas.js';
import {
  type OpenTripEventStream,
  openTripEventStream,
  readAllAfter,
  sseFrame,
} from '../trip-event-stream.js';

export interface EventsRoutesOptions {
  store: TripStore;
  events: TripEvents;
  blockingRedisFactory: () => Redis;
  heartbeatMs: number;
}

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  // Reverse proxies (nginx) would otherwise buffer the stream and delay every event.
  'x-accel-buffering': 'no',
};

export const eventsRoutes: FastifyPluginAsyncZod<EventsRoutesOptions> = async (app, options) => {
  const open = new Set<OpenTripEventStream>();
  // Live streams never end on their own before the trip does; shutdown ends them so close() returns.
  app.addHook('preClose', async () => {
    for (const stream of open) stream.close();
  });

  app.get(
    '/trips/:id/events',
    {
      schema: {
        summary: "Server-Sent Events of a trip's progress",
        description:
          'Replays every event (or those after `Last-Event-ID` / `?after=`; the header wins), then follows ' +
          'live events and ends after the final status event (completed, failed, cancelled). Each `id:` ' +
          'is the Redis stream entry id, so resuming has no gaps or duplicates; `event:` is the type ' +
          '(status, node, agent); `data:` is the JSON event. Comment lines are heartbeats. A finished ' +
          'trip with nothing left to replay answers 204, which tells EventSource to stop reconnecting.',
        tags: ['trips'],
        security: [{ apiKey: [] }],
        params: TripIdParams,
        querystring: EventsQuery,
        headers: EventsHeaders,
        response: {
          200: { description: 'The event stream', content: { 'text/event-stream': { schema: z.string() } } },
          204: z.undefined().describe('The trip is final and there is nothing after Last-Event-ID'),
          ...errorResponses(400, 401, 404, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const trip = await options.store.getForTenant(request.tenantId, request.params.id);
      if (!trip) throw notFound('trip');
      const after = request.headers['last-event-id'] ?? request.query.after ?? '0';

      if (FINAL_STATUSES.includes(trip.status)) {
        // Nothing more will be appended: replay what is there without opening a blocking connection.
        const rest = await readAllAfter(options.events, trip.id, after);
        if (rest.length === 0) return reply.code(204).send();
        return reply.headers(SSE_HEADERS).send(rest.map(sseFrame).join(''));
      }

      const stream = openTripEventStream({
        events: options.events,
        tripId: trip.id,
        after,
        blocking: options.blockingRedisFactory(),
        heartbeatMs: options.heartbeatMs,
        log: request.log,
      });
      open.add(stream);
      void stream.done.finally(() => open.delete(stream));
      // The schema documents the stream's text; the type provider cannot express a stream body.
      return reply.headers(SSE_HEADERS).send(stream.body as unknown as string);
    },
  );
};
