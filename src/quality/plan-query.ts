import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { MemorySaver } from '@langchain/langgraph';
import { buildTripGraph } from '../../graphs/trip-graph.js';
import type { IsoDate } from '../../tools/domain/common.schema.js';
import { toTravelPlannerPlan } from '../../tools/providers/travelplanner/to-travelplanner-plan.js';
import type { TravelPlannerDay } from '../../tools/providers/travelplanner/travelplanner-day.schema.js';
import { createTravelPlannerWorld } from '../../tools/providers/travelplanner/travelplanner-world.js';
import type { Config } from '../config.js';
import { createAgentModels } from '../models/model-factory.js';
import type { PlanOutcome } from '../planner/plan-outcome.js';
import { startTrip } from '../planner/run-trip-graph.js';

/** How planning one query ended; `error` is an exception, the rest are the planner's own outcomes. */
export type QueryRunStatus = 'completed' | 'failed' | 'needs_input' | 'error';

export interface QueryRun {
  idx: string | number;
  query: string;
  status: QueryRunStatus;
  /** Why the run did not complete cleanly; null when it did. */
  reason: string | null;
  /** TravelPlanner's day list; [] when there is no plan. */
  plan: TravelPlannerDay[];
  /** Which model each agent used. */
  models: Record<string, string>;
  seconds: number;
}

export interface PlanQueryOptions {
  config: Config;
  /** Resolves dates without a year: the planner sees only the text and this day. */
  today: IsoDate;
}

function failureReason(outcome: Extract<PlanOutcome, { status: 'failed' }>): string {
  const { code, message, reasons } = outcome.failure;
  const shown = reasons.filter((r) => !message.includes(r)).slice(0, 3);
  return [`${code}: ${message}`, ...shown].join(' | ');
}

/**
 * Plans one query from its text alone, in its own TravelPlanner world, graph and checkpoints
 * (a fresh graph per query because the offline model's vocabulary is the world's gazetteer).
 * Never throws: a crash is a result to report, and one query must not stop a benchmark.
 */
export async function planQuery(
  input: { idx: string | number; query: string; reference: Record<string, unknown> | string },
  options: PlanQueryOptions,
): Promise<QueryRun> {
  const started = performance.now();
  const base = { idx: input.idx, query: input.query };
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const world = createTravelPlannerWorld(input.reference, { label: `idx=${input.idx}` });
    const models = createAgentModels(options.config, world);
    const graph = buildTripGraph({ world, models, checkpointer: new MemorySaver() });
    // The benchmark's rules (round trips, never a restaurant twice), whatever the text reads as.
    const outcome = await startTrip(
      { graph, threadId: randomUUID() },
      { text: input.query, fields: { ruleset: 'travelplanner' } },
      options.today,
    );
    const modelNames = Object.fromEntries(Object.entries(models).map(([agent, m]) => [agent, m.name]));
    switch (outcome.status) {
      case 'completed':
        return {
          ...base,
          status: 'completed',
          reason: null,
          plan: toTravelPlannerPlan(outcome.plan),
          models: modelNames,
          seconds: seconds(),
        };
      case 'failed':
        // A plan that still breaks rules is delivered as it is: the evaluator judges it.
        return {
          ...base,
          status: 'failed',
          reason: failureReason(outcome),
          plan: outcome.plan ? toTravelPlannerPlan(outcome.plan) : [],
          models: modelNames,
          seconds: seconds(),
        };
      case 'needs_input':
        return {
          ...base,
          status: 'needs_input',
          reason: `${outcome.question.question} (missing: ${outcome.question.missing.join(', ')})`,
          plan: [],
          models: modelNames,
          seconds: seconds(),
        };
    }
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...base, status: 'error', reason, plan: [], models: {}, seconds: seconds() };
  }
}
