import { describe, expect, it } from 'vitest';
import { TripSpecDraft } from '../../../tools/domain/trip-spec.schema.js';
import { parse } from './fixtures.js';
import { expectedDraft, readTravelPlannerLines, type TravelPlannerFields } from './travelplanner-fields.js';

/**
 * TravelPlanner-style rewordings of the three shipped samples (same trip, varied wording, some
 * with an added constraint the sample's sandbox can satisfy), each with its structured fields.
 * The hidden benchmark plans from the text alone, so every field must be read back exactly.
 */
interface Paraphrase extends TravelPlannerFields {
  sample_idx: number;
}

const paraphrases = readTravelPlannerLines<Paraphrase>('paraphrases.jsonl');
const samples = readTravelPlannerLines<TravelPlannerFields>('samples.jsonl');

/** Lists whose order carries no meaning, sorted so only their content is compared. */
function normalised(draft: TripSpecDraft) {
  // Notes and warnings describe the reading; the six figures are what must match. A hedged budget
  // ("around $2,000") is read as one, but TravelPlanner's rules keep every budget firm.
  const {
    preferences: _ignored,
    notes: _notes,
    warnings: _warnings,
    budgetApproximate: _hedged,
    constraints,
    ...rest
  } = draft;
  return {
    ...rest,
    constraints: {
      ...constraints,
      houseRules: [...constraints.houseRules].sort(),
      cuisines: [...constraints.cuisines].sort(),
      excludedModes: [...constraints.excludedModes].sort(),
    },
  };
}

describe('parseTripRequest: TravelPlanner paraphrases', () => {
  it('has at least 120 paraphrases, each of a shipped sample and trip', () => {
    expect(paraphrases.length).toBeGreaterThanOrEqual(120);
    for (const p of paraphrases) {
      const sample = samples.find((s) => s.idx === p.sample_idx);
      expect(sample, String(p.idx)).toBeDefined();
      const trip = ({ org, dest, days, visiting_city_number, date }: TravelPlannerFields) => ({
        org,
        dest,
        days,
        visiting_city_number,
        date,
      });
      expect(trip(p), String(p.idx)).toEqual(trip(sample!));
      expect(p.budget, String(p.idx)).toBeGreaterThanOrEqual(sample!.budget);
    }
  });

  it.each(paraphrases.map((p) => [p.idx, p] as const))('%s reads back its structured fields', (_idx, p) => {
    const { draft } = parse(p.query);
    const expected = TripSpecDraft.parse({ ...expectedDraft(p), preferences: undefined });
    expect(normalised(draft)).toEqual(normalised(expected));
  });
});
