import { z } from 'zod';

const TokenCount = z.number().int().nonnegative();

/** Money in USD; null when the model has no price (never a guess). */
const UsageCost = z.number().nonnegative().finite().nullable();

/** Model calls and their tokens, as the model reported them (a call reporting none counts 0). */
export const TokenUsage = z.object({
  calls: TokenCount,
  inputTokens: TokenCount,
  outputTokens: TokenCount,
});
export type TokenUsage = z.infer<typeof TokenUsage>;

/** One model call's tokens. */
export const CallUsage = TokenUsage.pick({ inputTokens: true, outputTokens: true });
export type CallUsage = z.infer<typeof CallUsage>;

/**
 * One agent's share of a trip, over all its runs (revisions and clarification re-runs included).
 * `model` is the model that ran them; runs by different models are joined with "+", which no price
 * table lists, so their cost stays null.
 */
export const AgentUsage = TokenUsage.extend({ model: z.string(), cost: UsageCost });
export type AgentUsage = z.infer<typeof AgentUsage>;

/** What a trip cost in model calls: per agent and in total; costs are null until priced. */
export const TripUsage = z.object({
  byAgent: z.record(z.string(), AgentUsage),
  /** `cost` is null unless every agent's cost is known (a partial sum would understate it). */
  total: TokenUsage.extend({ cost: UsageCost }),
  currency: z.literal('USD'),
});
export type TripUsage = z.infer<typeof TripUsage>;

/** USD per million tokens of one model. */
export const ModelPrice = z
  .object({
    inputPerMillion: z.number().nonnegative().finite(),
    outputPerMillion: z.number().nonnegative().finite(),
  })
  .strict();
export type ModelPrice = z.infer<typeof ModelPrice>;

/** Prices by model name as the provider spells it ("gpt-4o-mini", without "openai:"). */
export const ModelPrices = z.record(z.string().trim().min(1), ModelPrice);
export type ModelPrices = z.infer<typeof ModelPrices>;
