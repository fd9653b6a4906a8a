import { z } from 'zod';
import { Amount, CityName, ClockTime, DietaryNeed, HouseRule, IsoDate, RoomType } from './common.schema.js';
import { FlightSegmentInfo, LayoverInfo, QuotedPrice } from './provenance.schema.js';

/** The real source an entity came from (e.g. "duffel", "openstreetmap"); absent for the sandbox. */
const SourceName = z.string().min(1).optional();

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
  /** Other names people use for it ("Big Apple", "Wien", "Bali"), so a request can say them. */
  aliases: z.array(z.string().min(1)).optional(),
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
  /**
   * Where the provider knows time zones (the sandbox; not TravelPlanner): departureTime is local
   * at `from` and arrivalTime local at `to`, durationMinutes is measured in UTC, and the instants
   * carry their offsets (`2027-04-09T08:50+01:00`). Absent: times are on one unnamed clock.
   */
  departureZone: z.string().optional(),
  arrivalZone: z.string().optional(),
  departureAt: z.string().optional(),
  arrivalAt: z.string().optional(),
  /** Local date of the arrival: the next day (or later) for an overnight flight. Absent: `date`. */
  arrivalDate: IsoDate.optional(),
  /** Stops on the way; absent means nonstop. */
  stops: z.number().int().min(0).optional(),
  /** Real sources only: the offer to re-price or book with, and when its price lapses. */
  offerId: z.string().min(1).optional(),
  expiresAt: z.string().optional(),
  bookingUrl: z.string().optional(),
  /** Every flight of the journey, with the connections between them (`layovers[i]` follows `segments[i]`). */
  segments: z.array(FlightSegmentInfo).optional(),
  layovers: z.array(LayoverInfo).optional(),
  /** The per-person fare as the source quoted it and the rate that gave `price`. */
  quoted: QuotedPrice.optional(),
  source: SourceName,
});
export type Flight = z.infer<typeof Flight>;

/** A scheduled train between two cities on one date; times local, as for a zoned Flight. */
export const Train = z.object({
  /** Operator and number, e.g. "TGV 6211", "Nozomi 213". */
  trainNumber: z.string().min(1),
  operator: z.string().min(1),
  from: CityName,
  to: CityName,
  date: IsoDate,
  departureTime: ClockTime,
  arrivalTime: ClockTime,
  departureZone: z.string(),
  arrivalZone: z.string(),
  departureAt: z.string(),
  arrivalAt: z.string(),
  arrivalDate: IsoDate,
  durationMinutes: z.number().int().positive(),
  /** Along the line (longer than the great circle). */
  distanceKm: z.number().nonnegative(),
  /** Per person, standard class. */
  price: Amount,
});
export type Train = z.infer<typeof Train>;

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
  /** Fields estimated rather than quoted (a road router gives no fares: cost from a per-km tariff). */
  estimated: z.array(z.enum(['cost', 'durationMinutes'])).optional(),
  source: SourceName,
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
  offerId: z.string().min(1).optional(),
  bookingUrl: z.string().optional(),
  /** The whole stay's price as the source quoted it (every room and night) and the rate that gave `pricePerNight`. */
  quoted: QuotedPrice.optional(),
  /**
   * Fields the source does not give, filled with a conservative default rather than a guess
   * (e.g. "forbids": unknown house rules count as forbidding every rule).
   */
  assumed: z.array(z.enum(['roomType', 'forbids', 'minimumNights', 'maximumOccupancy', 'rating'])).optional(),
  source: SourceName,
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
  /** Fields estimated rather than published by the source (OpenStreetMap has no prices or ratings). */
  estimated: z.array(z.enum(['averageCost', 'rating'])).optional(),
  source: SourceName,
});
export type Restaurant = z.infer<typeof Restaurant>;

export const Sight = z.object({
  name: z.string().min(1),
  city: CityName,
  category: z.string().nullable(),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  address: z.string().nullable(),
  source: SourceName,
});
export type Sight = z.infer<typeof Sight>;

export const WeatherOutlook = z.object({
  city: CityName,
  date: IsoDate,
  highC: z.number(),
  lowC: z.number(),
  precipitationChance: z.number().min(0).max(1),
  summary: z.string(),
  /** `forecast` for the day, or a `climate` projection (an outlook, not a forecast); absent: climate normals. */
  basis: z.enum(['forecast', 'climate']).optional(),
  source: SourceName,
});
export type WeatherOutlook = z.infer<typeof WeatherOutlook>;
