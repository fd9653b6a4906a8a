import { z } from 'zod';
import { Amount, CityName, ClockTime, IsoDate, RoomType, TransportMode } from './common.schema.js';

/**
 * What changed between two plans of one trip (see tools/planning/plan-diff.ts): entity by entity
 * for programs, and as one sentence for people.
 */

const DayNumber = z.number().int().min(1);

/** `added`: only in the later plan; `removed`: only in the earlier one; `changed`: in both, different. */
export const ChangeKind = z.enum(['added', 'removed', 'changed']);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** A transport leg reduced to what a traveller compares. */
export const LegSummary = z.object({
  day: DayNumber,
  mode: TransportMode,
  from: CityName,
  to: CityName,
  /** Flights only; null for ground legs. */
  flightNumber: z.string().nullable(),
  departureTime: ClockTime.nullable(),
  arrivalTime: ClockTime.nullable(),
  durationMinutes: z.number().int().nonnegative(),
  cost: Amount,
});
export type LegSummary = z.infer<typeof LegSummary>;

/** Legs are matched by day + from + to, then (a leg moved to another day) by from + to. */
export const LegChange = z.object({
  kind: ChangeKind,
  /** Of the later leg, or of the earlier one when removed. */
  day: DayNumber,
  from: CityName,
  to: CityName,
  before: LegSummary.nullable(),
  after: LegSummary.nullable(),
});
export type LegChange = z.infer<typeof LegChange>;

export const StaySummary = z.object({
  name: z.string(),
  roomType: RoomType,
  firstNight: DayNumber,
  nights: z.number().int().min(1),
  rooms: z.number().int().min(1),
  pricePerNight: Amount,
  cost: Amount,
});
export type StaySummary = z.infer<typeof StaySummary>;

/** Stays are matched by city + first night, then (a stay that starts another night) by city. */
export const StayChange = z.object({
  kind: ChangeKind,
  city: CityName,
  /** Of the later stay, or of the earlier one when removed. */
  firstNight: DayNumber,
  before: StaySummary.nullable(),
  after: StaySummary.nullable(),
});
export type StayChange = z.infer<typeof StayChange>;

export const DayField = z.enum([
  'date',
  'city',
  'breakfast',
  'lunch',
  'dinner',
  'sights',
  'accommodation',
  'notes',
]);
export type DayField = z.infer<typeof DayField>;

/** Names before and after, in order: at most one for a meal, the date, the city or the accommodation. */
export const DayFieldChange = z.object({
  field: DayField,
  before: z.array(z.string()),
  after: z.array(z.string()),
});
export type DayFieldChange = z.infer<typeof DayFieldChange>;

/** Days are matched by day number. */
export const DayChange = z.object({
  kind: ChangeKind,
  day: DayNumber,
  /** Of the later day, or of the earlier one when removed. */
  date: IsoDate,
  city: CityName,
  fields: z.array(DayFieldChange),
});
export type DayChange = z.infer<typeof DayChange>;

export const CostChange = z.object({
  before: Amount,
  after: Amount,
  /** after − before, rounded to cents; null when the plans are priced in different currencies. */
  delta: z.number().nullable(),
  /** The later plan's currency. */
  currency: z.string(),
});
export type CostChange = z.infer<typeof CostChange>;

/** The visited cities in order (the origin is not listed). */
export const RouteChange = z.object({
  before: z.array(CityName),
  after: z.array(CityName),
  changed: z.boolean(),
});
export type RouteChange = z.infer<typeof RouteChange>;

export const PlanDiff = z.object({
  /** Anything at all differs: route, a leg, a stay, a day or the total. */
  changed: z.boolean(),
  route: RouteChange,
  legs: z.array(LegChange),
  stays: z.array(StayChange),
  days: z.array(DayChange),
  cost: CostChange,
  /** Entities present and identical in both plans. */
  unchanged: z.object({
    legs: z.number().int().nonnegative(),
    stays: z.number().int().nonnegative(),
    days: z.number().int().nonnegative(),
  }),
  /** One sentence, most important change first, e.g. "Stay in Denver changed from … ; cost down $42 to $1,944." */
  sentence: z.string(),
});
export type PlanDiff = z.infer<typeof PlanDiff>;
