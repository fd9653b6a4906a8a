import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { RedisClient } from '../runtime/redis-client.js';
import { type StoredTripEvent, TripEvent, type TripEvents } from '../trips/trip-events.js';

/** Entries read per trip per round; a trip with more is read on in the next round at once. */
const READ_COUNT = 100;
/** The wake stream only needs its newest entry; it expires when the process is gone. */
const WAKE_TTL_SECONDS = 3600;

/** One open SSE stream as the hub sees it. */
export interface HubSubscriber {
  /** A live entry of the trip, strictly after the id `join` answered, in stream order. */
  deliver(entry: StoredTripEvent): void;
  /** Called every heartbeat interval while subscribed. */
  heartbeat(now: number): void;
  /** The shared reader failed (e.g. Redis went away): the stream should end so its client reconnects. */
  abort(error: unknown): void;
}

export interface TripEventHubOptions {
  /** Command connection: snapshots of a stream's newest id and wake-ups of the reader. */
  redis: RedisClient;
  events: TripEvents;
  /** Opens the one blocking connection; called again only after the previous one was dropped. */
  connect: () => RedisClient;
  /** Interval of heartbeat calls (and the longest single XREAD block). */
  heartbeatMs: number;
  log: FastifyBaseLogger;
}

function decode(entries: [string, string[]][]): StoredTripEvent[] {
  return entries.map(([id, fields]) => ({ id, event: TripEvent.parse(JSON.parse(fields[1] ?? '{}')) }));
}

/** Compares two stream entry ids ("ms-seq", or "0"). */
export function compareStreamIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am !== bm ? am - bm : as - bs;
}

interface Followed {
  /** Every entry up to here has been handed to the trip's subscribers (or predates them). */
  cursor: string;
  subscribers: Set<HubSubscriber>;
}

/**
 * The API process's single reader of trip event streams: one blocking XREAD over every followed
 * trip, fanned out to that trip's SSE streams, so open streams cost no Redis connection each.
 * A trip that starts being followed wakes the pending XREAD through a private wake stream (an
 * XADD to a key the XREAD also waits on), which cannot race the way CLIENT UNBLOCK can: if the
 * XADD lands before the XREAD is issued, the XREAD returns at once. The connection is opened with
 * the first subscriber and dropped with the last.
 */
export class TripEventHub {
  private readonly followed = new Map<string, Followed>();
  private readonly wakeKey: string;
  private wakeCursor = '0-0';
  private blocking: RedisClient | null = null;
  private reading: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly options: TripEventHubOptions) {
    this.wakeKey = options.events.key(`sse-wake:${randomUUID()}`);
  }

  /**
   * Adds `subscriber` to `tripId`'s followers and answers the id after which the hub will deliver
   * every entry: the subscriber replays up to there itself (XRANGE) and gets the rest live.
   */
  async join(tripId: string, subscriber: HubSubscriber): Promise<string> {
    let followed = this.followed.get(tripId);
    if (!followed) {
      const [newest] = (await this.options.redis.xrevrange(
        this.options.events.key(tripId),
        '+',
        '-',
        'COUNT',
        1,
      )) as [string, string[]][];
      // Another stream of the same trip may have joined while we asked; its cursor is the one in use.
      followed = this.followed.get(tripId) ?? { cursor: newest?.[0] ?? '0-0', subscribers: new Set() };
      this.followed.set(tripId, followed);
    }
    followed.subscribers.add(subscriber);
    this.start();
    await this.wake();
    return followed.cursor;
  }

  leave(tripId: string, subscriber: HubSubscriber): void {
    const followed = this.followed.get(tripId);
    if (!followed) return;
    followed.subscribers.delete(subscriber);
    if (followed.subscribers.size === 0) this.followed.delete(tripId);
    if (this.followed.size === 0) this.stop();
  }

  /** Ends every subscription (shutdown) and drops the connection. */
  close(error: unknown = new Error('closing')): void {
    const all = [...this.followed.values()].flatMap((f) => [...f.subscribers]);
    this.followed.clear();
    this.stop();
    for (const subscriber of all) subscriber.abort(error);
  }

  private start(): void {
    if (this.reading) return;
    const blocking = this.options.connect();
    this.blocking = blocking;
    this.heartbeat = setInterval(() => {
      const now = Date.now();
      for (const { subscribers } of this.followed.values()) for (const s of subscribers) s.heartbeat(now);
    }, this.options.heartbeatMs);
    this.reading = this.read(blocking)
      .catch((error: unknown) => {
        // Our own disconnect rejects the pending XREAD; anything else ends the streams for a reconnect.
        if (this.blocking !== blocking) return;
        this.options.log.warn({ err: error }, 'shared event stream reader failed; ending its streams');
        this.close(error);
      })
      .finally(() => {
        if (this.blocking === blocking || this.blocking === null) this.reading = null;
      });
  }

  private stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.blocking?.disconnect();
    this.blocking = null;
    this.reading = null;
  }

  private async wake(): Promise<void> {
    await this.options.redis
      .multi()
      .xadd(this.wakeKey, 'MAXLEN', '1', '*', 'w', '1')
      .expire(this.wakeKey, WAKE_TTL_SECONDS)
      .exec();
  }

  private async read(blocking: RedisClient): Promise<void> {
    while (this.blocking === blocking && this.followed.size > 0) {
      const trips = [...this.followed.keys()];
      const keys = trips.map((t) => this.options.events.key(t));
      const ids = trips.map((t) => this.followed.get(t)?.cursor ?? '0-0');
      const reply = (await blocking.xread(
        'COUNT',
        READ_COUNT,
        'BLOCK',
        this.options.heartbeatMs,
        'STREAMS',
        ...keys,
        this.wakeKey,
        ...ids,
        this.wakeCursor,
      )) as [string, [string, string[]][]][] | null;
      if (this.blocking !== blocking) return;
      for (const [key, entries] of reply ?? []) {
        if (key === this.wakeKey) {
          this.wakeCursor = entries.at(-1)?.[0] ?? this.wakeCursor;
          continue;
        }
        this.dispatch(trips[keys.indexOf(key)], decode(entries));
      }
    }
  }

  private dispatch(tripId: string | undefined, entries: StoredTripEvent[]): void {
    const followed = tripId === undefined ? undefined : this.followed.get(tripId);
    if (!followed) return;
    for (const entry of entries) {
      if (compareStreamIds(entry.id, followed.cursor) <= 0) continue;
      followed.cursor = entry.id;
      for (const subscriber of [...followed.subscribers]) subscriber.deliver(entry);
    }
  }
}
