import type { ChainableCommander } from 'ioredis';
import { type AgentRunUsage, summarizeUsage } from '../../tools/domain/usage.js';
import type { CallUsage, TripUsage } from '../../tools/domain/usage.schema.js';
import { hashTag, type RedisClient } from '../runtime/redis-client.js';

/** A trip's recorded model calls: one hash, beside the trip's other keys (it shares their TTL). */
export function tripUsageKey(prefix: string, tripId: string): string {
  return `${prefix}trip:${hashTag(tripId)}:usage`;
}

/** One model call as an agent made it. */
export interface ModelCall {
  agent: string;
  model: string;
  usage: CallUsage;
}

type Kind = 'calls' | 'input' | 'output';
const KINDS: readonly Kind[] = ['calls', 'input', 'output'];

/** Fields are JSON arrays, so model names with ":" or "/" are safe (as in usage-totals.ts). */
const field = (kind: Kind, model: string, agent: string) => JSON.stringify([kind, model, agent]);

function parseField(name: string): [Kind, string, string] | null {
  try {
    const parts: unknown = JSON.parse(name);
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string'))
      return null;
    const [kind, model, agent] = parts as [string, string, string];
    return KINDS.includes(kind as Kind) ? [kind as Kind, model, agent] : null;
  } catch {
    return null;
  }
}

/**
 * A trip's usage as recorded call by call, whichever process made the call. The graph's own
 * record (agent runs in the checkpoint) only holds runs that finished: an agent interrupted by a
 * dead worker is run again from its start, and the calls the dead worker made are real calls
 * that the checkpoint never saw. Counting here, as each call happens, keeps them.
 */
export class TripUsageLedger {
  constructor(
    private readonly redis: RedisClient,
    private readonly prefix: string,
  ) {}

  key(tripId: string): string {
    return tripUsageKey(this.prefix, tripId);
  }

  /** Queues one call's increments on `multi` (with the call's progress line: both or neither). */
  queue(multi: ChainableCommander, tripId: string, call: ModelCall): void {
    const key = this.key(tripId);
    multi.hincrby(key, field('calls', call.model, call.agent), 1);
    multi.hincrby(key, field('input', call.model, call.agent), call.usage.inputTokens);
    multi.hincrby(key, field('output', call.model, call.agent), call.usage.outputTokens);
  }

  async record(tripId: string, call: ModelCall): Promise<void> {
    const multi = this.redis.multi();
    this.queue(multi, tripId, call);
    await multi.exec();
  }

  /** Everything recorded for the trip, unpriced; null when no call was recorded. */
  async read(tripId: string): Promise<TripUsage | null> {
    const hash = await this.redis.hgetall(this.key(tripId));
    const byModel = new Map<string, AgentRunUsage & { agent: string }>();
    for (const [name, raw] of Object.entries(hash)) {
      const parsed = parseField(name);
      const value = Number(raw);
      if (!parsed || !Number.isFinite(value)) continue;
      const [kind, model, agent] = parsed;
      const id = JSON.stringify([model, agent]);
      const entry = byModel.get(id) ?? {
        agent,
        model,
        usage: { calls: 0, inputTokens: 0, outputTokens: 0 },
      };
      const usage = entry.usage ?? { calls: 0, inputTokens: 0, outputTokens: 0 };
      if (kind === 'calls') usage.calls = value;
      else if (kind === 'input') usage.inputTokens = value;
      else usage.outputTokens = value;
      byModel.set(id, { ...entry, usage });
    }
    if (byModel.size === 0) return null;
    // One "run" per (model, agent): summarizeUsage sums them and joins an agent's models with "+".
    const runs: Record<string, AgentRunUsage[]> = {};
    for (const { agent, model, usage } of byModel.values())
      runs[agent] = [...(runs[agent] ?? []), { model, usage }];
    return summarizeUsage(runs);
  }
}
