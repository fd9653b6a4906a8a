import { requestBoundsProblems } from '../../tools/domain/request-bounds.js';
import {
  MAX_TRAVELLERS,
  MAX_TRIP_DAYS,
  type RequestProblem,
  TripRequest,
} from '../../tools/domain/trip-spec.schema.js';

/** The request as the plan command's words and options state it. */
export interface PlanRequestOptions {
  model?: string;
  start?: string;
  days?: string;
  travellers?: string;
  budget?: string;
}

/** Which option states which field, so a refusal names what the person typed. */
const OPTION_OF: Record<string, string> = {
  startDate: '--start',
  days: '--days',
  travellers: '--travellers',
  budget: '--budget',
};

export const USAGE_EXAMPLE =
  'npm run plan -- "5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, $4,000"';

/** A number when the text is one ("1e308" too), else the text itself, so the refusal quotes it. */
function numberOrText(text: string): number | string {
  const n = Number(text.replace(/,/g, ''));
  return text.trim() !== '' && !Number.isNaN(n) ? n : text;
}

/** "2000", "2,000 EUR", "$1e308": an amount and an ISO currency (US dollars unless named). */
function parseBudget(text: string): { amount: number | string; currency: string } {
  const match = /^\s*\$?\s*([^\s$]+)\s*([A-Za-z]{3})?\s*$/.exec(text);
  if (!match?.[1]) return { amount: text, currency: 'USD' };
  return { amount: numberOrText(match[1]), currency: (match[2] ?? 'USD').toUpperCase() };
}

export type PlanRequestResult =
  | { ok: true; request: TripRequest }
  | { ok: false; message: string; problems: RequestProblem[] | { field: string; message: string }[] };

/**
 * The request the words and options make, or why it cannot be planned: the same bounds and
 * sentences as the API's 400 (tools/domain/request-bounds), with the option that stated the value.
 */
export function buildPlanRequest(
  words: readonly string[],
  options: PlanRequestOptions,
  bounds: { today: string; horizonDays: number },
): PlanRequestResult {
  const fields: Record<string, unknown> = {};
  if (options.start !== undefined) fields.startDate = options.start;
  if (options.days !== undefined) fields.days = numberOrText(options.days);
  if (options.travellers !== undefined) fields.travellers = numberOrText(options.travellers);
  if (options.budget !== undefined) fields.budget = parseBudget(options.budget);
  const text = words.join(' ').trim() || undefined;
  const parsed = TripRequest.safeParse({
    text,
    fields: Object.keys(fields).length > 0 ? fields : undefined,
    model: options.model,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      field: String(issue.path[1] ?? issue.path[0] ?? 'request'),
      message: issue.message,
    }));
    const first = problems[0];
    if (!first || !(first.field in OPTION_OF)) {
      return { ok: false, message: `Describe the trip, e.g. ${USAGE_EXAMPLE}`, problems };
    }
    return {
      ok: false,
      message: `Cannot plan this request: ${OPTION_OF[first.field]}: ${first.message}`,
      problems,
    };
  }
  const problems = requestBoundsProblems(parsed.data.fields ?? {}, {
    ...bounds,
    maxTravellers: MAX_TRAVELLERS,
    maxDays: MAX_TRIP_DAYS,
  });
  const first = problems[0];
  if (first) {
    const option = OPTION_OF[first.field] ?? first.field;
    return { ok: false, message: `Cannot plan this request: ${option}: ${first.message}`, problems };
  }
  return { ok: true, request: parsed.data };
}
