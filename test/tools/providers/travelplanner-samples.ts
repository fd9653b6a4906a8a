import { readFileSync } from 'node:fs';

/** The shipped TravelPlanner training samples (idx 1, 21, 41), as the dataset writes them. */
export interface TravelPlannerSample {
  idx: number;
  query: string;
  org: string;
  dest: string;
  days: number;
  visiting_city_number: number;
  date: string[];
  people_number: number;
  local_constraint: Record<string, unknown>;
  budget: number;
  annotated_plan: Record<string, unknown>[];
  reference_information: Record<string, unknown>;
}

const SAMPLES = new URL('../../fixtures/travelplanner/samples.jsonl', import.meta.url);

export const travelPlannerSamples: readonly TravelPlannerSample[] = readFileSync(SAMPLES, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as TravelPlannerSample);

export function sample(idx: number): TravelPlannerSample {
  const found = travelPlannerSamples.find((s) => s.idx === idx);
  if (!found) throw new Error(`no TravelPlanner sample with idx ${idx}`);
  return structuredClone(found);
}
