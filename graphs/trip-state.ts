import { Annotation } from '@langchain/langgraph';
import type { RunUsage } from '../agents/run-agent.js';
import type { IsoDate } from '../tools/domain/common.schema.js';
import type { Stay } from '../tools/domain/inventory.schema.js';
import type { NotHonoured, Plan, PlanDay, ValidationReport } from '../tools/domain/plan.schema.js';
import type { TripRequest, TripSpec, TripSpecDraft } from '../tools/domain/trip-spec.schema.js';
import type { DestinationIdea } from '../tools/planning/destination-ideas.js';
import { mergeNotHonoured } from '../tools/planning/not-honoured.js';
import type { HopOptions, RouteCandidate, TripSelection } from '../tools/planning/planning.types.js';
import type { TripFailure } from './trip-failure.js';

/** What one agent run left behind: the model that ran it, its tokens and its whole conversation. */
export interface AgentRunRecord {
  model: string;
  modelRounds: number;
  toolCalls: number;
  toolErrors: number;
  /** Model calls and tokens of this run (see summarizeUsage for a trip's). */
  usage: RunUsage;
}

const replace = <T>(initial: () => T) => Annotation<T>({ reducer: (_old, next) => next, default: initial });

export const TripState = Annotation.Root({
  request: Annotation<TripRequest>,
  /** The date "today" for resolving dates without a year; part of the input so runs replay exactly. */
  today: Annotation<IsoDate>,
  draft: replace<TripSpecDraft | null>(() => null),
  /**
   * Places to suggest while the draft names no destination, gathered by the node that wrote the
   * draft: the clarify node runs again from its start when its question is answered, and would
   * otherwise look them up again (with real sources up to about 60 lookups) only to throw them away.
   */
  ideas: replace<DestinationIdea[]>(() => []),
  warnings: replace<string[]>(() => []),
  spec: replace<TripSpec | null>(() => null),
  routes: replace<RouteCandidate[]>(() => []),
  hopOptions: replace<HopOptions[]>(() => []),
  stayOptions: replace<Record<string, Stay[]>>(() => ({})),
  selection: replace<TripSelection | null>(() => null),
  days: replace<PlanDay[]>(() => []),
  /** Days a repair keeps as they are; the itinerary agent plans only the others. */
  keepDays: replace<PlanDay[]>(() => []),
  validation: replace<ValidationReport | null>(() => null),
  /** Validator problems handed back to the itinerary agent. */
  critique: replace<string[]>(() => []),
  revisions: replace<number>(() => 0),
  plan: replace<Plan | null>(() => null),
  failure: replace<TripFailure | null>(() => null),
  /** Wishes a node could not honour (see tools/planning/not-honoured.ts); compose puts them on the plan. */
  notHonoured: Annotation<NotHonoured[]>({
    reducer: (old, next) => mergeNotHonoured(old, next),
    default: () => [],
  }),
  agentRuns: Annotation<Record<string, AgentRunRecord[]>>({
    reducer: (old, next) => {
      const merged = { ...old };
      for (const [agent, runs] of Object.entries(next)) merged[agent] = [...(merged[agent] ?? []), ...runs];
      return merged;
    },
    default: () => ({}),
  }),
});

export type TripStateValue = typeof TripState.State;
export type TripStateUpdate = typeof TripState.Update;
