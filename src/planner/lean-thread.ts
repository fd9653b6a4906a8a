import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import type { TripStateValue } from '../../graphs/trip-state.js';

/**
 * Working data of the trip graph (graphs/trip-state.ts): the option lists the solver chose from
 * and the days the itinerary agent drafted, all folded into `plan` by compose. Nothing reads them
 * once the graph has reached its end: a retried job reads only `plan`, `failure` and `agentRuns`
 * (run-trip-graph.ts, plan-transitions.ts), and repairs start from the stored plan version on a
 * thread of their own (graphs/repair, src/watch/replan.worker.ts). Of a finished 21-day plan's
 * checkpoint bytes they are about three quarters.
 */
export const WORKING_CHANNELS = [
  'routes',
  'hopOptions',
  'stayOptions',
  'selection',
  'days',
  'keepDays',
  'critique',
] as const satisfies readonly (keyof TripStateValue)[];

/**
 * How far a run's thread got, which decides what it must keep:
 * - `stopped`: it may run again (a question asked, a model that kept failing, a step that threw):
 *   the latest checkpoint whole, with its pending writes, so the resume or retry runs exactly as
 *   it would have;
 * - `finished`: the graph reached its end and never runs a step again: no working channels;
 * - `recorded`: its outcome is final and stored with the trip (the trip record and plan version 1
 *   hold the plan or the failure, the usage record its model calls; a retried job finds the trip
 *   final and never reads the thread; repairs start from the plan version on threads of their
 *   own): nothing is kept, the thread is deleted.
 * Superseded checkpoints and the pending writes of their finished steps go in every case.
 */
export type ThreadStage = 'stopped' | 'finished' | 'recorded';

const DROPPED: Record<Exclude<ThreadStage, 'recorded'>, readonly string[]> = {
  stopped: [],
  finished: WORKING_CHANNELS,
};

/** A saver that can shed a thread's history (RedisCheckpointSaver can; MemorySaver cannot). */
interface PruningSaver {
  prune(threadId: string, options?: { dropChannels?: readonly string[] }): Promise<unknown>;
}

function canPrune(saver: unknown): saver is PruningSaver {
  return typeof (saver as Partial<PruningSaver> | null)?.prune === 'function';
}

/**
 * Keeps of a thread what its `stage` needs (see ThreadStage) and drops the rest. Pruning is a
 * no-op for a saver without `prune`. A prune that fails throws; what it would have dropped costs
 * bytes only (the trip's retention still ends it).
 */
export async function leanThread(
  saver: BaseCheckpointSaver | boolean | undefined,
  threadId: string,
  stage: ThreadStage,
): Promise<void> {
  if (typeof saver !== 'object') return;
  if (stage === 'recorded') return saver.deleteThread(threadId);
  if (canPrune(saver)) await saver.prune(threadId, { dropChannels: DROPPED[stage] });
}
