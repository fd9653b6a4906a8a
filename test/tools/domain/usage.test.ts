import { describe, expect, it } from 'vitest';
import { priceFor, priceUsage, summarizeUsage } from '../../../tools/domain/usage.js';
import { type ModelPrices, TripUsage } from '../../../tools/domain/usage.schema.js';

const run = (model: string, calls: number, inputTokens: number, outputTokens: number) => ({
  model,
  usage: { calls, inputTokens, outputTokens },
});

const PRICES: ModelPrices = {
  'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10 },
};

describe('summarizeUsage', () => {
  it('sums every run of each agent (revisions, re-runs) and the whole trip, costs unpriced', () => {
    const usage = summarizeUsage({
      itinerary: [run('openai:gpt-4o', 3, 9000, 400), run('openai:gpt-4o', 2, 11000, 300)],
      intake: [run('openai:gpt-4o-mini', 2, 700, 100), run('openai:gpt-4o-mini', 1, 900, 50)],
      flights: [run('openai:gpt-4o-mini', 2, 3000, 2000)],
    });

    expect(TripUsage.parse(usage)).toEqual(usage);
    expect(Object.keys(usage.byAgent)).toEqual(['flights', 'intake', 'itinerary']);
    expect(usage.byAgent.intake).toEqual({
      model: 'openai:gpt-4o-mini',
      calls: 3,
      inputTokens: 1600,
      outputTokens: 150,
      cost: null,
    });
    expect(usage.byAgent.itinerary).toMatchObject({ calls: 5, inputTokens: 20000, outputTokens: 700 });
    expect(usage.total).toEqual({ calls: 10, inputTokens: 24600, outputTokens: 2850, cost: null });
    expect(usage.currency).toBe('USD');
  });

  it('counts runs without usage (checkpointed before it was recorded) as zero, and no runs as nothing', () => {
    const usage = summarizeUsage({
      intake: [{ model: 'offline-policy/1' }, run('offline-policy/1', 1, 10, 5)],
      hotels: [],
    });
    expect(usage.byAgent).toEqual({
      intake: { model: 'offline-policy/1', calls: 1, inputTokens: 10, outputTokens: 5, cost: null },
    });
    expect(summarizeUsage({}).total).toEqual({ calls: 0, inputTokens: 0, outputTokens: 0, cost: null });
  });

  it('names every model when runs of one agent used different ones', () => {
    const usage = summarizeUsage({
      hotels: [run('openai:gpt-4o-mini', 1, 1, 1), run('openai:gpt-4o', 1, 1, 1)],
    });
    expect(usage.byAgent.hotels?.model).toBe('openai:gpt-4o-mini+openai:gpt-4o');
  });
});

describe('priceUsage', () => {
  it('prices each agent at its model, matching the name without "openai:"', () => {
    const usage = summarizeUsage({
      intake: [run('openai:gpt-4o-mini', 2, 1_000_000, 500_000)],
      itinerary: [run('gpt-4o', 3, 200_000, 10_000)],
    });
    const priced = priceUsage(usage, PRICES);

    expect(priced.byAgent.intake?.cost).toBe(0.45);
    expect(priced.byAgent.itinerary?.cost).toBe(0.6);
    expect(priced.total.cost).toBe(1.05);
    expect(priced.total).toMatchObject({ calls: 5, inputTokens: 1_200_000, outputTokens: 510_000 });
    expect(TripUsage.parse(priced)).toEqual(priced);
  });

  it('keeps tiny costs exact to the nano-dollar rather than adding float noise', () => {
    const priced = priceUsage(summarizeUsage({ intake: [run('gpt-4o-mini', 1, 678, 120)] }), PRICES);
    expect(priced.byAgent.intake?.cost).toBe(0.0001737);
  });

  it('never guesses: an unlisted model costs null, and so does a total that includes it', () => {
    const usage = summarizeUsage({
      intake: [run('openai:gpt-4o-mini', 1, 1000, 100)],
      itinerary: [run('offline-policy/1', 1, 1000, 100)],
      hotels: [run('openai:gpt-4o-mini+openai:gpt-4o', 1, 1000, 100)],
    });
    const priced = priceUsage(usage, PRICES);
    expect(priced.byAgent.intake?.cost).toBeGreaterThan(0);
    expect(priced.byAgent.itinerary?.cost).toBeNull();
    expect(priced.byAgent.hotels?.cost).toBeNull();
    expect(priced.total.cost).toBeNull();
  });

  it('leaves every cost null without a price table, and does not read inherited keys', () => {
    const usage = summarizeUsage({ intake: [run('openai:gpt-4o-mini', 1, 1000, 100)] });
    expect(priceUsage(usage, undefined)).toEqual(usage);
    expect(priceFor('toString', PRICES)).toBeUndefined();
    expect(priceFor('openai:gpt-4o', PRICES)).toEqual(PRICES['gpt-4o']);
  });
});
