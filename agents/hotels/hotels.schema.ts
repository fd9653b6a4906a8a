import { z } from 'zod';
import {
  CityName,
  ComfortTier,
  HouseRule,
  IsoDate,
  RoomTypeRequirement,
} from '../../tools/domain/common.schema.js';

export const HotelsTask = z.object({
  travellers: z.number().int().min(1),
  roomType: RoomTypeRequirement.nullable(),
  mustAllow: z.array(HouseRule),
  /** Per city, the longest stay any candidate route plans there (minimum-night rules). */
  cities: z.array(
    z.object({
      city: CityName,
      nights: z.number().int().min(1),
      /** The nights' dates (a real source prices a stay by them; the sandbox ignores them). */
      checkIn: IsoDate.optional(),
      checkOut: IsoDate.optional(),
    }),
  ),
  budget: z.number().nullable(),
  /** The party's comfort wish (null: none); stays of the wished standard go on the shortlist. */
  comfort: ComfortTier.nullable().optional(),
  /** The most one room or home may cost a night, in the prices' currency (null: no cap). */
  maxPricePerNight: z.number().positive().nullable().optional(),
});
export type HotelsTask = z.infer<typeof HotelsTask>;

export const StayShortlist = z.object({
  cities: z.array(
    z.object({
      city: CityName,
      stayNames: z
        .array(z.string())
        .describe('Stays worth considering, best first (exact names from search_stays)'),
    }),
  ),
});
export type StayShortlist = z.infer<typeof StayShortlist>;
