import type { Plan } from '../../tools/domain/plan.schema.js';

/** A trip departs (its watch ends, its retention starts counting) at midnight UTC of its first day. */
export function departureMs(plan: Plan): number {
  return Date.parse(`${plan.spec.startDate}T00:00:00Z`);
}
