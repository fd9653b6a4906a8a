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

/** A saver that can shed a finished thread's history (RedisCheckpointSaver does; MemorySaver not). */
interface PruningSaver {
  prune(threadId: string, options?: { dropChannels?: readonly string[] }): Promise<unknown>;
}

function canPrune(saver: unknown): saver is PruningSaver {
  return typeof (saver as Partial<PruningSaver> | null)?.prune === 'function';
}

/**
 * Keeps of a thread whose run just ended what a resume or a retry reads, and drops the rest:
 * superseded checkpoints and the pending writes of their finished steps always; the working
 * channels too when the graph reached its end (`finished`), since such a thread never runs a
 * step again. A thread that stopped mid-way (a question asked, a model that kept failing) keeps
 * every channel value of its latest checkpoint and that checkpoint's pending writes, so the
 * resume or retry runs exactly as it would have. A prune that fails throws: the job is retried,
 * finds the run over and prunes again (time, never the trip).
 */
export async function leanThread(
  saver: BaseCheckpointSaver | boolean | undefined,
  threadId: string,
  finished: boolean,
): Promise<void> {
  if (!canPrune(saver)) return;
  await saver.prune(threadId, finished ? { dropChannels: WORKING_CHANNELS } : {});
}
