import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { HouseRule, RoomTypeRequirement, TransportMode } from '../../../tools/domain/common.schema.js';
import type { TripSpecDraft } from '../../../tools/domain/trip-spec.schema.js';
import { travelPlannerGazetteer } from './fixtures.js';

/** A TravelPlanner query with the structured fields its scorer uses (see shared/travelplanner). */
export interface TravelPlannerFields {
  idx: number | string;
  query: string;
  org: string;
  dest: string;
  days: number;
  visiting_city_number: number;
  date: string[];
  people_number: number;
  budget: number;
  local_constraint: {
    'house rule': string | null;
    cuisine: string[] | null;
    'room type': string | null;
    transportation: string | null;
  };
}

/** The JSON lines of a file under test/fixtures/travelplanner/. */
export function readTravelPlannerLines<T extends TravelPlannerFields>(name: string): T[] {
  const file = new URL(`../../fixtures/travelplanner/${name}`, import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

const cityNames = new Set(travelPlannerGazetteer().cities.map((c) => c.name));
const MODES: Record<string, TransportMode> = { 'no flight': 'flight', 'no self-driving': 'self-driving' };

export type DraftInput = z.input<typeof TripSpecDraft>;

/** The draft (without preferences) that a query's structured fields describe. */
export function expectedDraft(s: TravelPlannerFields): Omit<DraftInput, 'preferences'> {
  const c = s.local_constraint;
  return {
    origin: s.org,
    destination:
      s.visiting_city_number === 1 && cityNames.has(s.dest)
        ? { kind: 'city', city: s.dest }
        : { kind: 'region', region: s.dest, cityCount: s.visiting_city_number },
    startDate: s.date[0]!,
    days: s.days,
    travellers: s.people_number,
    budget: { amount: s.budget, currency: 'USD' },
    constraints: {
      roomType: c['room type'] as RoomTypeRequirement | null,
      houseRules: c['house rule'] === null ? [] : [c['house rule'] as HouseRule],
      cuisines: c.cuisine ?? [],
      excludedModes: c.transportation === null ? [] : [MODES[c.transportation]!],
    },
  };
}
