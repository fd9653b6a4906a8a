import type { AgentUsage, ModelPrice, ModelPrices, TokenUsage, TripUsage } from './usage.schema.js';

/** What usage accounting needs of one agent run (runs checkpointed before it existed have no usage). */
export interface AgentRunUsage {
  model: string;
  usage?: TokenUsage;
}

/** Hosted model names carry their provider ("openai:gpt-4o-mini"); price tables use the bare name. */
const PROVIDER_PREFIX = 'openai:';

/** Nano-dollars: costs are rounded to these so sums of many tiny costs stay exact. */
const NANO = 1e9;

export function roundUsd(amount: number): number {
  return Math.round(amount * NANO) / NANO;
}

/** The entry of `prices` for a model name as it appears in usage, if there is one. */
export function priceFor(model: string, prices: ModelPrices | undefined): ModelPrice | undefined {
  if (!prices) return undefined;
  const bare = model.startsWith(PROVIDER_PREFIX) ? model.slice(PROVIDER_PREFIX.length) : model;
  return Object.hasOwn(prices, bare) ? prices[bare] : undefined;
}

/**
 * A trip's usage from all its agent runs (revisions and clarification re-runs included), agents in
 * name order. Costs are null here: pricing is `priceUsage`, where the price table is known.
 */
export function summarizeUsage(agentRuns: Readonly<Record<string, readonly AgentRunUsage[]>>): TripUsage {
  const byAgent: Record<string, AgentUsage> = {};
  const total = { calls: 0, inputTokens: 0, outputTokens: 0, cost: null };
  for (const agent of Object.keys(agentRuns).sort()) {
    const runs = agentRuns[agent] ?? [];
    if (runs.length === 0) continue;
    const models = [...new Set(runs.map((run) => run.model))];
    const summed = { calls: 0, inputTokens: 0, outputTokens: 0 };
    for (const run of runs) {
      summed.calls += run.usage?.calls ?? 0;
      summed.inputTokens += run.usage?.inputTokens ?? 0;
      summed.outputTokens += run.usage?.outputTokens ?? 0;
    }
    byAgent[agent] = { model: models.join('+'), ...summed, cost: null };
    total.calls += summed.calls;
    total.inputTokens += summed.inputTokens;
    total.outputTokens += summed.outputTokens;
  }
  return { byAgent, total, currency: 'USD' };
}

/**
 * Puts money on a usage: each agent's tokens at its model's price, null for a model the table does
 * not list. The total is known only when every agent's cost is.
 */
export function priceUsage(usage: TripUsage, prices: ModelPrices | undefined): TripUsage {
  const byAgent: Record<string, AgentUsage> = {};
  let total: number | null = prices ? 0 : null;
  for (const [agent, entry] of Object.entries(usage.byAgent)) {
    const price = priceFor(entry.model, prices);
    const cost = price
      ? roundUsd(
          (entry.inputTokens * price.inputPerMillion + entry.outputTokens * price.outputPerMillion) / 1e6,
        )
      : null;
    byAgent[agent] = { ...entry, cost };
    total = cost === null || total === null ? null : total + cost;
  }
  return { ...usage, byAgent, total: { ...usage.total, cost: total === null ? null : roundUsd(total) } };
}

/** Two usages of one trip added up (a plan and its repairs); a cost stays null unless both are known. */
export function combineUsage(a: TripUsage, b: TripUsage): TripUsage {
  const byAgent: Record<string, AgentUsage> = { ...a.byAgent };
  for (const [agent, entry] of Object.entries(b.byAgent)) {
    const known = byAgent[agent];
    byAgent[agent] = known
      ? {
          model: known.model === entry.model ? known.model : `${known.model}+${entry.model}`,
          calls: known.calls + entry.calls,
          inputTokens: known.inputTokens + entry.inputTokens,
          outputTokens: known.outputTokens + entry.outputTokens,
          cost: known.cost === null || entry.cost === null ? null : known.cost + entry.cost,
        }
      : entry;
  }
  const cost = a.total.cost === null || b.total.cost === null ? null : a.total.cost + b.total.cost;
  return {
    byAgent,
    total: {
      calls: a.total.calls + b.total.calls,
      inputTokens: a.total.inputTokens + b.total.inputTokens,
      outputTokens: a.total.outputTokens + b.total.outputTokens,
      cost,
    },
    currency: 'USD',
  };
}
