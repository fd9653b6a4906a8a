import { Command, INTERRUPT, type Interrupt } from '@langchain/langgraph';
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

/** What a run's stream showed of where it ended: the last state, and the question if it stopped to ask. */
interface StreamedEnd {
  state?: TripStateValue;
  question?: ClarifyQuestion;
}

async function drive(options: RunTripOptions, input: unknown): Promise<PlanOutcome> {
  installUntracedRuns();
  const end: StreamedEnd = {};
  try {
    const stream = await options.graph.stream(input as never, {
      ...threadConfig(options),
      signal: options.signal,
      // Progress lines, when someone follows them (each is a trip through the stream), and the
      // state after each step: the outcome is read from the run itself rather than from its
      // checkpoint afterwards (a load of every channel, in a worker a Redis round trip, for what
      // the run has just held in memory).
      streamMode: options.onProgress ? ['custom', 'values'] : ['values'],
      // Each step's checkpoint is written before the next step starts, so a crash never re-runs
      // a step that finished (the cost: one Redis round trip per step).
      durability: 'sync',
    });
    for await (const [mode, chunk] of stream) {
      if (mode === 'custom') options.onProgress?.(chunk as ProgressEvent);
      else takeValues(end, chunk);
    }
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) throw error;
    // The run stopped at the failing step: its latest checkpoint and that step's pending writes
    // stay (only superseded history goes), so a retry continues from there.
    if (options.pruneAtEnd !== false)
      await leanThread(options.graph.checkpointer, options.threadId, 'stopped');
    return { status: 'failed', failure, plan: null };
  }
  const { outcome, finished } = end.state
    ? outcomeFrom(options, end.state, end.question)
    : await outcomeOf(options);
  // A run that reached the graph's end sheds its working data too; a question keeps everything
  // the resume reads.
  if (options.pruneAtEnd !== false)
    await leanThread(options.graph.checkpointer, options.threadId, finished ? 'finished' : 'stopped');
  return outcome;
}

/**
 * A `values` chunk is the whole state after a step, or, when a node stopped to ask, the
 * interrupts alone (under INTERRUPT; an empty list when nothing was asked).
 */
function takeValues(end: StreamedEnd, chunk: unknown): void {
  const values = chunk as Record<string, unknown>;
  if (!Object.hasOwn(values, INTERRUPT)) {
    end.state = values as TripStateValue;
    return;
  }
  const [first] = values[INTERRUPT] as Interrupt[];
  if (first) end.question ??= first.value as ClarifyQuestion;
}

function failureOf(error: unknown): TripFailure | undefined {
  if (isTripPlanningError(error)) return error.failure;
  if (isAgentError(error)) return { code: 'agent-failed', message: error.message, reasons: [error.message] };
  return undefined;
}

/** The outcome as the thread's latest checkpoint records it (a thread this process did not just run). */
async function outcomeOf(options: RunTripOptions): Promise<{ outcome: PlanOutcome; finished: boolean }> {
  const snapshot = await options.graph.getState(threadConfig(options));
  const question = snapshot.tasks.flatMap((t) => t.interrupts).at(0);
  return outcomeFrom(
    options,
    snapshot.values as TripStateValue,
    question?.value as ClarifyQuestion | undefined,
  );
}

/** A run that asked a question waits for its answer; any other run that ended reached the graph's end. */
function outcomeFrom(
  options: RunTripOptions,
  state: TripStateValue,
  question: ClarifyQuestion | undefined,
): { outcome: PlanOutcome; finished: boolean } {
  options.onFinalState?.(state);
  if (question) return { outcome: { status: 'needs_input', question }, finished: false };
  if (state.failure)
    return { outcome: { status: 'failed', failure: state.failure, plan: state.plan }, finished: true };
  if (!state.plan) throw new IncompleteThreadError('the trip graph ended without a plan or a failure');
  return { outcome: { status: 'completed', plan: state.plan }, finished: true };
}
