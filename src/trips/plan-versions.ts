import type { z } from 'zod';
import { hashTag, type RedisClient } from '../runtime/redis-client.js';
import { PlanVersionEntry, PlanVersionSummary, summarizeVersion } from './plan-version.schema.js';

/**
 * Keys of the plan versions of one trip, under one prefix:
 * - `versions`: hash, field = version number → the entry's JSON (plan included);
 * - `index`: hash, field = version number → the summary's JSON, and field `latest` → the highest
 *   version, so a listing or "which is current" never reads a plan.
 */
export function planVersionKeys(prefix: string) {
  return {
    versions: (tripId: string) => `${prefix}trip:${hashTag(tripId)}:versions`,
    index: (tripId: string) => `${prefix}trip:${hashTag(tripId)}:versions:index`,
  };
}

/** The index field naming the highest version (the trip store's completion writes version 1 too). */
export const LATEST_FIELD = 'latest';

/**
 * Stores a version only if nobody has it yet, with its summary and the new `latest`, in one step.
 * KEYS[1] versions; KEYS[2] index; ARGV[1] version; ARGV[2] entry JSON; ARGV[3] summary JSON.
 * Returns 1 when stored, 0 when the version is taken, -1 when it would leave a gap.
 */
const CLAIM = `
local latest = tonumber(redis.call('HGET', KEYS[2], '${LATEST_FIELD}') or '0')
local version = tonumber(ARGV[1])
if version > latest + 1 then return -1 end
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
if version > latest then redis.call('HSET', KEYS[2], '${LATEST_FIELD}', ARGV[1]) end
return 1
`;

/** The newest entry in one round trip, read where `latest` points. KEYS as in CLAIM. */
const LATEST = `
local version = redis.call('HGET', KEYS[2], '${LATEST_FIELD}')
if not version then return false end
return redis.call('HGET', KEYS[1], version)
`;

export type PlanVersionErrorCode =
  /** A claim skipped a number: versions count up from 1 one at a time. */
  | 'version-gap'
  /** A stored entry does not decode: damaged, or written by an incompatible release. */
  | 'corrupt-record';

/** A misuse of the version store or a damaged record; retrying fixes neither. */
export class PlanVersionError extends Error {
  override readonly name = 'PlanVersionError';
  constructor(
    readonly code: PlanVersionErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPlanVersionError(error: unknown): error is PlanVersionError {
  return error instanceof PlanVersionError;
}

/**
 * The plans of each trip, version by version: the first plan is version 1, each repair the next.
 * `claim` is the exclusive step: when two workers repair the same version N, both try to claim
 * N + 1 and exactly one succeeds, so a repair is recorded (and announced) once.
 */
export class PlanVersionStore {
  private readonly keys: ReturnType<typeof planVersionKeys>;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.keys = planVersionKeys(prefix);
  }

  /**
   * Stores `entry` as version `entry.version` unless that version exists: true when this call
   * stored it, false when another writer already had. Throws `version-gap` when the version is
   * more than one past the latest.
   */
  async claim(tripId: string, entry: PlanVersionEntry): Promise<boolean> {
    const valid = PlanVersionEntry.parse(entry);
    const result = await this.redis.eval(
      CLAIM,
      2,
      this.keys.versions(tripId),
      this.keys.index(tripId),
      String(valid.version),
      JSON.stringify(valid),
      JSON.stringify(summarizeVersion(valid)),
    );
    if (result === -1) {
      const latest = await this.currentVersion(tripId);
      throw new PlanVersionError(
        'version-gap',
        `trip ${tripId}: cannot store version ${valid.version} after version ${latest ?? 0}`,
      );
    }
    return result === 1;
  }

  async get(tripId: string, version: number): Promise<PlanVersionEntry | null> {
    const json = await this.redis.hget(this.keys.versions(tripId), String(version));
    return json === null ? null : decode(PlanVersionEntry, json, tripId);
  }

  /** The highest version, or null when the trip has none. */
  async latest(tripId: string): Promise<PlanVersionEntry | null> {
    const json = (await this.redis.eval(LATEST, 2, this.keys.versions(tripId), this.keys.index(tripId))) as
      | string
      | null;
    return json === null ? null : decode(PlanVersionEntry, json, tripId);
  }

  /** The highest version number without reading any plan, or null when there is none. */
  async currentVersion(tripId: string): Promise<number | null> {
    const latest = await this.redis.hget(this.keys.index(tripId), LATEST_FIELD);
    return latest === null ? null : Number(latest);
  }

  /** Every version without its plan, oldest first (one read; plans are never parsed). */
  async list(tripId: string): Promise<PlanVersionSummary[]> {
    const fields = await this.redis.hgetall(this.keys.index(tripId));
    return Object.entries(fields)
      .filter(([field]) => field !== LATEST_FIELD)
      .map(([, json]) => decode(PlanVersionSummary, json, tripId))
      .sort((a, b) => a.version - b.version);
  }
}

function decode<T>(schema: z.ZodType<T>, json: string, tripId: string): T {
  try {
    return schema.parse(JSON.parse(json));
  } catch (cause) {
    throw new PlanVersionError('corrupt-record', `trip ${tripId}: a stored plan version does not decode`, {
      cause,
    });
  }
}
