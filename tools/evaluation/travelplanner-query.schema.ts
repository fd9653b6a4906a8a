import { z } from 'zod';
import { HouseRule, IsoDate, RoomTypeRequirement, TransportMode } from '../domain/common.schema.js';

/**
 * The dataset's Hugging Face copy writes `date` and `local_constraint` as Python literals
 * ("['2022-03-16']", "{'house rule': None, …}"); these are read as the JSON they mean.
 */
function fromPythonLiteral(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const json = value
    .replace(/'/g, '"')
    .replace(/\bNone\b/g, 'null')
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false');
  try {
    return JSON.parse(json);
  } catch {
    return value; // not a literal: the schema reports it as the wrong type
  }
}

const Lower = z
  .string()
  .trim()
  .transform((s) => s.toLowerCase());

/** "no flight", "no self-driving" (and, for completeness, "no taxi") → the excluded mode. */
const ExcludedMode = Lower.transform((text, ctx) => {
  const mode = TransportMode.safeParse(/^no\s+(.+?)s?$/.exec(text)?.[1]);
  if (!mode.success) {
    ctx.addIssue({ code: 'custom', message: `unknown transportation constraint "${text}"` });
    return z.NEVER;
  }
  return mode.data;
});

const Cuisines = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((c) => c.trim()).filter((c) => c.length > 0));

export const LocalConstraint = z.object({
  'house rule': Lower.pipe(HouseRule).nullish(),
  cuisine: Cuisines.nullish(),
  'room type': Lower.pipe(RoomTypeRequirement).nullish(),
  transportation: ExcludedMode.nullish(),
});
export type LocalConstraint = z.infer<typeof LocalConstraint>;

const Count = z.coerce.number().int().min(1);

/** The structured fields of a TravelPlanner query: what its plan is scored against. */
export const TravelPlannerQuery = z.object({
  org: z.string().trim().min(1),
  dest: z.string().trim().min(1),
  days: Count,
  visiting_city_number: Count,
  date: z.preprocess(fromPythonLiteral, z.array(IsoDate).min(1)),
  people_number: Count,
  local_constraint: z.preprocess(fromPythonLiteral, LocalConstraint.nullish()).transform((c) => c ?? {}),
  budget: z.coerce.number().positive(),
});
export type TravelPlannerQuery = z.infer<typeof TravelPlannerQuery>;
