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

  /** Newest first; `cursor` is the createdAt (ms) to continue below. */
  async list(
    tenantId: string,
    options: { limit: number; before?: number },
  ): Promise<{ trips: TripRecord[]; nextBefore: number | null }> {
    const max = options.before === undefined ? '+inf' : `(${options.before}`;
    const rows = await this.redis.zrevrangebyscore(
      this.keys.tenantTrips(tenantId),
      max,
      '-inf',
      'WITHSCORES',
      'LIMIT',
      0,
      options.limit + 1,
    );
    const ids: { id: string; score: number }[] = [];
    for (let i = 0; i < rows.length; i += 2) ids.push({ id: rows[i] as string, score: Number(rows[i + 1]) });
    const page = ids.slice(0, options.limit);
    const trips = (await Promise.all(page.map((r) => this.get(r.id)))).filter(
      (t): t is TripRecord => t !== null,
    );
    return { trips, nextBefore: ids.length > options.limit ? (page.at(-1)?.score ?? null) : null };
  }

  /**
   * Applies `patch` only while the trip is in one of the `from` statuses (so a late "completed"
   * never overwrites "cancelled"); retries when another writer got in between.
   */
  async transition(
    id: string,
    from: readonly TripStatus[],
    patch: Partial<TripRecord>,
  ): Promise<TransitionResult> {
    for (;;) {
      const current = await this.read(id);
      if (!current) return { applied: false, trip: null };
      if (!from.includes(current.trip.status)) return { applied: false, trip: current.trip };
      const trip = TripRecord.parse({ ...current.trip, ...patch, updatedAt: new Date().toISOString() });
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
