import { z } from 'zod';
import type { PlanDay } from '../domain/plan.schema.js';

/** A day as the itinerary agent writes it: names only; the graph resolves them to records. */
export const ItineraryDay = z.object({
  day: z.number().int().min(1),
  breakfast: z.string().nullable().describe('Restaurant name, or null when no meal is planned'),
  lunch: z.string().nullable(),
  dinner: z.string().nullable(),
  sights: z.array(z.string()).describe('Sight names, in visiting order'),
  note: z.string().nullable().default(null).describe('Optional advice, e.g. weather'),
});
export type ItineraryDay = z.infer<typeof ItineraryDay>;

export function toItineraryDay(day: PlanDay): ItineraryDay {
  return {
    day: day.day,
    breakfast: day.breakfast?.name ?? null,
    lunch: day.lunch?.name ?? null,
    dinner: day.dinner?.name ?? null,
    sights: day.sights.map((s) => s.name),
    note: null,
  };
}
