import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { isClusterClient, type RedisClient } from '../runtime/redis-client.js';
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

/** One blocking connection and the trips it reads; woken through a stream of its own. */
interface Reader {
  trips: Set<string>;
  wakeKey: string;
  wakeCursor: string;
  blocking: RedisClient;
  reading: Promise<void>;
}

/**
 * The API process's reader of trip event streams: one blocking XREAD over every followed trip,
 * fanned out to that trip's SSE streams, so open streams cost no Redis connection each.
 * A trip that starts being followed wakes the pending XREAD through a private wake stream (an
 * XADD to a key the XREAD also waits on), which cannot race the way CLIENT UNBLOCK can: if the
 * XADD lands before the XREAD is issued, the XREAD returns at once. The connection is opened with
 * the first subscriber and dropped with the last.
 *
 * On a Redis Cluster one XREAD may only name keys of one slot, and each trip's stream is in its
 * trip's slot, so there each followed trip gets a reader (and connection) of its own, with a wake
 * stream under the trip's hash tag: the cost of open streams grows with followed trips, not with
 * streams.
 */
export class TripEventHub {
  private readonly followed = new Map<string, Followed>();
  private readonly readers = new Map<string, Reader>();
  private readonly instance = randomUUID();
  private readonly perTrip: boolean;
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly options: TripEventHubOptions) {
    this.perTrip = isClusterClient(options.redis);
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
    const reader = this.start(tripId);
    await this.wake(reader);
    return followed.cursor;
  }

  leave(tripId: string, subscriber: HubSubscriber): void {
    const followed = this.followed.get(tripId);
    if (!followed) return;
    followed.subscribers.delete(subscriber);
    if (followed.subscribers.size > 0) return;
    this.followed.delete(tripId);
    const group = this.groupOf(tripId);
    const reader = this.readers.get(group);
    reader?.trips.delete(tripId);
    if (reader && reader.trips.size === 0) this.stop(group, reader);
  }

  /** Ends every subscription (shutdown) and drops the connections. */
  close(error: unknown = new Error('closing')): void {
    const all = [...this.followed.values()].flatMap((f) => [...f.subscribers]);
    this.followed.clear();
    for (const [group, reader] of this.readers) this.stop(group, reader);
    for (const subscriber of all) subscriber.abort(error);
  }

  /** The reader a trip is read by: the one shared reader, or the trip's own on a cluster. */
  private groupOf(tripId: string): string {
    return this.perTrip ? tripId : '';
  }

  private start(tripId: string): Reader {
    const group = this.groupOf(tripId);
    const existing = this.readers.get(group);
    if (existing) {
      existing.trips.add(tripId);
      return existing;
    }
    const blocking = this.options.connect();
    const reader: Reader = {
      trips: new Set([tripId]),
      // On a cluster the wake stream shares the trip's slot: `<events key>:sse-wake:<hub>`.
      wakeKey: this.perTrip
        ? `${this.options.events.key(tripId)}:sse-wake:${this.instance}`
        : this.options.events.key(`sse-wake:${this.instance}`),
      wakeCursor: '0-0',
      blocking,
      reading: Promise.resolve(),
    };
    this.readers.set(group, reader);
    this.heartbeat ??= setInterval(() => {
      const now = Date.now();
      for (const { subscribers } of this.followed.values()) for (const s of subscribers) s.heartbeat(now);
    }, this.options.heartbeatMs);
    reader.reading = this.read(group, reader).catch((error: unknown) => {
      // Our own disconnect rejects the pending XREAD; anything else ends the streams for a reconnect.
      if (this.readers.get(group) !== reader) return;
      this.options.log.warn({ err: error }, 'shared event stream reader failed; ending its streams');
      this.fail(group, reader, error);
    });
    return reader;
  }

  /** Ends the streams of one reader's trips (the others read on). */
  private fail(group: string, reader: Reader, error: unknown): void {
    const subscribers = [...reader.trips].flatMap((trip) => {
      const followed = this.followed.get(trip);
      this.followed.delete(trip);
      return followed ? [...followed.subscribers] : [];
    });
    this.stop(group, reader);
    for (const subscriber of subscribers) subscriber.abort(error);
  }

  private stop(group: string, reader: Reader): void {
    if (this.readers.get(group) === reader) this.readers.delete(group);
    reader.blocking.disconnect();
    if (this.readers.size === 0 && this.heartbeat) {
      clearInterval(this.heartbeat);
      this.heartbeat = null;
    }
  }

  private async wake(reader: Reader): Promise<void> {
    await this.options.redis
      .multi()
      .xadd(reader.wakeKey, 'MAXLEN', '1', '*', 'w', '1')
      .expire(reader.wakeKey, WAKE_TTL_SECONDS)
      .exec();
  }

  private async read(group: string, reader: Reader): Promise<void> {
    while (this.readers.get(group) === reader && reader.trips.size > 0) {
      const trips = [...reader.trips];
      const keys = trips.map((t) => this.options.events.key(t));
      const ids = trips.map((t) => this.followed.get(t)?.cursor ?? '0-0');
      const reply = (await reader.blocking.xread(
        'COUNT',
        READ_COUNT,
        'BLOCK',
        this.options.heartbeatMs,
        'STREAMS',
        ...keys,
        reader.wakeKey,
        ...ids,
        reader.wakeCursor,
      )) as [string, [string, string[]][]][] | null;
      if (this.readers.get(group) !== reader) return;
      for (const [key, entries] of reply ?? []) {
        if (key === reader.wakeKey) {
          reader.wakeCursor = entries.at(-1)?.[0] ?? reader.wakeCursor;
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
