import type { ChainableCommander } from 'ioredis';
import type { WorldChange } from '../../tools/domain/world-change.schema.js';
import {
  assertAdvanceHours,
  parseWorldChange,
  type WorldTimelineControl,
  WorldTimelineError,
  type WorldTimelineState,
} from '../../tools/providers/world-timeline.js';
import type { RedisClient } from '../runtime/redis-client.js';

export interface RedisWorldTimelineOptions {
  redis: RedisClient;
  /** Namespace of the deployment's keys (config REDIS_PREFIX). @default '' */
  prefix?: string;
}

/** The two keys of a deployment's world clock. */
export function worldTimelineKeys(prefix = ''): { hours: string; changes: string } {
  // One hash tag: the two keys are read and cleared together in a MULTI.
  return { hours: `${prefix}{world}:hours`, changes: `${prefix}{world}:changes` };
}

/**
 * The world clock every process of a deployment shares: simulated hours as a float string
 * (INCRBYFLOAT keeps concurrent advances from losing each other), injected changes as a list of
 * JSON, oldest first. A read is one MULTI round trip, so hours and changes come from one moment.
 * Reads asked for in the same tick share one round trip: an agent's parallel searches (thirty
 * flight searches in one round) each need the clock. The shared read is sent only after every
 * caller has asked, so each still sees everything written before it asked.
 */
export function createRedisWorldTimeline(options: RedisWorldTimelineOptions): WorldTimelineControl {
  const { redis } = options;
  const keys = worldTimelineKeys(options.prefix);
  const readNow = async (): Promise<WorldTimelineState> => {
    const [hours, changes] = await execAll(redis.multi().get(keys.hours).lrange(keys.changes, 0, -1));
    return {
      hours: decodeHours(hours),
      changes: Object.freeze((changes as string[]).map(decodeChange)),
    };
  };
  let pending: Promise<WorldTimelineState> | undefined;

  return {
    read(): Promise<WorldTimelineState> {
      pending ??= Promise.resolve().then(() => {
        pending = undefined;
        return readNow();
      });
      return pending;
    },
    async advance(hours) {
      assertAdvanceHours(hours);
      return decodeHours(await redis.incrbyfloat(keys.hours, hours));
    },
    async inject(change: WorldChange) {
      const parsed = parseWorldChange(change);
      await redis.rpush(keys.changes, JSON.stringify(parsed));
      return parsed;
    },
    async clear() {
      const [removed] = await execAll(redis.multi().llen(keys.changes).del(keys.changes));
      return Number(removed);
    },
  };
}

async function execAll(commands: ChainableCommander): Promise<unknown[]> {
  const replies = await commands.exec();
  // Only a WATCHed key makes Redis discard a transaction, and these watch none.
  if (replies === null) throw new Error('Redis discarded a world timeline transaction');
  return replies.map(([error, reply]) => {
    if (error) throw error;
    return reply;
  });
}

function decodeHours(stored: unknown): number {
  if (stored === null) return 0;
  const hours = Number(stored);
  if (typeof stored !== 'string' || !Number.isFinite(hours) || hours < 0) {
    throw new WorldTimelineError(
      'corrupt-record',
      `world hours in Redis are not a number ≥ 0: ${String(stored)}`,
    );
  }
  return hours;
}

function decodeChange(stored: string): WorldChange {
  try {
    return parseWorldChange(JSON.parse(stored));
  } catch (error) {
    throw new WorldTimelineError('corrupt-record', `a world change in Redis does not decode: ${stored}`, {
      cause: error,
    });
  }
}
