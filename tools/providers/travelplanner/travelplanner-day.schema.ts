import { z } from 'zod';

/** "-" is how TravelPlanner writes an empty field. */
export const EMPTY_FIELD = '-';

/** One day of a plan in TravelPlanner's submission format (see shared/travelplanner/README.md). */
export const TravelPlannerDay = z.object({
  /** 1-based day number. */
  days: z.number().int().min(1),
  /** "from A to B" on a travel day, else the city. */
  current_city: z.string(),
  /** "Flight Number: F1, from A to B, Departure Time: 15:40, Arrival Time: 17:04", "Self-driving, …", "Taxi, …" or "-". */
  transportation: z.string(),
  /** "Name, City" or "-" (also lunch and dinner). */
  breakfast: z.string(),
  /** "Name, City;Name, City;" (each item ends with ";") or "-". */
  attraction: z.string(),
  lunch: z.string(),
  dinner: z.string(),
  /** "Name, City" for the night; "-" on the last day. */
  accommodation: z.string(),
});
export type TravelPlannerDay = z.infer<typeof TravelPlannerDay>;

export const TravelPlannerPlan = z.array(TravelPlannerDay);
export type TravelPlannerPlan = z.infer<typeof TravelPlannerPlan>;

const FIELDS = [
  'current_city',
  'transportation',
  'breakfast',
  'attraction',
  'lunch',
  'dinner',
  'accommodation',
] as const;

function fieldText(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? EMPTY_FIELD : value;
  if (typeof value === 'number') return String(value);
  return EMPTY_FIELD;
}

/**
 * A submitted plan as the evaluator reads it: anything that is not a list is no plan ([]);
 * a missing, null or blank field counts as "-" (absent), so completeness checks see it; day
 * numbers that are missing or not numbers become the day's position.
 */
export function readTravelPlannerPlan(value: unknown): TravelPlannerDay[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown, index) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const days = Number(record.days);
    const day: TravelPlannerDay = {
      days: Number.isInteger(days) && days >= 1 ? days : index + 1,
      current_city: EMPTY_FIELD,
      transportation: EMPTY_FIELD,
      breakfast: EMPTY_FIELD,
      attraction: EMPTY_FIELD,
      lunch: EMPTY_FIELD,
      dinner: EMPTY_FIELD,
      accommodation: EMPTY_FIELD,
    };
    for (const field of FIELDS) day[field] = fieldText(record[field]);
    return day;
  });
}
