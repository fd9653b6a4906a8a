import { z } from 'zod';
import { CityName, HouseRule, IsoDate, RoomTypeRequirement, TransportMode } from './common.schema.js';

export const Destination = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('city'), city: CityName }),
  z.object({
    kind: z.literal('region'),
    /** A state, province or country: "California", "Colorado", "Italy". */
    region: z.string().trim().min(1),
    cityCount: z.number().int().min(1).max(5),
  }),
]);
export type Destination = z.infer<typeof Destination>;

export const Budget = z.object({
  amount: z.number().positive().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD'),
});
export type Budget = z.infer<typeof Budget>;

export const TripConstraints = z.object({
  roomType: RoomTypeRequirement.nullable().default(null),
  /** What the travellers need to be allowed: bringing pets, children under 10, smoking, … */
  houseRules: z.array(HouseRule).default([]),
  /** Every listed cuisine must be served by at least one meal away from the origin. */
  cuisines: z.array(z.string().trim().min(1)).default([]),
  excludedModes: z.array(TransportMode).default([]),
});
export type TripConstraints = z.infer<typeof TripConstraints>;

export const TripPreferences = z.object({
  pace: z.enum(['relaxed', 'balanced', 'packed']).default('balanced'),
  interests: z.array(z.string()).default([]),
});
export type TripPreferences = z.infer<typeof TripPreferences>;

/** The complete, checked understanding of a request: everything the planner needs. */
export const TripSpec = z.object({
  origin: CityName,
  destination: Destination,
  startDate: IsoDate,
  /** Days including the travel days out and back; nights = days - 1. */
  days: z.number().int().min(1).max(30),
  travellers: z.number().int().min(1).max(20),
  budget: Budget.nullable().default(null),
  constraints: TripConstraints.default({ roomType: null, houseRules: [], cuisines: [], excludedModes: [] }),
  preferences: TripPreferences.default({ pace: 'balanced', interests: [] }),
});
export type TripSpec = z.infer<typeof TripSpec>;
export type TripSpecInput = z.input<typeof TripSpec>;

/** What intake produced: a spec whose essentials may still be missing (then the graph asks). */
export const TripSpecDraft = TripSpec.extend({
  origin: CityName.nullable(),
  destination: Destination.nullable(),
  startDate: IsoDate.nullable(),
  days: z.number().int().min(1).max(30).nullable(),
  travellers: z.number().int().min(1).max(20).default(1),
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
    ]),
    startDate: IsoDate,
    days: z.number().int().min(1).max(30),
    travellers: z.number().int().min(1).max(20),
    budget: Budget.strict().nullable(),
    constraints: z
      .object({
        roomType: RoomTypeRequirement.nullable(),
        houseRules: z.array(HouseRule),
        cuisines: z.array(z.string().trim().min(1)),
        excludedModes: z.array(TransportMode),
      })
      .partial()
      .strict(),
    preferences: z
      .object({ pace: TripPreferences.shape.pace.unwrap(), interests: z.array(z.string()) })
      .partial()
      .strict(),
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
