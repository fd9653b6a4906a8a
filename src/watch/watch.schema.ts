import { z } from 'zod';

export const DEFAULT_WATCH_EVERY_MINUTES = 6 * 60;

/** Five or six space-separated cron fields; BullMQ's parser has the last word on the rest. */
const CRON = /^(\S+\s+){4,5}\S+$/;

/** How a trip is watched: how often it is re-checked and what is worth a repair. */
export const WatchSettings = z
  .object({
    /** Re-check every N minutes (default 360: every 6 hours). */
    everyMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .optional(),
    /** Or on a cron schedule (UTC), e.g. "0 7 * * *"; not together with everyMinutes. */
    cron: z.string().trim().regex(CRON, 'expected a cron pattern like "0 */6 * * *"').optional(),
    /** A leg, stay or total that got dearer by at least this many percent is re-shopped. */
    priceChangePct: z.number().min(0).max(1000).default(10),
    /** Re-plan the sights of days whose weather turned wet. */
    weather: z.boolean().default(true),
  })
  .strict()
  .refine((s) => !(s.everyMinutes !== undefined && s.cron !== undefined), {
    message: 'give everyMinutes or cron, not both',
  });
export type WatchSettings = z.infer<typeof WatchSettings>;

export const CheckOutcome = z.enum(['unchanged', 'replanned', 'needs_attention']);
export type CheckOutcome = z.infer<typeof CheckOutcome>;

/** The newest re-check of a watched trip. */
export const WatchCheck = z.object({
  at: z.iso.datetime(),
  outcome: CheckOutcome,
  /** One sentence: what moved and what was done. */
  summary: z.string(),
  /** The plan version the check looked at (or produced, when it replanned). */
  version: z.number().int().min(1),
});
export type WatchCheck = z.infer<typeof WatchCheck>;

export const WatchEndReason = z.enum(['departed', 'cancelled', 'stopped']);
export type WatchEndReason = z.infer<typeof WatchEndReason>;

/** A trip's watch as stored on the trip and returned by the API. */
export const WatchState = z.object({
  status: z.enum(['active', 'ended']),
  settings: WatchSettings,
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  endedReason: WatchEndReason.nullable(),
  checks: z.number().int().min(0),
  lastCheck: WatchCheck.nullable(),
  /** Chance of rain per date at the last check: a day "turns" wet against it. */
  weatherBaseline: z.record(z.string(), z.number()),
  /**
   * Quotes a check kept because nothing cheaper and comparable was in reach (item → the party's
   * price): a later rise is measured from them, so the agents are not asked again every check.
   * Cleared by a new version.
   */
  keptPrices: z.record(z.string(), z.number()).optional(),
});
export type WatchState = z.infer<typeof WatchState>;

/** Set when a re-check found the plan broken and no valid repair; cleared by the next good check. */
export const TripAttention = z.object({
  since: z.iso.datetime(),
  /** The version that broke (it stays current). */
  version: z.number().int().min(1),
  message: z.string(),
  reasons: z.array(z.string()),
});
export type TripAttention = z.infer<typeof TripAttention>;
