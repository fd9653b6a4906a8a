import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RedisClient } from '../../runtime/redis-client.js';
import { FINAL_STATUSES } from '../../trips/trip.schema.js';
import type { TripEvents } from '../../trips/trip-events.js';
import type { TripStore } from '../../trips/trip-store.js';
import { ApiError, notFound } from '../api-error.js';
import { EventsHeaders, EventsQuery, errorResponses, TripIdParams } from '../api-schemas.js';
import { TripEventHub } from '../trip-event-hub.js';
import {
  type OpenTripEventStream,
  openTripEventStream,
  readAllAfter,
  sseFrame,
} from '../trip-event-stream.js';

export interface EventsRoutesOptions {
  /** Command connection (the shared reader's snapshots and wake-ups). */
  redis: RedisClient;
  store: TripStore;
  events: TripEvents;
  /** The one blocking connection of the shared reader; asked for again only after it was dropped. */
  blockingRedisFactory: () => RedisClient;
  heartbeatMs: number;
  /** Open streams one tenant may hold in this process; the next is a 429. Default 20. */
  maxStreamsPerTenant?: number;
  /** A stream of a queued or needs_input trip ends after this long without events. Default 300 000 ms. */
  idleMs?: number;
}

/** Trips in these states wait on someone else (a free worker, the traveller's answer). */
const WAITING_STATUSES = new Set(['queued', 'needs_input']);
/** What a client over its stream cap is asked to wait: about as long as a stream takes to notice a leaver. */
const STREAM_CAP_RETRY_AFTER_S = 10;

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  // Reverse proxies (nginx) would otherwise buffer the stream and delay every event.
  'x-accel-buffering': 'no',
};

export const eventsRoutes: FastifyPluginAsyncZod<EventsRoutesOptions> = async (app, options) => {
  const open = new Set<OpenTripEventStream>();
  const perTenant = new Map<string, number>();
  const maxPerTenant = options.maxStreamsPerTenant ?? 20;
  const hub = new TripEventHub({
    redis: options.redis,
    events: options.events,
    connect: options.blockingRedisFactory,
    heartbeatMs: options.heartbeatMs,
    log: app.log,
  });
  // Live streams never end on their own before the trip does; shutdown ends them so close() returns,
  // and a stream still being set up when shutdown began ends as soon as it is open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    for (const stream of open) stream.close();
    hub.close();
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
          'trip with nothing left to replay answers 204, which tells EventSource to stop reconnecting. ' +
          `A tenant may hold ${maxPerTenant} open streams per API process (then 429 with Retry-After). A ` +
          'stream of a queued or needs_input trip that stays quiet ends with an `idle` event and a `retry:` ' +
          'hint; reconnect with Last-Event-ID to follow on.',
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

      const { tenantId } = request;
      const holding = perTenant.get(tenantId) ?? 0;
      if (holding >= maxPerTenant) {
        throw new ApiError(
          429,
          'rate_limited',
          `at most ${maxPerTenant} open event streams per tenant; close one or retry later`,
          { headers: { 'retry-after': String(STREAM_CAP_RETRY_AFTER_S) } },
        );
      }
      perTenant.set(tenantId, holding + 1);
      const stream = openTripEventStream({
        events: options.events,
        hub,
        tripId: trip.id,
        after,
        idleMs: options.idleMs ?? 300_000,
        isWaiting: async () => WAITING_STATUSES.has((await options.store.get(trip.id))?.status ?? ''),
        reconnectMs: Math.min(options.heartbeatMs, 5000),
        log: request.log,
      });
      open.add(stream);
      if (closing) stream.close();
      void stream.done.finally(() => {
        open.delete(stream);
        const left = (perTenant.get(tenantId) ?? 1) - 1;
        if (left > 0) perTenant.set(tenantId, left);
        else perTenant.delete(tenantId);
      });
      // The schema documents the stream's text; the type provider cannot express a stream body.
      return reply.headers(SSE_HEADERS).send(stream.body as unknown as string);
    },
  );
};
