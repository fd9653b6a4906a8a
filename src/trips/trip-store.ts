import type { RedisClient } from '../runtime/redis-client.js';
import { PlanVersionEntry, summarizeVersion } from './plan-version.schema.js';
import { LATEST_FIELD } from './plan-versions.js';
import { TripRecord, type TripStatus } from './trip.schema.js';
import { encodeTripEvent, MAX_EVENTS_PER_TRIP, type TripEvent } from './trip-events.js';
import { awaitingInputKey, keysOfTrip, tripRecordKey } from './trip-keys.js';
import { answerDeadline, DEFAULT_RETENTION, type RetentionPolicy, retentionFor } from './trip-retention.js';

/** Keys of the trip store under one prefix (a test or a deployment namespace). */
export function tripKeys(prefix: string) {
  return {
    trip: (id: string) => tripRecordKey(prefix, id),
    tenantTrips: (tenantId: string) => `${prefix}tenant:${tenantId}:trips`,
    idempotency: (tenantId: string, key: string) => `${prefix}idem:${tenantId}:${key}`,
  };
}

/** Idempotency keys are honoured for a day, like most payment APIs. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/**
 * Compare-and-set on the trip's version: the JSON document is merged in JS (Lua's cjson would turn
 * empty arrays into objects), and Redis only checks that nobody wrote in between.
 * KEYS[1] trip hash; ARGV[1] expected version; ARGV[2] new version; ARGV[3] status; ARGV[4] doc.
 */
const COMPARE_AND_SET = `
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'status', ARGV[3], 'doc', ARGV[4])
return 1
`;

/**
 * One page of a tenant's index, newest first, continuing after member ARGV[2] when it is still
 * indexed (ties in score are ordered by member, so its rank is exact), else below score ARGV[1].
 * In Lua so no trip created between finding the rank and reading the page can shift it.
 */
const PAGE_BELOW = `
local rank = false
if ARGV[2] ~= '' then rank = redis.call('ZREVRANK', KEYS[1], ARGV[2]) end
local count = tonumber(ARGV[3])
if rank then return redis.call('ZREVRANGE', KEYS[1], rank + 1, rank + count, 'WITHSCORES') end
return redis.call('ZREVRANGEBYSCORE', KEYS[1], ARGV[1], '-inf', 'WITHSCORES', 'LIMIT', 0, count)
`;

/**
 * Lua applying a trip's TTLs (or removing them) on KEYS[1..5] and on every checkpoint key named
 * by the registry KEYS[6]. Those are not declared in KEYS; they share the registry's hash tag, as
 * the saver's own retention scripts rely on (thread-retention.ts).
 */
const APPLY_TTLS = (mode: string, seconds: string, checkpointSeconds: string) => `
local own = {KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]}
local checkpoints = redis.call('SMEMBERS', KEYS[6])
table.insert(checkpoints, KEYS[6])
if ${mode} == 'expire' then
  for _, key in ipairs(own) do redis.call('EXPIRE', key, ${seconds}) end
  for _, key in ipairs(checkpoints) do redis.call('EXPIRE', key, ${checkpointSeconds}) end
else
  for _, key in ipairs(own) do redis.call('PERSIST', key) end
  for _, key in ipairs(checkpoints) do redis.call('PERSIST', key) end
end`;

/**
 * A status change and everything of the trip that must go with it, written in ONE script so a
 * worker killed at any point leaves either none of it or all of it: the trip document, its status
 * event, plan version 1 (on completion), and the TTLs of every key of the trip (persisted again
 * while it is queued or running). All keys share the trip's hash tag (one cluster slot); the
 * shared waiting-trips index lives elsewhere and is updated outside the script (see settle).
 * KEYS: trip, events, versions, versions index, usage, checkpoint registry.
 * ARGV: [1] expected version, [2] new version, [3] status, [4] doc, [5] event JSON or '',
 * [6] stream cap, [7] 'expire' | 'persist', [8] seconds, [9] checkpoint seconds,
 * [10] version 1 entry or '', [11] its summary.
 */
const SETTLE = `
if redis.call('HGET', KEYS[1], 'version') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'version', ARGV[2], 'status', ARGV[3], 'doc', ARGV[4])
if ARGV[10] ~= '' and redis.call('HEXISTS', KEYS[4], '${LATEST_FIELD}') == 0 then
  if redis.call('HSETNX', KEYS[3], '1', ARGV[10]) == 1 then
    redis.call('HSET', KEYS[4], '1', ARGV[11], '${LATEST_FIELD}', '1')
  end
end
if ARGV[5] ~= '' then redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[6], '*', 'e', ARGV[5]) end
${APPLY_TTLS('ARGV[7]', 'ARGV[8]', 'ARGV[9]')}
return 1
`;

/** RETAIN: the TTLs of SETTLE alone. KEYS as in SETTLE (1–6); ARGV [1] mode, [2] seconds, [3] checkpoint seconds. */
const RETAIN = `
${APPLY_TTLS('ARGV[1]', 'ARGV[2]', 'ARGV[3]')}
return 1
`;

/** What goes with a status change, in the same step (see SETTLE). */
export interface TransitionEffects {
  /** The status event announcing the change; `status` is the trip's new one. */
  event?: { message: string; type?: TripEvent['type'] };
  /** Stored as plan version 1 unless the trip has versions already (a completion). */
  firstVersion?: (trip: TripRecord) => PlanVersionEntry;
}

export interface TransitionResult {
  applied: boolean;
  trip: TripRecord | null;
}

/** Trips in Redis: one JSON document per trip, a per-tenant index by creation time. */
export class TripStore {
  private readonly keys: ReturnType<typeof tripKeys>;

  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
    /** TTLs a transition with effects puts on the trip's keys. Default: DEFAULT_RETENTION. */
    private readonly retention: RetentionPolicy = DEFAULT_RETENTION,
  ) {
    this.keys = tripKeys(prefix);
  }

  /**
   * Stores a new trip unless the tenant already used this idempotency key, in which case the
   * earlier trip is returned with `created: false`.
   */
  async create(trip: TripRecord, idempotencyKey?: string): Promise<{ trip: TripRecord; created: boolean }> {
    if (idempotencyKey) {
      const key = this.keys.idempotency(trip.tenantId, idempotencyKey);
      const claimed = await this.redis.set(key, trip.id, 'EX', IDEMPOTENCY_TTL_SECONDS, 'NX');
      if (claimed === null) {
        const earlierId = await this.redis.get(key);
        const earlier = earlierId ? await this.get(earlierId) : null;
        if (earlier) return { trip: earlier, created: false };
        // The earlier trip expired: the key is stale, so this submission takes it over.
        await this.redis.set(key, trip.id, 'EX', IDEMPOTENCY_TTL_SECONDS);
      }
    }
    // Two slots on a cluster, so two commands: the trip first, then the tenant's index. A crash in
    // between leaves a trip reachable by id but unlisted; the reverse order would let a concurrent
    // list() prune the new index entry as expired.
    await this.redis.hset(this.keys.trip(trip.id), {
      version: '1',
      status: trip.status,
      doc: JSON.stringify(trip),
    });
    await this.redis.zadd(this.keys.tenantTrips(trip.tenantId), Date.parse(trip.createdAt), trip.id);
    return { trip, created: true };
  }

  async get(id: string): Promise<TripRecord | null> {
    return (await this.read(id))?.trip ?? null;
  }

  private async read(id: string): Promise<{ trip: TripRecord; version: string } | null> {
    const [version, doc] = await this.redis.hmget(this.keys.trip(id), 'version', 'doc');
    if (!version || !doc) return null;
    return { trip: TripRecord.parse(JSON.parse(doc)), version };
  }

  /** A tenant sees only its own trips; anyone else's is indistinguishable from a missing one. */
  async getForTenant(tenantId: string, id: string): Promise<TripRecord | null> {
    const trip = await this.get(id);
    return trip && trip.tenantId === tenantId ? trip : null;
  }

  /**
   * Newest first. Continue with `before` (the last trip's createdAt ms) and `beforeId` (its id):
   * trips created in the same millisecond share a score, so the score alone would skip them.
   */
  async list(
    tenantId: string,
    options: { limit: number; before?: number; beforeId?: string },
  ): Promise<{ trips: TripRecord[]; nextBefore: number | null; nextBeforeId: string | null }> {
    const max = options.before === undefined ? '+inf' : `(${options.before}`;
    const rows = (await this.redis.eval(
      PAGE_BELOW,
      1,
      this.keys.tenantTrips(tenantId),
      max,
      options.beforeId ?? '',
      options.limit + 1,
    )) as string[];
    const ids: { id: string; score: number }[] = [];
    for (let i = 0; i < rows.length; i += 2) ids.push({ id: rows[i] as string, score: Number(rows[i + 1]) });
    const page = ids.slice(0, options.limit);
    const found = await Promise.all(page.map((r) => this.get(r.id)));
    // Trips past their retention TTL are gone; drop them from the index as they are met.
    const expired = page.filter((_, i) => found[i] === null).map((r) => r.id);
    if (expired.length > 0) await this.redis.zrem(this.keys.tenantTrips(tenantId), ...expired);
    const trips = found.filter((t): t is TripRecord => t !== null);
    const last = ids.length > options.limit ? page.at(-1) : undefined;
    return { trips, nextBefore: last?.score ?? null, nextBeforeId: last?.id ?? null };
  }

  /**
   * Applies `patch` only while the trip is in one of the `from` statuses (so a late "completed"
   * never overwrites "cancelled") and `expect` holds (e.g. "still on plan version 3"); retries
   * when another writer got in between. `patch` may be a function of the current trip.
   */
  async transition(
    id: string,
    from: readonly TripStatus[],
    patch: Partial<TripRecord> | ((trip: TripRecord) => Partial<TripRecord>),
    expect: (trip: TripRecord) => boolean = () => true,
    effects?: TransitionEffects,
  ): Promise<TransitionResult> {
    for (;;) {
      const current = await this.read(id);
      if (!current) return { applied: false, trip: null };
      if (!from.includes(current.trip.status) || !expect(current.trip)) {
        return { applied: false, trip: current.trip };
      }
      const changes = typeof patch === 'function' ? patch(current.trip) : patch;
      const trip = TripRecord.parse({ ...current.trip, ...changes, updatedAt: new Date().toISOString() });
      const next = String(Number(current.version) + 1);
      if (effects) {
        if (await this.settle(current.version, next, trip, effects)) return { applied: true, trip };
        continue;
      }
      const ok = await this.redis.eval(
        COMPARE_AND_SET,
        1,
        this.keys.trip(id),
        current.version,
        next,
        trip.status,
        JSON.stringify(trip),
      );
      if (ok === 1) return { applied: true, trip };
    }
  }

  /** Writes `trip` (at version `next` if still at `expected`) with its effects; false when raced. */
  private async settle(
    expected: string,
    next: string,
    trip: TripRecord,
    effects: TransitionEffects,
  ): Promise<boolean> {
    const keys = keysOfTrip(this.prefix, trip.id);
    const ttl = retentionFor(trip, this.retention);
    const entry = effects.firstVersion && PlanVersionEntry.parse(effects.firstVersion(trip));
    const event = effects.event && encodeTripEvent({ type: 'status', status: trip.status, ...effects.event });
    // The waiting index is a shared key (another slot on a cluster), so it cannot join the script.
    // It is written so that a crash in between leaves at most a stale entry, which its reader
    // (expireWaitingTrips) drops: indexed before the trip starts waiting, un-indexed after it stopped.
    const waiting = trip.status === 'needs_input';
    if (waiting)
      await this.redis.zadd(awaitingInputKey(this.prefix), answerDeadline(this.retention), trip.id);
    const ok = await this.redis.eval(
      SETTLE,
      6,
      keys.trip,
      keys.events,
      keys.versions,
      keys.versionsIndex,
      keys.usage,
      keys.checkpointRegistry,
      expected,
      next,
      trip.status,
      JSON.stringify(trip),
      event ?? '',
      MAX_EVENTS_PER_TRIP,
      ttl === 'persist' ? 'persist' : 'expire',
      ttl === 'persist' ? 0 : ttl.seconds,
      ttl === 'persist' ? 0 : ttl.checkpointSeconds,
      entry ? JSON.stringify(entry) : '',
      entry ? JSON.stringify(summarizeVersion(entry)) : '',
    );
    if (ok === 1 && !waiting) await this.forgetWaiting(trip.id);
    return ok === 1;
  }

  /**
   * Puts the TTLs of the trip's current status on all its keys again, without changing it. For a
   * worker whose cancelled run may have written a checkpoint after the cancel (the saver makes a
   * retired thread persistent when it is written again).
   */
  async retain(trip: TripRecord): Promise<void> {
    const keys = keysOfTrip(this.prefix, trip.id);
    const ttl = retentionFor(trip, this.retention);
    await this.redis.eval(
      RETAIN,
      6,
      keys.trip,
      keys.events,
      keys.versions,
      keys.versionsIndex,
      keys.usage,
      keys.checkpointRegistry,
      ttl === 'persist' ? 'persist' : 'expire',
      ttl === 'persist' ? 0 : ttl.seconds,
      ttl === 'persist' ? 0 : ttl.checkpointSeconds,
    );
  }

  /** Ids of trips whose answer deadline has passed (at most `limit`, oldest first). */
  async waitingPast(nowMs: number, limit: number): Promise<string[]> {
    return this.redis.zrangebyscore(awaitingInputKey(this.prefix), '-inf', nowMs, 'LIMIT', 0, limit);
  }

  /** Drops a trip from the waiting index (it is gone, or no longer waiting). */
  async forgetWaiting(tripId: string): Promise<void> {
    await this.redis.zrem(awaitingInputKey(this.prefix), tripId);
  }

  /** The retention policy this store applies (the sweeper words its event with it). */
  get retentionPolicy(): RetentionPolicy {
    return this.retention;
  }
}
