import { z } from 'zod';
import { CityName, IsoDate } from '../../tools/domain/common.schema.js';
import { ItineraryDay } from '../../tools/itinerary/itinerary-day.schema.js';

export const ItineraryTask = z.object({
  travellers: z.number().int().min(1),
  cuisines: z.array(z.string()),
  pace: z.enum(['relaxed', 'balanced', 'packed']),
  interests: z.array(z.string()),
  mealBudget: z.number().nullable(),
  days: z.array(
    z.object({ day: z.number().int(), date: IsoDate, city: CityName, fromCity: CityName.nullable() }),
  ),
  /** Problems the validator found in the previous attempt; fix every one. */
  critique: z.array(z.string()),
});
export type ItineraryTask = z.infer<typeof ItineraryTask>;

export const ItinerarySubmission = z.object({
  days: z.array(ItineraryDay).describe('Every day of the trip, in order'),
});
export type ItinerarySubmission = z.infer<typeof ItinerarySubmission>;
