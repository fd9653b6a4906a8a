import type { TripUsage } from '../../tools/domain/usage.schema.js';
import type { RedisClient } from '../runtime/redis-client.js';

/** One hash per deployment: a few fields per (model, agent), so it stays small without a TTL. */
export function usageTotalsKey(prefix: string): string {
  return `${prefix}usage:totals`;
}

/** Money is summed in integer nano-dollars: HINCRBY is exact where HINCRBYFLOAT would drift. */
const NANO_USD = 1e9;

type Field = ['calls' | 'input' | 'output', string, string] | ['cost_nusd', string];

/** Fields are JSON arrays, so model names with ":" or "/" ("openai:gpt-4o", "offline-policy/1") are safe. */
const field = (...parts: Field): string => JSON.stringify(parts);

export interface AgentTotals {
  model: string;
  agent: string;
  calls: number;
  inputTokens: number;
  outputTokens: number;
}

export interface UsageTotalsSnapshot {
  /** Per (model, agent), summed over every finished trip of every worker. */
  byAgent: AgentTotals[];
  /** USD per model, only for models that were priced. */
  costByModel: { model: string; usd: number }[];
}

function parseField(name: string): Field | null {
  try {
    const parts: unknown = JSON.parse(name);
    if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'string')) return null;
    const [kind] = parts;
    if ((kind === 'calls' || kind === 'input' || kind === 'output') && parts.length === 3)
      return parts as Field;
    if (kind === 'cost_nusd' && parts.length === 2) return parts as Field;
    return null;
  } catch {
    return null;
  }
}

/**
 * Model usage summed across worker processes in Redis: each worker adds a finished trip's usage
 * (HINCRBY, one MULTI per trip), and the API reads the sums when Prometheus scrapes it.
 */
export class UsageTotals {
  private readonly key: string;

  constructor(
    private readonly redis: RedisClient,
    prefix: string,
  ) {
    this.key = usageTotalsKey(prefix);
  }

  /** Adds one trip's usage; call it once per trip (the worker does when the trip becomes final). */
  async add(usage: TripUsage): Promise<void> {
    const multi = this.redis.multi();
    const costs = new Map<string, number>();
    for (const [agent, entry] of Object.entries(usage.byAgent)) {
      multi.hincrby(this.key, field('calls', entry.model, agent), entry.calls);
      multi.hincrby(this.key, field('input', entry.model, agent), entry.inputTokens);
      multi.hincrby(this.key, field('output', entry.model, agent), entry.outputTokens);
      if (entry.cost !== null) costs.set(entry.model, (costs.get(entry.model) ?? 0) + entry.cost);
    }
    for (const [model, usd] of costs)
      multi.hincrby(this.key, field('cost_nusd', model), Math.round(usd * NANO_USD));
    await multi.exec();
  }

  async read(): Promise<UsageTotalsSnapshot> {
    const hash = await this.redis.hgetall(this.key);
    const agents = new Map<string, AgentTotals>();
    const costByModel: UsageTotalsSnapshot['costByModel'] = [];
    for (const [name, raw] of Object.entries(hash)) {
      const parsed = parseField(name);
      const value = Number(raw);
      if (!parsed || !Number.isFinite(value)) continue;
      if (parsed[0] === 'cost_nusd') {
        costByModel.push({ model: parsed[1], usd: value / NANO_USD });
        continue;
      }
      const [kind, model, agent] = parsed;
      const id = JSON.stringify([model, agent]);
      const totals = agents.get(id) ?? { model, agent, calls: 0, inputTokens: 0, outputTokens: 0 };
      if (kind === 'calls') totals.calls = value;
      else if (kind === 'input') totals.inputTokens = value;
      else totals.outputTokens = value;
      agents.set(id, totals);
    }
    return { byAgent: [...agents.values()], costByModel };
  }
}
