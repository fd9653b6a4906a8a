import { Annotation } from '@langchain/langgraph';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { Recheck, RecheckThresholds } from '../../tools/planning/repair/repair.types.js';
import { TripState } from '../trip-state.js';

/**
 * A repair runs on the planning graph's channels (so validate, itinerary and compose are the same
 * nodes) plus the plan being repaired and what its recheck found.
 */
export const RepairState = Annotation.Root({
  ...TripState.spec,
  /** The current version: what is kept unless the recheck put it in scope. */
  basePlan: Annotation<Plan>,
  thresholds: Annotation<RecheckThresholds>,
  /** Chance of rain per date at the previous check (a day "turns" wet against it). */
  weatherBefore: Annotation<Record<string, number>>,
  check: Annotation<Recheck | null>({ reducer: (_old, next) => next, default: () => null }),
  /** Quotes earlier checks kept (see tools/planning/repair/kept-prices.ts); none by default. */
  keptPrices: Annotation<Record<string, number>>({ reducer: (_old, next) => next, default: () => ({}) }),
  /** Set once pinned legs were re-shopped too: a repair widens at most once. */
  widened: Annotation<boolean>({ reducer: (_old, next) => next, default: () => false }),
});

export type RepairStateValue = typeof RepairState.State;
export type RepairStateUpdate = typeof RepairState.Update;
export type RepairInput = Pick<
  RepairStateValue,
  'request' | 'today' | 'spec' | 'basePlan' | 'thresholds' | 'weatherBefore'
> &
  Partial<Pick<RepairStateValue, 'keptPrices'>>;
