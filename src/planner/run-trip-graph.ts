import { Command } from '@langchain/langgraph';
import { isAgentError } from '../../agents/agent-error.js';
import type { ClarifyAnswer, ClarifyQuestion } from '../../graphs/nodes/clarify.node.js';
import type { ProgressEvent } from '../../graphs/progress.js';
import { isTripPlanningError, type TripFailure } from '../../graphs/trip-failure.js';
import type { TripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import type { IsoDate } from '../../tools/domain/common.schema.js';
import type { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { leanThread } from './lean-thread.js';
import type { PlanOutcome } from './plan-outcome.js';
import { installUntracedRuns } from './untraced-runs.js';

export interface RunTripOptions {
  graph: TripGraph;
  /** Checkpoint thread: the trip id. */
  threadId: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Receives the state the run ended in, so a caller needing more than the outcome need not read it again. */
  onFinalState?: (state: TripStateValue) => void;
  signal?: AbortSignal;
  /**
   * Whether the run prunes its thread when it ends (lean-thread.ts). The worker says no: it prunes
   * further once the outcome is recorded with the trip, in one go. Default true.
   */
  pruneAtEnd?: boolean;
}

/** Starts a trip: the request and "today" are the whole input, so a run replays exactly. */
export function startTrip(
  options: RunTripOptions,
  request: TripRequest,
  today: IsoDate,
): Promise<PlanOutcome> {
  return drive(options, { request, today });
}

/** Continues a trip that stopped to ask a question. */
export function resumeTrip(options: RunTripOptions, answer: ClarifyAnswer): Promise<PlanOutcome> {
  return drive(options, new Command({ resume: answer }));
}

/**
 * Runs a trip from wherever its checkpoints say it is: starts it when there are none, continues
 * after the last completed step when a previous run died mid-way (completed steps are not re-run),
 * resumes with `answer` when it waits for one, and reports the outcome when it already ended.
 */
export async function runFromCheckpoint(
  options: RunTripOptions,
  start: { request: TripRequest; today: IsoDate },
  answer?: ClarifyAnswer,
): Promise<PlanOutcome> {
  try {
    return await continueThread(options, start, answer);
  } catch (error) {
    if (!(error instanceof IncompleteThreadError)) throw error;
    // Its checkpoints cannot be trusted: plan again from the request and the newest answer, which
    // costs time, not the trip.
    const saver = options.graph.checkpointer;
    if (saver && typeof saver === 'object') await saver.deleteThread(options.threadId);
    const again = await startTrip(options, start.request, start.today);
    return again.status === 'needs_input' && answer ? resumeTrip(options, answer) : again;
  }
}

/**
 * A thread that ended with neither a plan nor a failure. Seen once in ~600 trips under CPU
 * starvation with workers killed around completions: a lock that was not renewed in time lets two
 * workers run one thread, and their checkpoints interleave.
 */
class IncompleteThreadError extends Error {
  override readonly name = 'IncompleteThreadError';
}

async function continueThread(
  options: RunTripOptions,
  start: { request: TripRequest; today: IsoDate },
  answer?: ClarifyAnswer,
): Promise<PlanOutcome> {
  const snapshot = await options.graph.getState(threadConfig(options));
  if (snapshot.config.configurable?.checkpoint_id === undefined)
    return startTrip(options, start.request, start.today);
  const waiting = snapshot.tasks.some((t) => t.interrupts.length > 0);
  if (waiting && answer) return resumeTrip(options, answer);
  if (waiting || snapshot.next.length === 0) return (await outcomeOf(options)).outcome;
  return drive(options, null);
}

function threadConfig(options: RunTripOptions) {
  return { configurable: { thread_id: options.threadId } };
}

async function drive(options: RunTripOptions, input: unknown): Promise<PlanOutcome> {
  installUntracedRuns();
  try {
    const stream = await options.graph.stream(input as never, {
      ...threadConfig(options),
      signal: options.signal,
      streamMode: 'custom',
      // Each step's checkpoint is written before the next step starts, so a crash never re-runs
      // a step that finished (the cost: one Redis round trip per step).
      durability: 'sync',
    });
    for await (const event of stream) options.onProgress?.(event as ProgressEvent);
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) throw error;
    // The run stopped at the failing step: its latest checkpoint and that step's pending writes
    // stay (only superseded history goes), so a retry continues from there.
    if (options.pruneAtEnd !== false)
      await leanThread(options.graph.checkpointer, options.threadId, 'stopped');
    return { status: 'failed', failure, plan: null };
  }
  const { outcome, finished } = await outcomeOf(options);
  // A run that reached the graph's end sheds its working data too; a question keeps everything
  // the resume reads.
  if (options.pruneAtEnd !== false)
    await leanThread(options.graph.checkpointer, options.threadId, finished ? 'finished' : 'stopped');
  return outcome;
}

function failureOf(error: unknown): TripFailure | undefined {
  if (isTripPlanningError(error)) return error.failure;
  if (isAgentError(error)) return { code: 'agent-failed', message: error.message, reasons: [error.message] };
  return undefined;
}

async function outcomeOf(options: RunTripOptions): Promise<{ outcome: PlanOutcome; finished: boolean }> {
  const snapshot = await options.graph.getState(threadConfig(options));
  const state = snapshot.values as TripStateValue;
  options.onFinalState?.(state);
  const finished = snapshot.next.length === 0;
  const question = snapshot.tasks.flatMap((t) => t.interrupts).at(0);
  if (question)
    return {
      outcome: { status: 'needs_input', question: question.value as ClarifyQuestion },
      finished: false,
    };
  if (state.failure)
    return { outcome: { status: 'failed', failure: state.failure, plan: state.plan }, finished };
  if (!state.plan) throw new IncompleteThreadError('the trip graph ended without a plan or a failure');
  return { outcome: { status: 'completed', plan: state.plan }, finished };
}
