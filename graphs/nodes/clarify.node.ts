import { interrupt, type LangGraphRunnableConfig } from '@langchain/langgraph';
import { z } from 'zod';
import {
  type EssentialField,
  missingEssentials,
  TripFields,
  TripSpec,
  TripSpecDraft,
} from '../../tools/domain/trip-spec.schema.js';
import type { TripGraphDeps } from '../graph-deps.js';
import type { TripStateUpdate, TripStateValue } from '../trip-state.js';
import { applyFields, understand } from './intake.node.js';

/** What the graph asks when essentials are missing (the payload of the interrupt). */
export interface ClarifyQuestion {
  question: string;
  missing: EssentialField[];
}

/** The user's answer: free text, structured fields, or both. */
export const ClarifyAnswer = z
  .object({ text: z.string().trim().min(1).max(2000).optional(), fields: TripFields.optional() })
  .strict()
  .refine((a) => a.text !== undefined || a.fields !== undefined, { message: 'answer with text or fields' });
export type ClarifyAnswer = z.infer<typeof ClarifyAnswer>;

const ASK: Record<EssentialField, string> = {
  origin: 'where you are starting from',
  destination: 'where you want to go (a city, or a region and how many cities)',
  startDate: 'when the trip starts',
  days: 'how many days it lasts',
};

export function questionFor(missing: EssentialField[]): string {
  const parts = missing.map((field) => ASK[field]);
  return `Please tell me ${parts.join(', and ')}.`;
}

/**
 * Asks for missing essentials with `interrupt()` until the draft is complete. The answer is read
 * together with the original request (so "from Denver" completes "5 days in Utah in May").
 */
export function createClarifyNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const draft = state.draft;
    if (!draft) throw new Error('clarify ran before intake');
    const missing = missingEssentials(draft);
    if (missing.length === 0) return { spec: TripSpec.parse(draft) };

    const answer = ClarifyAnswer.parse(
      interrupt<ClarifyQuestion, unknown>({ question: questionFor(missing), missing }),
    );
    let merged = draft;
    const update: TripStateUpdate = {};
    if (answer.text) {
      const context = [state.request.text, answer.text].filter(Boolean).join('. ');
      const heard = await understand(deps, context, state.today, state.request.model, config);
      merged = TripSpecDraft.parse({
        ...draft,
        ...Object.fromEntries(missing.map((field) => [field, draft[field] ?? heard.draft[field]])),
      });
      update.agentRuns = { intake: [heard.record] };
    }
    merged = applyFields(merged, answer.fields);
    return {
      ...update,
      draft: merged,
      spec: missingEssentials(merged).length === 0 ? TripSpec.parse(merged) : null,
    };
  };
}
