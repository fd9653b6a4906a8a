import { z } from 'zod';
import { Amount } from '../../tools/domain/common.schema.js';
import { Plan } from '../../tools/domain/plan.schema.js';

/** What made a version: the first plan, a scheduled re-check's repair, or a person. */
export const VersionTrigger = z.enum(['plan', 'replan', 'manual']);
export type VersionTrigger = z.infer<typeof VersionTrigger>;

/** One stored plan of a trip. Versions count up from 1 without gaps (see PlanVersionStore.claim). */
export const PlanVersionEntry = z.object({
  version: z.number().int().min(1),
  plan: Plan,
  /** Why this version exists, for people: "initial plan", "stay sold out in Denver". */
  reason: z.string().trim().min(1).max(500),
  createdAt: z.iso.datetime(),
  trigger: VersionTrigger,
  /** The scheduled check that produced it, when there was one. */
  checkId: z.string().min(1).optional(),
});
export type PlanVersionEntry = z.infer<typeof PlanVersionEntry>;

/** A version without its plan: what a listing shows. */
export const PlanVersionSummary = PlanVersionEntry.omit({ plan: true }).extend({
  /** The plan's total cost. */
  total: Amount,
  currency: z.string(),
});
export type PlanVersionSummary = z.infer<typeof PlanVersionSummary>;

export function summarizeVersion(entry: PlanVersionEntry): PlanVersionSummary {
  const { plan, ...rest } = entry;
  return { ...rest, total: plan.cost.total, currency: plan.cost.currency };
}
