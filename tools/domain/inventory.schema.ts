import { z } from 'zod';
import { Amount, CityName, ClockTime, DietaryNeed, HouseRule, IsoDate, RoomType } from './common.schema.js';

/** A city the provider knows: the gazetteer entry used to recognise and route cities. */
export const CityInfo = z.object({
  name: CityName,
  /** State or province (e.g. "California"); the country name where there is none. */
  region: z.string(),
  country: z.string(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  timeZone: z.string().nullable(),
  /** IATA codes of the airports serving the city (empty when it has none). */
  airports: z.array(z.string().length(3)),
});
export type CityInfo = z.infer<typeof CityInfo>;

export const Flight = z.object({
  flightNumber: z.string().min(1),
  from: CityName,
  to: CityName,
  date: IsoDate,
  departureTime: ClockTime,
  arrivalTime: ClockTime,
  durationMinutes: z.number().int().positive(),
  distanceKm: z.number().nonnegative(),
  /** Per person. */
  price: Amount,
});
export type Flight = z.infer<typeof Flight>;

export const GroundMode = z.enum(['self-driving', 'taxi']);
export type GroundMode = z.infer<typeof GroundMode>;

export const GroundRoute = z.object({
  mode: GroundMode,
  from: CityName,
  to: CityName,
  durationMinutes: z.number().int().nonnegative(),
  distanceKm: z.number().nonnegative(),
  /** Per vehicle: a car carries 5 people, a taxi 4. */
  cost: Amount,
});
export type GroundRoute = z.infer<typeof GroundRoute>;

export const Stay = z.object({
  name: z.string().min(1),
  city: CityName,
  roomType: RoomType,
  /** What the host forbids. */
  forbids: z.array(HouseRule),
  minimumNights: z.number().int().min(1),
  maximumOccupancy: z.number().int().min(1),
  /** 0–5. */
  rating: z.number().min(0).max(5),
  /** Per room per night. */
  pricePerNight: Amount,
});
export type Stay = z.infer<typeof Stay>;

export const Restaurant = z.object({
  name: z.string().min(1),
  city: CityName,
  cuisines: z.array(z.string()),
  /** Dietary needs the kitchen reliably serves (a vegan kitchen also serves vegetarians). */
  dietary: z.array(DietaryNeed).default([]),
  /** Per person per meal. */
  averageCost: Amount,
  rating: z.number().min(0).max(5),
});
export type Restaurant = z.infer<typeof Restaurant>;

export const Sight = z.object({
  name: z.string().min(1),
  city: CityName,
  category: z.string().nullable(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  address: z.string().nullable(),
});
export type Sight = z.infer<typeof Sight>;

export const WeatherOutlook = z.object({
  city: CityName,
  date: IsoDate,
  highC: z.number(),
  lowC: z.number(),
  precipitationChance: z.number().min(0).max(1),
  summary: z.string(),
});
export type WeatherOutlook = z.infer<typeof WeatherOutlook>;
