import { z } from 'zod';
import {
  CityName,
  ClockTime,
  ComfortTier,
  DietaryNeed,
  HouseRule,
  IsoDate,
  RoomTypeRequirement,
  TransportMode,
} from './common.schema.js';
import { budgetMessage, daysMessage, isBudgetAmount, travellersMessage } from './request-bounds.js';

/** The longest trip one plan covers (days, travel days included); the solver stays fast up to it. */
export const MAX_TRIP_DAYS = 60;
/** The largest party one plan books for; a bigger group is asked about, never silently shrunk. */
export const MAX_TRAVELLERS = 20;
/** The most cities one trip visits (region count or named list). */
export const MAX_CITIES = 8;

// The refusals' sentences come from request-bounds, so the API, the graph and the CLI say the same.
const daysError = { error: (issue: { input: unknown }) => daysMessage(issue.input, MAX_TRIP_DAYS) };
const TripDays = z.number(daysError).int(daysError).min(1, daysError).max(MAX_TRIP_DAYS, daysError);
const travellersError = {
  error: (issue: { input: unknown }) => travellersMessage(issue.input, MAX_TRAVELLERS),
};
const Travellers = z
  .number(travellersError)
  .int(travellersError)
  .min(1, travellersError)
  .max(MAX_TRAVELLERS, travellersError);

/** One stop of a named multi-city route; `nights` null lets the planner share the nights out. */
export const RouteStop = z.object({
  city: CityName,
  nights: z
    .number()
    .int()
    .min(1)
    .max(MAX_TRIP_DAYS - 1)
    .nullable()
    .default(null),
});
export type RouteStop = z.infer<typeof RouteStop>;

export const Destination = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city'), city: CityName }),
  z.object({
    kind: z.literal('region'),
    /** A state, province or country: "California", "Colorado", "Italy". */
    region: z.string().trim().min(1),
    cityCount: z.number().int().min(1).max(5),
  }),
  /** Named cities visited in the order given ("Madrid, then Seville, then Lisbon"). */
  z.object({ kind: z.literal('cities'), stops: z.array(RouteStop).min(1).max(MAX_CITIES) }),
]);
export type Destination = z.infer<typeof Destination>;

/**
 * How the trip ends. `round-trip`: back to the origin. `one-way`: the trip ends in the last city
 * visited, with no leg home. `open-jaw`: the trip ends at `returnTo`, a city other than the origin
 * (fly home to Boston after leaving from New York).
 */
export const TripType = z.enum(['round-trip', 'one-way', 'open-jaw']);
export type TripType = z.infer<typeof TripType>;

/**
 * Whose rules the plan follows. `travelplanner`: the benchmark's (round trip, no restaurant ever
 * twice). `standard`: everyday trips (a restaurant may come back after a few days).
 */
export const Ruleset = z.enum(['standard', 'travelplanner']);
export type Ruleset = z.infer<typeof Ruleset>;

export const Budget = z.object({
  amount: z.number().positive().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
});
export type Budget = z.infer<typeof Budget>;

/** When flights may leave and land (local times at each end) and how many stops they may make. */
export const FlightTimes = z.object({
  /** No flight leaves before this local time. */
  earliestDeparture: ClockTime.nullable().default(null),
  /** No flight lands after this local time. */
  latestArrival: ClockTime.nullable().default(null),
  /** No red-eyes: no flight in the air between 00:00 and 05:00 local, none landing the next day. */
  noOvernight: z.boolean().default(false),
  maxStops: z.number().int().min(0).max(3).nullable().default(null),
});
export type FlightTimes = z.infer<typeof FlightTimes>;
export const NO_FLIGHT_TIMES: FlightTimes = {
  earliestDeparture: null,
  latestArrival: null,
  noOvernight: false,
  maxStops: null,
};

export const TripConstraints = z.object({
  roomType: RoomTypeRequirement.nullable().default(null),
  /** What the travellers need to be allowed: bringing pets, children under 10, smoking, … */
  houseRules: z.array(HouseRule).default([]),
  /** Every listed cuisine must be served by at least one meal away from the origin. */
  cuisines: z.array(z.string().trim().min(1)).default([]),
  /** Kitchens the party would rather not eat at ("no Italian food"): no meal at one whose main cuisine it is. */
  avoidedCuisines: z.array(z.string().trim().min(1)).default([]),
  excludedModes: z.array(TransportMode).default([]),
  /** Every meal must serve every listed need. */
  dietary: z.array(DietaryNeed).default([]),
  flightTimes: FlightTimes.default(NO_FLIGHT_TIMES),
  /**
   * The most one room, or one whole home, may cost a night ("hotels under $200 a night"), in the
   * currency the traveller wrote; null: no cap.
   */
  maxPricePerNight: Budget.nullable().default(null),
});
export type TripConstraints = z.infer<typeof TripConstraints>;

export const TripPreferences = z.object({
  pace: z.enum(['relaxed', 'balanced', 'packed']).default('balanced'),
  interests: z.array(z.string()).default([]),
  /** null: no stated wish (the planner picks the best value). */
  comfort: ComfortTier.nullable().default(null),
  /** Modes the party would rather travel by ("we're driving", "we prefer trains"). */
  preferredModes: z.array(TransportMode).default([]),
});
export type TripPreferences = z.infer<typeof TripPreferences>;

const DEFAULT_CONSTRAINTS: z.input<typeof TripConstraints> = {};
const DEFAULT_PREFERENCES: z.input<typeof TripPreferences> = {};

/** The complete, checked understanding of a request: everything the planner needs. */
export const TripSpec = z.object({
  origin: CityName,
  destination: Destination,
  tripType: TripType.default('round-trip'),
  /** Where an open-jaw trip ends; null for round trips and one-way trips. */
  returnTo: CityName.nullable().default(null),
  startDate: IsoDate,
  /** Days including the travel days out and back; nights = days - 1. */
  days: TripDays,
  travellers: Travellers,
  budget: Budget.nullable().default(null),
  /**
   * The budget as the request stated it, when planning converted it into the quote currency
   * (£900 → $1,143): the plan's cost is told in it too. Absent for a budget stated in USD.
   */
  statedBudget: Budget.optional(),
  /**
   * The budget was hedged ("around $1,500", "about 2k", "~3000"): when no plan fits within it, the
   * cheapest may run over by up to a tenth, and the plan says by how much. Absent: a firm budget.
   */
  budgetApproximate: z.boolean().optional(),
  constraints: TripConstraints.default(TripConstraints.parse(DEFAULT_CONSTRAINTS)),
  preferences: TripPreferences.default(TripPreferences.parse(DEFAULT_PREFERENCES)),
  ruleset: Ruleset.default('standard'),
  /** What the reader understood and how ("took 'Sacramneto' as Sacramento"), one sentence each. */
  notes: z.array(z.string()).default([]),
  /** What the reader could not understand or had to assume, one sentence each. */
  warnings: z.array(z.string()).default([]),
});
export type TripSpec = z.infer<typeof TripSpec>;
export type TripSpecInput = z.input<typeof TripSpec>;

/**
 * Something the request states that cannot be planned as written (a party of 0 or 10,000, a start
 * in the past, a budget that is no amount): the field keeps its default and the graph asks about it,
 * naming the problem, instead of silently planning something else.
 */
export const RequestProblem = z.object({
  field: z.enum(['origin', 'destination', 'startDate', 'days', 'travellers', 'budget', 'returnTo']),
  message: z.string().min(1),
});
export type RequestProblem = z.infer<typeof RequestProblem>;

/** What intake produced: a spec whose essentials may still be missing (then the graph asks). */
export const TripSpecDraft = TripSpec.extend({
  origin: CityName.nullable(),
  destination: Destination.nullable(),
  startDate: IsoDate.nullable(),
  days: TripDays.nullable(),
  travellers: Travellers.default(1),
  problems: z.array(RequestProblem).default([]),
});
export type TripSpecDraft = z.infer<typeof TripSpecDraft>;

/**
 * Structured request fields: each one given overrides what the text said, so none has a default
 * (a default would silently overwrite the text), and every level is strict (a misspelt field is an
 * error, not ignored).
 */
export const TripFields = z
  .object({
    origin: CityName,
    destination: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('city'), city: CityName }).strict(),
      z
        .object({
          kind: z.literal('region'),
          region: z.string().trim().min(1),
          cityCount: z.number().int().min(1).max(5),
        })
        .strict(),
      z
        .object({
          kind: z.literal('cities'),
          stops: z
            .array(z.object({ city: CityName, nights: RouteStop.shape.nights.unwrap().optional() }).strict())
            .min(1)
            .max(MAX_CITIES),
        })
        .strict(),
    ]),
    tripType: TripType,
    returnTo: CityName.nullable(),
    startDate: IsoDate,
    days: TripDays,
    travellers: Travellers,
    budget: Budget.extend({
      amount: z
        .number({ error: (issue) => budgetMessage(issue.input) })
        .refine(isBudgetAmount, { error: (issue) => budgetMessage(issue.input) }),
    })
      .strict()
      .nullable(),
    constraints: z
      .object({
        roomType: RoomTypeRequirement.nullable(),
        houseRules: z.array(HouseRule),
        cuisines: z.array(z.string().trim().min(1)),
        avoidedCuisines: z.array(z.string().trim().min(1)),
        excludedModes: z.array(TransportMode),
        dietary: z.array(DietaryNeed),
        flightTimes: FlightTimes.partial().strict(),
        maxPricePerNight: Budget.strict().nullable(),
      })
      .partial()
      .strict(),
    preferences: z
      .object({
        pace: TripPreferences.shape.pace.unwrap(),
        interests: z.array(z.string()),
        comfort: ComfortTier.nullable(),
        preferredModes: z.array(TransportMode),
      })
      .partial()
      .strict(),
    ruleset: Ruleset,
  })
  .partial()
  .strict();
export type TripFields = z.infer<typeof TripFields>;

/** A request from a user: free text, structured fields, or both (fields win over text). */
export const TripRequest = z
  .object({
    text: z.string().trim().min(1).max(4000).optional(),
    fields: TripFields.optional(),
    /** A model from the deployment's allow-list, for every agent of this trip. */
    model: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((r) => r.text !== undefined || r.fields !== undefined, {
    message: 'give the request as text, as fields, or both',
  });
export type TripRequest = z.infer<typeof TripRequest>;

/** Essentials the planner cannot guess; missing ones become a question to the user. */
export const ESSENTIAL_FIELDS = ['origin', 'destination', 'startDate', 'days'] as const;
export type EssentialField = (typeof ESSENTIAL_FIELDS)[number];

export function missingEssentials(draft: TripSpecDraft): EssentialField[] {
  return ESSENTIAL_FIELDS.filter((field) => draft[field] === null);
}

/** The cities a trip visits in order, when the request names them; empty for a region. */
export function namedStops(destination: Destination): RouteStop[] {
  if (destination.kind === 'city') return [{ city: destination.city, nights: null }];
  return destination.kind === 'cities' ? destination.stops : [];
}

/** Where the trip ends: the origin, the last city visited (null: decided by the route), or returnTo. */
export function tripEnd(spec: Pick<TripSpec, 'origin' | 'tripType' | 'returnTo'>): string | null {
  if (spec.tripType === 'round-trip') return spec.origin;
  if (spec.tripType === 'open-jaw') return spec.returnTo ?? spec.origin;
  return null;
}
