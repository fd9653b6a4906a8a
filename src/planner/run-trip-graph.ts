import { Command } from '@langchain/langgraph';
import type { ClarifyAnswer, ClarifyQuestion } from '../../graphs/nodes/clarify.node.js';
import type { ProgressEvent } from '../../graphs/progress.js';
import { isTripPlanningError } from '../../graphs/trip-failure.js';
import type { TripGraph } from '../../graphs/trip-graph.js';
import type { TripStateValue } from '../../graphs/trip-state.js';
import type { IsoDate } from '../../tools/domain/common.schema.js';
import type { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import type { PlanOutcome } from './plan-outcome.js';

export interface RunTripOptions {
  graph: TripGraph;
  /** Checkpoint thread: the trip id. */
  threadId: string;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
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

async function drive(options: RunTripOptions, input: unknown): Promise<PlanOutcome> {
  const config = { configurable: { thread_id: options.threadId }, signal: options.signal };
  try {
    const stream = await options.graph.stream(input as never, { ...config, streamMode: 'custom' });
    for await (const event of stream) options.onProgress?.(event as ProgressEvent);
  } catch (error) {
    if (isTripPlanningError(error)) return { status: 'failed', failure: error.failure, plan: null };
    throw error;
  }
  const snapshot = await options.graph.getState(config);
  const question = snapshot.tasks.flatMap((t) => t.interrupts).at(0);
  if (question) return { status: 'needs_input', question: question.value as ClarifyQuestion };
  const state = snapshot.values as TripStateValue;
  if (state.failure) return { status: 'failed', failure: state.failure, plan: state.plan };
  if (!state.plan) throw new Error('the trip graph ended without a plan or a failure');
  return { status: 'completed', plan: state.plan };
}
