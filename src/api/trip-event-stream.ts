import { PassThrough } from 'node:stream';
import type { FastifyBaseLogger } from 'fastify';
import { FINAL_STATUSES, type TripStatus } from '../trips/trip.schema.js';
import type { StoredTripEvent, TripEvents } from '../trips/trip-events.js';
import { compareStreamIds, type HubSubscriber, type TripEventHub } from './trip-event-hub.js';

/** Replay reads this many entries per round trip; streams are capped at 2,000 anyway. */
const REPLAY_PAGE = 500;

export interface TripEventStreamOptions {
  events: TripEvents;
  tripId: string;
  /** Stream entry id to continue after ('0' = from the start). */
  after: string;
  /** The process's shared reader of live events. */
  hub: TripEventHub;
  /** Ends a quiet stream after this long when `isWaiting` says the trip only waits. */
  idleMs: number;
  /** Whether the trip is waiting (queued, needs_input) rather than being worked on now. */
  isWaiting: () => Promise<boolean>;
  /** The `retry:` hint: how long EventSource waits before reconnecting. */
  reconnectMs: number;
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
 * Replays the trip's events after `after`, then follows live ones through the process's shared
 * reader (TripEventHub), and ends after the final status event. While the trip is only waiting
 * (queued, needs_input) and nothing has happened for `idleMs`, the stream ends with an `idle`
 * event and a `retry:` hint, so an idle follower holds no socket for days; EventSource reconnects
 * after the hint with Last-Event-ID and loses nothing.
 */
export function openTripEventStream(options: TripEventStreamOptions): OpenTripEventStream {
  const { events, hub, tripId, log } = options;
  const body = new PassThrough();
  let closed = false;
  let ended!: () => void;
  const finished = new Promise<void>((resolve) => {
    ended = resolve;
  });
  const close = () => {
    if (closed) return;
    closed = true;
    hub.leave(tripId, subscriber);
    if (!body.destroyed && !body.writableEnded) body.end();
    ended();
  };
  body.on('close', close);
  const write = (chunk: string) => {
    if (!closed && !body.destroyed) body.write(chunk);
  };

  let cursor = options.after === '0' ? '0-0' : options.after;
  let lastEventAt = Date.now();
  let checkingIdle = false;
  /** Writes an entry once and in order (replay and live may overlap); ends after the final one. */
  const emit = (entry: StoredTripEvent) => {
    if (closed || compareStreamIds(entry.id, cursor) <= 0) return;
    write(sseFrame(entry));
    cursor = entry.id;
    lastEventAt = Date.now();
    if (isFinalEvent(entry)) close();
  };
  let buffered: StoredTripEvent[] | null = [];
  const subscriber: HubSubscriber = {
    // Live entries wait while the replay runs, then go out after it.
    deliver: (entry) => (buffered ? buffered.push(entry) : emit(entry)),
    heartbeat: (now) => {
      write(': heartbeat\n\n');
      if (checkingIdle || now - lastEventAt < options.idleMs) return;
      checkingIdle = true;
      void options
        .isWaiting()
        .then((waiting) => {
          if (!waiting || closed) return;
          const seconds = Math.round(options.idleMs / 1000);
          const idle = { type: 'idle', message: `nothing happened for ${seconds} s; reconnect to follow on` };
          write(`retry: ${options.reconnectMs}\nevent: idle\ndata: ${JSON.stringify(idle)}\n\n`);
          close();
        })
        .catch((error: unknown) => log.warn({ err: error, tripId }, 'could not check an idle stream'))
        .finally(() => {
          checkingIdle = false;
          lastEventAt = Date.now();
        });
    },
    abort: (error) => {
      if (!closed) log.warn({ err: error, tripId }, 'event stream reader failed; closing the stream');
      close();
    },
  };

  const pump = async () => {
    // Sent first so headers flush now and EventSource clients learn the reconnection delay.
    write(`retry: ${options.reconnectMs}\n\n`);
    await hub.join(tripId, subscriber);
    // Closed while joining (the client left, or shutdown): the leave in close() came too early.
    if (closed) hub.leave(tripId, subscriber);
    // Everything up to where the hub's deliveries start (and possibly beyond: emit skips repeats).
    for (;;) {
      const page = await events.range(tripId, cursor === '0-0' ? '0' : cursor, REPLAY_PAGE);
      for (const entry of page) emit(entry);
      if (closed || page.length < REPLAY_PAGE) break;
    }
    const live = buffered ?? [];
    buffered = null;
    for (const entry of live) emit(entry);
    await finished;
  };

  const done = pump()
    .catch((error: unknown) => {
      if (!closed) log.warn({ err: error, tripId }, 'event stream failed; closing it');
    })
    .finally(close);
  return { body, close, done };
}
