import type { Redis } from 'ioredis';
import { FINAL_STATUSES, TripRecord, type TripStatus } from './trip.schema.js';

/** Keys of the trip store under one prefix (a test or a deployment namespace). */
export function tripKeys(prefix: string) {
  return {
    trip: (id: string) => `${prefix}trip:${id}`,
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

export interface TransitionResult {
  applied: boolean;
  trip: TripRecord | null;
}

/** Trips in Redis: one JSON document per trip, a per-tenant index by creation time. */
export class TripStore {
  private readonly keys: ReturnType<typeof tripKeys>;

  constructor(
    private readonly redis: Redis,
    prefix: string,
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
    await this.redis
      .multi()
      .hset(this.keys.trip(trip.id), { version: '1', status: trip.status, doc: JSON.stringify(trip) })
      .zadd(this.keys.tenantTrips(trip.tenantId), Date.parse(trip.createdAt), trip.id)
      .exec();
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

  /** Keeps a finished trip for `seconds` more (retention), with its index entry. */
  async expireFinished(trip: TripRecord, seconds: number): Promise<void> {
    if (!FINAL_STATUSES.includes(trip.status)) return;
    await this.redis.expire(this.keys.trip(trip.id), seconds);
  }
}
