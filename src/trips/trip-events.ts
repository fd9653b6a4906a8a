import type { ChainableCommander } from 'ioredis';
import { z } from 'zod';
import { hashTag, type RedisClient } from '../runtime/redis-client.js';

/** A line of a trip's progress, as kept in its Redis stream and sent over SSE. */
export const TripEvent = z.object({
  /** 'watch': a re-check of a completed plan (new version, attention needed, watch ended). */
  type: z.enum(['status', 'node', 'agent', 'watch']),
  message: z.string(),
  status: z.string().optional(),
  agent: z.string().optional(),
  node: z.string().optional(),
  at: z.iso.datetime(),
});
export type TripEvent = z.infer<typeof TripEvent>;

export interface StoredTripEvent {
  /** The stream entry id ("1700000000000-0"), usable as SSE Last-Event-ID. */
  id: string;
  event: TripEvent;
}

/** Streams are capped so a chatty model cannot grow Redis without bound. */
export const MAX_EVENTS_PER_TRIP = 2000;

export function tripEventsKey(prefix: string, tripId: string): string {
  return `${prefix}events:${hashTag(tripId)}`;
}

/** An event as stored: stamped with the time and checked against the schema. */
export function encodeTripEvent(event: Omit<TripEvent, 'at'>): string {
  return JSON.stringify(TripEvent.parse({ ...event, at: new Date().toISOString() }));
}

function decode(entries: [string, string[]][]): StoredTripEvent[] {
  return entries.map(([id, fields]) => ({ id, event: TripEvent.parse(JSON.parse(fields[1] ?? '{}')) }));
}

/** Per-trip progress in a Redis stream: replayable from any id, followable live. */
export class TripEvents {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  key(tripId: string): string {
    return tripEventsKey(this.prefix, tripId);
  }

  async append(tripId: string, event: Omit<TripEvent, 'at'>): Promise<string> {
    const id = await this.redis.xadd(
      this.key(tripId),
      'MAXLEN',
      '~',
      MAX_EVENTS_PER_TRIP,
      '*',
      'e',
      encodeTripEvent(event),
    );
    return id ?? '';
  }

  /** Queues the append of `event` on `multi` (a MULTI or pipeline under the trip's hash tag). */
  queue(multi: ChainableCommander, tripId: string, event: Omit<TripEvent, 'at'>): void {
    multi.xadd(this.key(tripId), 'MAXLEN', '~', MAX_EVENTS_PER_TRIP, '*', 'e', encodeTripEvent(event));
  }

  /**
   * Appends `event` and whatever `also` queues in one MULTI, so both land or neither does (a model
   * call's progress line and its usage record).
   */
  async appendWith(
    tripId: string,
    event: Omit<TripEvent, 'at'>,
    also: (multi: ChainableCommander) => void,
  ): Promise<void> {
    const multi = this.redis
      .multi()
      .xadd(this.key(tripId), 'MAXLEN', '~', MAX_EVENTS_PER_TRIP, '*', 'e', encodeTripEvent(event));
    also(multi);
    await multi.exec();
  }

  /** Events strictly after `afterId` ('0' for all). */
  async range(tripId: string, afterId = '0', count = 500): Promise<StoredTripEvent[]> {
    const start = afterId === '0' ? '-' : `(${afterId}`;
    return decode(
      (await this.redis.xrange(this.key(tripId), start, '+', 'COUNT', count)) as [string, string[]][],
    );
  }

  /**
   * Waits up to `blockMs` for events after `afterId`. Needs its own connection: a blocking read
   * would stall every other command on a shared one.
   */
  async follow(
    blocking: RedisClient,
    tripId: string,
    afterId: string,
    blockMs: number,
  ): Promise<StoredTripEvent[]> {
    const reply = (await blocking.xread('BLOCK', blockMs, 'STREAMS', this.key(tripId), afterId)) as
      | [string, [string, string[]][]][]
      | null;
    return reply ? decode(reply[0]?.[1] ?? []) : [];
  }
}
