import { PassThrough } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import { FINAL_STATUSES, type TripStatus } from '../trips/trip.schema.js';
import type { StoredTripEvent, TripEvents } from '../trips/trip-events.js';

/** Replay reads this many entries per round trip; streams are capped at 2,000 anyway. */
const REPLAY_PAGE = 500;

export interface TripEventStreamOptions {
  events: TripEvents;
  tripId: string;
  /** Stream entry id to continue after ('0' = from the start). */
  after: string;
  /** Opened only for live following; the stream owns it and disconnects it at the end. */
  blocking: Redis;
  /** Longest silence before a heartbeat comment; also the XREAD block time. */
  heartbeatMs: number;
  log: FastifyBaseLogger;
}

export function isFinalEvent({ event }: StoredTripEvent): boolean {
  return event.type === 'status' && FINAL_STATUSES.includes(event.status as TripStatus);
}

/** The SSE frame of one event; its `id:` is the stream entry id, so Last-Event-ID resumes exactly. */
export function sseFrame({ id, event }: StoredTripEvent): string {
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Every event after `after`, in order, for a trip that is already final (nothing more will come). */
export async function readAllAfter(events: TripEvents, tripId: string, after: string) {
  const all: StoredTripEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await events.range(tripId, cursor, REPLAY_PAGE);
    all.push(...page);
    const last = page.at(-1);
    if (!last || page.length < REPLAY_PAGE) return all;
    cursor = last.id;
  }
}

/** An open event stream; `close()` ends it from the server side (shutdown). */
export interface OpenTripEventStream {
  body: PassThrough;
  close(): void;
  done: Promise<void>;
}

/**
 * Replays the trip's events after `after`, then follows live ones with blocking XREAD on a
 * dedicated connection, and ends after the final status event. Between events the XREAD timeout
 * paces the heartbeats, so there are no timers. A client that goes away destroys `body`, which
 * disconnects the blocking connection and so interrupts the pending XREAD at once.
 */
export function openTripEventStream(options: TripEventStreamOptions): OpenTripEventStream {
  const { events, tripId, blocking, log } = options;
  const body = new PassThrough();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    blocking.disconnect();
    if (!body.destroyed && !body.writableEnded) body.end();
  };
  body.on('close', close);
  const write = (chunk: string) => {
    if (!closed && !body.destroyed) body.write(chunk);
  };

  const pump = async () => {
    // Sent first so headers flush now and EventSource clients learn the reconnection delay.
    write(`retry: ${Math.min(options.heartbeatMs, 5000)}\n\n`);
    let cursor = options.after;
    for (;;) {
      const page = await events.range(tripId, cursor, REPLAY_PAGE);
      for (const entry of page) {
        write(sseFrame(entry));
        cursor = entry.id;
        if (isFinalEvent(entry)) return;
      }
      if (page.length < REPLAY_PAGE) break;
    }
    while (!closed) {
      const batch = await events.follow(blocking, tripId, cursor, options.heartbeatMs);
      if (batch.length === 0) write(': heartbeat\n\n');
      for (const entry of batch) {
        write(sseFrame(entry));
        cursor = entry.id;
        if (isFinalEvent(entry)) return;
      }
    }
  };

  const done = pump()
    .catch((error: unknown) => {
      // A disconnect we caused rejects the pending XREAD; anything else is a real failure.
      if (!closed) log.warn({ err: error, tripId }, 'event stream failed; closing it');
    })
    .finally(close);
  return { body, close, done };
}
