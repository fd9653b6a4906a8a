import { z } from 'zod';
import { CityName, ClockTime, IsoDate } from './common.schema.js';

/**
 * Changes injected into a world over time (an operator or a test says "this fare +40%", "that
 * hotel sold out"). Objects are strict: a misspelt field is an error, not a silent no-op.
 */

const FlightNumber = z.string().trim().min(1).max(16);
/** Multiplies a price: 1.4 is +40%, 0.8 is −20%. */
const PriceFactor = z.number().positive().finite().max(100);
const StayName = z.string().min(1);

/** What the sky does; a drift "turn" moves along clear → … → storm, snow is only injected. */
export const WeatherCondition = z.enum(['clear', 'cloudy', 'showers', 'rain', 'storm', 'snow']);
export type WeatherCondition = z.infer<typeof WeatherCondition>;

/** A fare moves by `factor` on `date`, or on every date when `date` is absent. */
export const FareChange = z.strictObject({
  kind: z.literal('fare'),
  flightNumber: FlightNumber,
  date: IsoDate.optional(),
  factor: PriceFactor,
});
export type FareChange = z.infer<typeof FareChange>;

export const FlightCancelledChange = z.strictObject({
  kind: z.literal('flight-cancelled'),
  flightNumber: FlightNumber,
  date: IsoDate.optional(),
});
export type FlightCancelledChange = z.infer<typeof FlightCancelledChange>;

/** New wall-clock times; the arrival stays on the departure day (flights carry no arrival date). */
export const FlightRetimedChange = z
  .strictObject({
    kind: z.literal('flight-retimed'),
    flightNumber: FlightNumber,
    date: IsoDate.optional(),
    departureTime: ClockTime,
    arrivalTime: ClockTime,
  })
  .refine((change) => change.arrivalTime > change.departureTime, {
    message: 'arrivalTime must be after departureTime on the same day',
    path: ['arrivalTime'],
  });
export type FlightRetimedChange = z.infer<typeof FlightRetimedChange>;

export const StaySoldOutChange = z.strictObject({
  kind: z.literal('stay-sold-out'),
  city: CityName,
  stayName: StayName,
});
export type StaySoldOutChange = z.infer<typeof StaySoldOutChange>;

export const StayPriceChange = z.strictObject({
  kind: z.literal('stay-price'),
  city: CityName,
  stayName: StayName,
  factor: PriceFactor,
});
export type StayPriceChange = z.infer<typeof StayPriceChange>;

/**
 * The outlook for `city` on `date` (every date when absent) turns to `condition`. The condition
 * sets a typical precipitation chance and the summary; the optional fields override the numbers.
 */
export const WeatherChange = z
  .strictObject({
    kind: z.literal('weather'),
    city: CityName,
    date: IsoDate.optional(),
    condition: WeatherCondition,
    highC: z.number().finite().optional(),
    lowC: z.number().finite().optional(),
    precipitationChance: z.number().min(0).max(1).optional(),
  })
  .refine(
    (change) => change.highC === undefined || change.lowC === undefined || change.lowC <= change.highC,
    {
      message: 'lowC must not exceed highC',
      path: ['lowC'],
    },
  );
export type WeatherChange = z.infer<typeof WeatherChange>;

export const WorldChange = z.discriminatedUnion('kind', [
  FareChange,
  FlightCancelledChange,
  FlightRetimedChange,
  StaySoldOutChange,
  StayPriceChange,
  WeatherChange,
]);
export type WorldChange = z.infer<typeof WorldChange>;
export type WorldChangeKind = WorldChange['kind'];
