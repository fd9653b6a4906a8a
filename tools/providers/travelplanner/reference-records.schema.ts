import { z } from 'zod';
import { IsoDate, RoomType } from '../../domain/common.schema.js';
import { readClockTime, readHouseRules, readNumber } from './reference-values.js';

/**
 * The records of TravelPlanner's reference_information, as the dataset writes them: numbers
 * sometimes as strings ("1,144"), floats where integers are meant (minimum nights 2.0), and
 * free-text rules. Unknown columns (Phone, Website) are dropped.
 */

const NumberLike = z.unknown().transform((value, ctx) => {
  const n = readNumber(value);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a number, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return n;
});

/** Ratings and coordinates are sometimes missing; a missing one is not a broken record. */
const OptionalNumber = z.unknown().transform((value) => readNumber(value) ?? null);

const Text = z.union([z.string(), z.number()]).transform(String);
const OptionalText = z
  .union([z.string(), z.number(), z.null(), z.undefined()])
  .transform((v) => (v === null || v === undefined ? null : String(v)));

const Clock = Text.transform((value, ctx) => {
  const time = readClockTime(value);
  if (time === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a HH:MM time, got "${value}"` });
    return z.NEVER;
  }
  return time;
});

export const AttractionRecord = z.object({
  Name: Text,
  Latitude: OptionalNumber,
  Longitude: OptionalNumber,
  Address: OptionalText,
});
export type AttractionRecord = z.infer<typeof AttractionRecord>;

export const RestaurantRecord = z.object({
  Name: Text,
  'Average Cost': NumberLike,
  Cuisines: OptionalText,
  'Aggregate Rating': OptionalNumber,
});
export type RestaurantRecord = z.infer<typeof RestaurantRecord>;

export const AccommodationRecord = z.object({
  NAME: Text,
  price: NumberLike,
  'room type': RoomType,
  house_rules: OptionalText.transform((text, ctx) => {
    const rules = readHouseRules(text);
    if (rules === undefined) {
      ctx.addIssue({ code: 'custom', message: `unrecognised house rules "${text}"` });
      return z.NEVER;
    }
    return rules;
  }),
  'minimum nights': NumberLike,
  'maximum occupancy': NumberLike,
  'review rate number': OptionalNumber,
});
export type AccommodationRecord = z.infer<typeof AccommodationRecord>;

export const FlightRecord = z.object({
  'Flight Number': Text,
  Price: NumberLike,
  DepTime: Clock,
  ArrTime: Clock,
  ActualElapsedTime: OptionalText,
  FlightDate: IsoDate,
  Distance: NumberLike,
});
export type FlightRecord = z.infer<typeof FlightRecord>;
