import { z } from 'zod';
import { Amount, CityName, IsoDate } from './common.schema.js';
import { Flight, GroundRoute, Restaurant, Sight, Stay, Train } from './inventory.schema.js';
import { DataAttribution } from './provenance.schema.js';
import { TripSpec } from './trip-spec.schema.js';
import { TripUsage } from './usage.schema.js';

const DayNumber = z.number().int().min(1);

export const FlightLeg = z.object({
  mode: z.literal('flight'),
  /** The trip day (1-based) on which the leg is travelled. */
  day: DayNumber,
  from: CityName,
  to: CityName,
  flight: Flight,
  /** price × travellers. */
  cost: Amount,
});
export const GroundLeg = z.object({
  mode: z.enum(['self-driving', 'taxi']),
  day: DayNumber,
  from: CityName,
  to: CityName,
  route: GroundRoute,
  /** Cars (5 seats) or taxis (4 seats) needed for the party. */
  vehicles: z.number().int().min(1),
  /** route.cost × vehicles. */
  cost: Amount,
  /**
   * Local clock time ("HH:MM") the drive leaves, when the plan fixes it (a day trip's way back
   * leaves in the evening); absent, the drive leaves at the usual morning start.
   */
  departureTime: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
});
export const RailLeg = z.object({
  mode: z.literal('rail'),
  day: DayNumber,
  from: CityName,
  to: CityName,
  train: Train,
  /** price × travellers. */
  cost: Amount,
});
export const TransportLeg = z.discriminatedUnion('mode', [FlightLeg, GroundLeg, RailLeg]);
export type TransportLeg = z.infer<typeof TransportLeg>;
export type FlightLeg = z.infer<typeof FlightLeg>;
export type GroundLeg = z.infer<typeof GroundLeg>;
export type RailLeg = z.infer<typeof RailLeg>;

export const StayBooking = z.object({
  city: CityName,
  stay: Stay,
  /** Day (1-based) whose night is the first one spent here. */
  firstNight: DayNumber,
  nights: z.number().int().min(1),
  /** ceil(travellers / maximum occupancy). */
  rooms: z.number().int().min(1),
  /** pricePerNight × rooms × nights. */
  cost: Amount,
});
export type StayBooking = z.infer<typeof StayBooking>;

export const PlanDay = z.object({
  day: DayNumber,
  date: IsoDate,
  /** On a travel day, the city left in the morning; null otherwise. */
  fromCity: CityName.nullable(),
  /** Where the day is spent (the arrival city on a travel day). */
  city: CityName,
  breakfast: Restaurant.nullable(),
  lunch: Restaurant.nullable(),
  dinner: Restaurant.nullable(),
  sights: z.array(Sight),
  /** Name of the stay for this night; null on the last day. */
  accommodation: z.string().nullable(),
  notes: z.array(z.string()).default([]),
});
export type PlanDay = z.infer<typeof PlanDay>;

export const CostBreakdown = z.object({
  transport: Amount,
  accommodation: Amount,
  meals: Amount,
  total: Amount,
  currency: z.string(),
  budget: Amount.nullable(),
  /**
   * The total and the budget in the currency the request stated its budget in, at the rate it was
   * converted with (whole units), when that is not `currency`.
   */
  asStated: z
    .object({
      currency: z.string(),
      total: Amount,
      budget: Amount,
      /** `currency` units per one unit of the stated currency. */
      rate: z.number().positive(),
    })
    .optional(),
});
export type CostBreakdown = z.infer<typeof CostBreakdown>;

export const CommonsenseCheckId = z.enum([
  'within-sandbox',
  'complete-information',
  'within-current-city',
  'reasonable-route',
  'diverse-restaurants',
  'diverse-attractions',
  'non-conflicting-transport',
  'minimum-nights',
]);
export const HardCheckId = z.enum([
  'budget',
  'room-type',
  'house-rule',
  'cuisine',
  'transportation',
  'dietary',
  'comfort',
  'flight-times',
  'preferred-modes',
  'nightly-price',
  'avoided-cuisines',
]);
export type CommonsenseCheckId = z.infer<typeof CommonsenseCheckId>;
export type HardCheckId = z.infer<typeof HardCheckId>;
/** TravelPlanner's five hard constraints: the only ones its queries set, and its figures count. */
export const TRAVELPLANNER_HARD_CHECKS = [
  'budget',
  'room-type',
  'house-rule',
  'cuisine',
  'transportation',
] as const satisfies readonly HardCheckId[];
export type TravelPlannerHardCheckId = (typeof TRAVELPLANNER_HARD_CHECKS)[number];

export const ValidationCheck = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('commonsense'),
    id: CommonsenseCheckId,
    passed: z.boolean(),
    problems: z.array(z.string()),
  }),
  z.object({ kind: z.literal('hard'), id: HardCheckId, passed: z.boolean(), problems: z.array(z.string()) }),
]);
export type ValidationCheck = z.infer<typeof ValidationCheck>;

/** Every commonsense check, plus the hard checks the request sets (budget always, when given). */
export const ValidationReport = z.object({
  passed: z.boolean(),
  checks: z.array(ValidationCheck),
});
export type ValidationReport = z.infer<typeof ValidationReport>;

/** A stated wish the plan could not honour, and why (nothing a person asked for is dropped silently). */
export const NotHonoured = z.object({
  /** The wish in the person's terms: "luxury stays", "vegetarian meals", "no flights before 08:00". */
  wish: z.string().min(1),
  reason: z.string().min(1),
});
export type NotHonoured = z.infer<typeof NotHonoured>;

/** A night on the way: the city, and the drive in one day it breaks in two. */
export const RouteStopover = z.object({
  city: CityName,
  from: CityName,
  to: CityName,
  /** The drive from `from` to `to` in one day, which the night on the way replaces. */
  directMinutes: z.number().int().nonnegative(),
});
export type RouteStopover = z.infer<typeof RouteStopover>;

export const Plan = z.object({
  request: z.string().nullable(),
  spec: TripSpec,
  route: z.object({
    cities: z.array(CityName),
    nights: z.array(z.number().int().min(0)),
    /**
     * Cities of the route that are a night on the way, not a destination the party asked for: a
     * drive longer than a day at the wheel broken in two (tools/planning/road-stopovers.ts).
     * Absent when the route has none.
     */
    stopovers: z.array(RouteStopover).optional(),
  }),
  legs: z.array(TransportLeg),
  stays: z.array(StayBooking),
  days: z.array(PlanDay),
  cost: CostBreakdown,
  validation: ValidationReport,
  /** Which model produced the plan, per agent (e.g. {"intake": "offline-policy/1", …}). */
  models: z.record(z.string(), z.string()),
  /**
   * Model calls and tokens per agent and in total, with their cost when priced (MODEL_PRICES).
   * Every new plan has it; optional only so plans stored before it existed still read.
   */
  usage: TripUsage.optional(),
  provider: z.string(),
  summary: z.string(),
  /** Wishes the plan does not honour, with the reason; empty when every wish holds. */
  notHonoured: z.array(NotHonoured).default([]),
  /** Credits and licences of the real data behind the plan (absent for the sandbox and TravelPlanner). */
  attributions: z.array(DataAttribution).optional(),
});
export type Plan = z.infer<typeof Plan>;

/** A plan before it is checked and presented: what the solver and itinerary produce. */
export const PlanDraft = Plan.pick({ spec: true, route: true, legs: true, stays: true, days: true });
export type PlanDraft = z.infer<typeof PlanDraft>;
