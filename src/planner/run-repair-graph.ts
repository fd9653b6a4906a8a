import { isAgentError } from '../../agents/agent-error.js';
import type { ProgressEvent } from '../../graphs/progress.js';
import type { RepairGraph } from '../../graphs/repair/repair-graph.js';
import type { RepairInput, RepairStateValue } from '../../graphs/repair/repair-state.js';
import type { TripFailure } from '../../graphs/trip-failure.js';
import { isTripPlanningError } from '../../graphs/trip-failure.js';
import type { AgentRunRecord } from '../../graphs/trip-state.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { needsRepair } from '../../tools/planning/repair/recheck-plan.js';
import type { Recheck } from '../../tools/planning/repair/repair.types.js';
import { installUntracedRuns } from './untraced-runs.js';

/** How a re-check ended: nothing worth a new version, a repaired plan, or no valid repair. */
export type RepairOutcome =
  | { status: 'unchanged'; recheck: Recheck }
  | { status: 'repaired'; recheck: Recheck; plan: Plan; agentRuns: Record<string, AgentRunRecord[]> }
  | {
      status: 'needs_attention';
      recheck: Recheck;
      failure: TripFailure;
      agentRuns: Record<string, AgentRunRecord[]>;
    }
  /** A model kept failing: worth another attempt, which resumes from the last checkpoint. */
  | { status: 'agent_failed'; message: string };

export interface RunRepairOptions {
  graph: RepairGraph;
  /** One checkpoint thread per check, so a retried check resumes where it stopped. */
  threadId: string;
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

/** Runs (or continues, after a crash) one re-check of a plan through the repair graph. */
export async function runRepair(options: RunRepairOptions, input: RepairInput): Promise<RepairOutcome> {
  installUntracedRuns();
  const config = { configurable: { thread_id: options.threadId } };
  const before = await options.graph.getState(config);
  const started = before.config.configurable?.checkpoint_id !== undefined;
  let thrown: TripFailure | null = null;
  if (!started || before.next.length > 0) {
    try {
      const stream = await options.graph.stream(started ? null : input, {
        ...config,
        signal: options.signal,
        streamMode: 'custom',
        durability: 'sync',
      });
      for await (const event of stream) options.onProgress?.(event as ProgressEvent);
    } catch (error) {
      if (isAgentError(error)) return { status: 'agent_failed', message: error.message };
      if (!isTripPlanningError(error)) throw error;
      thrown = error.failure;
    }
  }
  const state = (await options.graph.getState(config)).values as RepairStateValue;
  const { check: recheck } = state;
  if (!recheck) throw new Error('the repair graph ended before its recheck');
  if (!needsRepair(recheck)) return { status: 'unchanged', recheck };
  if (state.failure || thrown || !state.plan) {
    const failure = state.failure ??
      thrown ?? { code: 'invalid-plan', message: 'the repair produced no plan', reasons: [] };
    return { status: 'needs_attention', recheck, failure, agentRuns: state.agentRuns };
  }
  return { status: 'repaired', recheck, plan: state.plan, agentRuns: state.agentRuns };
}
