import { interrupt, type LangGraphRunnableConfig } from '@langchain/langgraph';
import { z } from 'zod';
import { requestBoundsProblems } from '../../tools/domain/request-bounds.js';
import {
  type EssentialField,
  MAX_TRAVELLERS,
  MAX_TRIP_DAYS,
  missingEssentials,
  type RequestProblem,
  TripFields,
  TripSpec,
  TripSpecDraft,
} from '../../tools/domain/trip-spec.schema.js';
import type { DestinationIdea } from '../../tools/planning/destination-ideas.js';
import type { TripGraphDeps } from '../graph-deps.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';
import { ideasForDraft, ideasSentence } from './clarify-ideas.js';
import { applyFields, understand } from './intake.node.js';

/** What the graph asks when essentials are missing or a stated value cannot be planned (the interrupt's payload). */
export interface ClarifyQuestion {
  question: string;
  missing: EssentialField[];
  /** Stated values that cannot be planned as written, each naming its problem (asked, never clamped). */
  problems: RequestProblem[];
  /** What the reader understood and how ("took 'Sacramneto' as Sacramento"). */
  notes: string[];
  /** What the reader could not understand ("did not understand 'xyz'"); also said in `question`. */
  warnings: string[];
  /**
   * When the destination is missing but the request says what it wants ("somewhere warm with
   * beaches"): places that fit, each with why; named in `question` too. Absent when there are none.
   */
  ideas?: DestinationIdea[];
}

/** The user's answer: free text, structured fields, or both. */
export const ClarifyAnswer = z
  .object({ text: z.string().trim().min(1).max(2000).optional(), fields: TripFields.optional() })
  .strict()
  .refine((a) => a.text !== undefined || a.fields !== undefined, { message: 'answer with text or fields' });
export type ClarifyAnswer = z.infer<typeof ClarifyAnswer>;

type AskedField = RequestProblem['field'];

const ASK: Record<AskedField, string> = {
  origin: 'where you are starting from',
  destination: 'where you want to go (a city, or a region and how many cities)',
  startDate: 'when the trip starts',
  days: 'how many days it lasts',
  travellers: `how many people are travelling (1–${MAX_TRAVELLERS})`,
  budget: 'the budget as an amount, or that there is none',
  returnTo: 'which city the trip ends in',
};

/** A one-way trip has no way home to bound it: its length is the nights spent where it ends. */
const ASK_ONE_WAY: Partial<Record<AskedField, string>> = {
  days: 'how many nights you will stay where this one-way trip ends',
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** The question: each problem in its own words, what to tell, then what was not understood. */
export function questionFor(
  missing: readonly EssentialField[],
  problems: readonly RequestProblem[] = [],
  warnings: readonly string[] = [],
  tripType: TripSpecDraft['tripType'] = 'round-trip',
  ideas: readonly DestinationIdea[] = [],
): string {
  const fields = [...new Set<AskedField>([...problems.map((p) => p.field), ...missing])];
  const said = problems.map((p) => sentence(capitalised(p.message)));
  const asked = (field: AskedField) => (tripType === 'one-way' && ASK_ONE_WAY[field]) || ASK[field];
  const ask = `Please tell me ${fields.map(asked).join(', and ')}.`;
  const suggested = ideas.length > 0 ? [ideasSentence(ideas)] : [];
  return [...said, ask, ...suggested, ...warnings.map((w) => sentence(capitalised(w)))].join(' ');
}

/**
 * What cannot be planned as the draft stands: the reader's own problems (a party of 10,000 it did
 * not take) and the bounds every request is held to (a start in the past), one per field.
 */
export function draftProblems(draft: TripSpecDraft, today: string, horizonDays?: number): RequestProblem[] {
  const bounds = requestBoundsProblems(draft, {
    today,
    horizonDays,
    maxTravellers: MAX_TRAVELLERS,
    maxDays: MAX_TRIP_DAYS,
  });
  const seen = new Set<string>();
  return [...draft.problems, ...bounds].filter((p) => !seen.has(p.field) && seen.add(p.field));
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** A bare number answers "how many people are travelling"; "no budget" answers the budget question. */
function plainAnswers(text: string, fields: ReadonlySet<AskedField>): Partial<TripSpecDraft> {
  const answer: Partial<TripSpecDraft> = {};
  const bare = /^\s*(\d{1,3})\s*(?:people|persons|travell?ers|of us)?\s*\.?\s*$/i.exec(text);
  if (bare?.[1] && fields.has('travellers')) answer.travellers = Number(bare[1]);
  if (
    fields.has('budget') &&
    /^\s*(?:no|none|without a?|there is no)\s*(?:budget|limit)?\s*\.?\s*$/i.test(text)
  )
    answer.budget = null;
  return answer;
}

/**
 * Asks with `interrupt()` until the draft is complete and plannable. The answer is read together
 * with the original request (so "from Denver" completes "5 days in Utah in May"); a value asked
 * about because it could not be planned is taken from the answer alone (the request still says
 * "10,000 people"), and the problem stays until the answer gives a value that can be planned.
 */
export function createClarifyNode(deps: TripGraphDeps) {
  const horizonDays = deps.requestHorizonDays;
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const draft = state.draft;
    if (!draft) throw new Error('clarify ran before intake');
    const missing = missingEssentials(draft);
    const problems = draftProblems(draft, state.today, horizonDays);
    if (missing.length === 0 && problems.length === 0) return { spec: TripSpec.parse(draft) };

    // Gathered with the draft (see TripState's `ideas`, none unless it names no destination), not
    // here: this runs again on the answer.
    const ideas = state.ideas;
    const answer = ClarifyAnswer.parse(
      interrupt<ClarifyQuestion, unknown>({
        question: questionFor(missing, problems, draft.warnings, draft.tripType, ideas),
        missing,
        problems,
        notes: draft.notes,
        warnings: draft.warnings,
        ...(ideas.length > 0 ? { ideas } : {}),
      }),
    );
    const asked = new Set<AskedField>(problems.map((p) => p.field));
    const answered = new Set<string>(Object.keys(answer.fields ?? {}));
    let merged: TripSpecDraft = draft;
    const update: TripStateUpdate = {};
    if (answer.text) {
      const context = [state.request.text, answer.text].filter(Boolean).join('. ');
      const heard = await understand(deps, context, state.today, state.request.model, config);
      const taken: Record<string, unknown> = Object.fromEntries(
        missing.map((field) => [field, draft[field] ?? heard.draft[field]]),
      );
      // A missing place the answer supplies also settles the reader's problem about it ("which
      // Columbus?"), unless reading the answer raised the same problem again.
      const stillUnclear = new Set(heard.draft.problems.map((p) => p.field));
      for (const field of missing) if (taken[field] !== null && !stillUnclear.has(field)) answered.add(field);
      const runs = [heard.record];
      if (asked.size > 0) {
        const alone = await understand(deps, answer.text, state.today, state.request.model, config);
        runs.push(alone.record);
        const unclear = new Set(alone.draft.problems.map((p) => p.field));
        for (const field of asked) {
          const value = alone.draft[field as keyof TripSpecDraft];
          // travellers defaults to 1 when the answer says nothing: only a stated count replaces it.
          if (field === 'travellers' || unclear.has(field) || value === null) continue;
          taken[field] = value;
          answered.add(field);
          if (field === 'startDate' && alone.draft.days !== null) taken.days = alone.draft.days;
        }
        for (const [field, value] of Object.entries(plainAnswers(answer.text, asked))) {
          taken[field] = value;
          answered.add(field);
        }
        if (
          asked.has('travellers') &&
          !answered.has('travellers') &&
          /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|me|us)\b/i.test(answer.text) &&
          !unclear.has('travellers')
        ) {
          taken.travellers = alone.draft.travellers;
          answered.add('travellers');
        }
      }
      merged = TripSpecDraft.parse({
        ...draft,
        ...taken,
        notes: union(draft.notes, heard.draft.notes),
        // The reading of request and answer together says what is still not understood: "No
        // starting city was found" is gone once the answer names one.
        warnings: heard.draft.warnings,
      });
      update.agentRuns = { intake: runs };
    }
    merged = applyFields(
      { ...merged, problems: merged.problems.filter((p) => !answered.has(p.field)) },
      answer.fields,
    );
    const plannable =
      missingEssentials(merged).length === 0 && draftProblems(merged, state.today, horizonDays).length === 0;
    return {
      ...update,
      draft: merged,
      spec: plannable ? TripSpec.parse(merged) : null,
      ideas: plannable ? [] : await ideasForDraft(deps.world, state.request.text ?? '', merged),
    };
  };
}
