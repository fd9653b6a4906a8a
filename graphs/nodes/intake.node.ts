import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { createIntakeAgent } from '../../agents/intake/intake.agent.js';
import { type TripFields, TripSpecDraft } from '../../tools/domain/trip-spec.schema.js';
import type { TripGraphDeps } from '../graph-deps.js';
import { modelFor } from '../model-for.js';
import { progress } from '../progress.js';
import { runAgentInNode } from '../run-agent-node.js';
import type { AgentRunRecord, TripStateUpdate, TripStateValue } from '../trip-state.js';
import { ideasForDraft } from './clarify-ideas.js';

const EMPTY_DRAFT = TripSpecDraft.parse({ origin: null, destination: null, startDate: null, days: null });

/** Structured fields given with the request win over what the text said; absent ones leave it be. */
export function applyFields(draft: TripSpecDraft, fields: TripFields | undefined): TripSpecDraft {
  if (!fields) return draft;
  const { constraints, preferences, ...top } = fields;
  return TripSpecDraft.parse({
    ...draft,
    ...top,
    constraints: { ...draft.constraints, ...constraints },
    preferences: { ...draft.preferences, ...preferences },
  });
}

/** Runs the intake agent on some text; returns the draft (its notes and warnings on it) and the run record. */
export async function understand(
  deps: TripGraphDeps,
  text: string,
  today: string,
  model: string | undefined,
  config: LangGraphRunnableConfig,
): Promise<{ draft: TripSpecDraft; warnings: string[]; record: AgentRunRecord }> {
  const { output, record } = await runAgentInNode(
    deps,
    createIntakeAgent(deps),
    modelFor(deps, 'intake', model),
    'Turn this trip request into a trip specification.',
    { text, today },
    config,
  );
  // The reader's notes and warnings stay on the draft, so they reach the spec and the plan.
  const draft = TripSpecDraft.parse(output);
  return { draft, warnings: draft.warnings, record };
}

const counted = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "understood the request: 2 notes, 1 warning" (the lines themselves follow as events of their own). */
export function understoodMessage(draft: Pick<TripSpecDraft, 'notes' | 'warnings'>): string {
  return `understood the request: ${counted(draft.notes.length, 'note')}, ${counted(draft.warnings.length, 'warning')}`;
}

export function createIntakeNode(deps: TripGraphDeps) {
  return async (state: TripStateValue, config: LangGraphRunnableConfig): Promise<TripStateUpdate> => {
    const text = state.request.text;
    if (!text) {
      const draft = applyFields(EMPTY_DRAFT, state.request.fields);
      return { draft, warnings: [], ideas: await ideasForDraft(deps.world, '', draft) };
    }
    const { draft, warnings, record } = await understand(
      deps,
      text,
      state.today,
      state.request.model,
      config,
    );
    progress(config, { type: 'node', node: 'intake', message: understoodMessage(draft) });
    for (const note of draft.notes)
      progress(config, { type: 'node', node: 'intake', message: `note: ${note}` });
    for (const warning of warnings)
      progress(config, { type: 'node', node: 'intake', message: `warning: ${warning}` });
    const completed = applyFields(draft, state.request.fields);
    return {
      draft: completed,
      warnings,
      ideas: await ideasForDraft(deps.world, text, completed),
      agentRuns: { intake: [record] },
    };
  };
}
