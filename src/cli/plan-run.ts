// What `plan` does once it runs (imported by plan-command.ts only then): plans here with
// LangGraph, the models and the world, or through a running API.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { ProgressEvent } from '../../graphs/progress.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import type { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { priceUsage } from '../../tools/domain/usage.js';
import type { ModelPrices } from '../../tools/domain/usage.schema.js';
import { type Config, loadConfig } from '../config.js';
import { allowedModels } from '../models/model-factory.js';
import { createEmbeddedPlanner } from '../planner/embedded-planner.js';
import type { PlanOutcome } from '../planner/plan-outcome.js';
import { type RunTripOptions, resumeTrip, startTrip } from '../planner/run-trip-graph.js';
import { describeFailure, EXIT } from './cli-error.js';
import { createModelWaitTicker, type ModelWaitTicker } from './model-wait-ticker.js';
import {
  failureReport,
  ideaLines,
  needsInputReport,
  notPlannableReport,
  type PlanReport,
  printReport,
} from './plan-report.js';
import { buildPlanRequest, type PlanRequestOptions } from './plan-request.js';
import { planRemotely, RemoteApiError } from './remote-planner.js';
import { renderProgress } from './render-progress.js';

export interface PlanOptions extends PlanRequestOptions {
  json?: boolean;
  server?: string;
  seed?: string;
  today?: string;
  answer: string[];
  /** Also write the plan as an iCalendar file here. */
  ics?: string;
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(`${question}\n> `);
  } finally {
    rl.close();
  }
}

/** The plan with money on its model usage, when a price table is configured (MODEL_PRICES). */
function priced(plan: Plan, prices: ModelPrices | undefined): Plan {
  return plan.usage ? { ...plan, usage: priceUsage(plan.usage, prices) } : plan;
}

/**
 * Progress for a person at a terminal: the lines on stderr, and the model wait shown while no line
 * comes (only on a TTY). Nothing at all with --json.
 */
function progressLines(options: PlanOptions) {
  let ticker: ModelWaitTicker | undefined;
  const start = () => {
    if (!options.json && process.stderr.isTTY) ticker = createModelWaitTicker({ output: process.stderr });
  };
  start();
  return {
    line: options.json
      ? undefined
      : (text: string) => {
          ticker?.activity();
          process.stderr.write(`${text}\n`);
        },
    activity: () => ticker?.activity(),
    /** Around a prompt: no wait is drawn over what the person types. */
    async paused<T>(during: () => Promise<T>): Promise<T> {
      ticker?.stop();
      try {
        return await during();
      } finally {
        start();
      }
    },
    stop: () => ticker?.stop(),
  };
}

async function plan(words: string[], options: PlanOptions): Promise<PlanReport> {
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !Number.isInteger(seed))
    return failureReport(EXIT.needsInput, `--seed must be an integer, got "${options.seed}"`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    return failureReport(EXIT.needsInput, `--today must be a date YYYY-MM-DD, got "${today}"`);
  const config = loadConfig();
  const built = buildPlanRequest(words, options, { today, horizonDays: config.REQUEST_HORIZON_DAYS });
  if (!built.ok) return { ...failureReport(EXIT.needsInput, built.message), problems: built.problems };
  if (options.model !== undefined && !options.server && !allowedModels(config).includes(options.model)) {
    return failureReport(
      EXIT.needsInput,
      `--model ${options.model} is not allowed; choose one of: ${allowedModels(config).join(', ')}`,
    );
  }
  const progress = progressLines(options);
  try {
    if (options.server) return await planOnServer(options, built.request, config, progress);
    return await planHere(options, built.request, config, today, seed, progress);
  } finally {
    progress.stop();
  }
}

async function planHere(
  options: PlanOptions,
  request: TripRequest,
  config: Config,
  today: string,
  seed: number | undefined,
  progress: ReturnType<typeof progressLines>,
): Promise<PlanReport> {
  const { graph, world } = createEmbeddedPlanner(config, { seed });
  const line = progress.line;
  const run: RunTripOptions = {
    graph,
    threadId: randomUUID(),
    onProgress: line ? (event: ProgressEvent) => line(renderProgress(event)) : undefined,
  };
  const answers = [...options.answer];
  let outcome: PlanOutcome = await startTrip(run, request, today);
  while (outcome.status === 'needs_input') {
    const scripted = answers.shift();
    const interactive = !options.json && process.stdin.isTTY;
    if (scripted === undefined && !interactive) return needsInputReport(outcome.question);
    const asked = [outcome.question.question, ...ideaLines(outcome.question)].join('\n');
    const answer = scripted ?? (await progress.paused(() => ask(asked)));
    outcome = await resumeTrip(run, { text: answer });
  }
  if (outcome.status === 'failed') {
    const plan = outcome.plan && priced(outcome.plan, config.MODEL_PRICES);
    return notPlannableReport(outcome.failure.message, outcome.failure.reasons, plan);
  }
  const done = priced(outcome.plan, config.MODEL_PRICES);
  if (options.ics) {
    // Imported only for --ics: ical-generator and its time-zone files are no plan's start-up cost.
    const { writePlanCalendar } = await import('./write-calendar.js');
    await writePlanCalendar(options.ics, done, run.threadId, (name) => world.resolveCity(name));
  }
  return { exitCode: EXIT.ok, plan: done };
}

/** The same request through a running API: submit, follow its events, answer its questions. */
async function planOnServer(
  options: PlanOptions,
  request: TripRequest,
  config: Config,
  progress: ReturnType<typeof progressLines>,
): Promise<PlanReport> {
  // The key comes from the environment only: on a command line it would sit in shell history and ps.
  const apiKey = config.TRIP_API_KEY;
  if (!apiKey) {
    return failureReport(
      EXIT.needsInput,
      '--server needs an API key: set TRIP_API_KEY (create one with npm run keys -- create <tenant>)',
    );
  }
  const answers = [...options.answer];
  const interactive = !options.json && process.stdin.isTTY;
  try {
    const trip = await planRemotely(
      {
        server: options.server ?? '',
        apiKey,
        onProgress: progress.line,
        onActivity: progress.activity,
        answer: async (question) =>
          answers.shift() ?? (interactive ? progress.paused(() => ask(question)) : undefined),
      },
      request,
    );
    if (trip.status === 'completed' && trip.plan) {
      if (options.ics) {
        const { writeServerCalendar } = await import('./write-calendar.js');
        await writeServerCalendar(options.ics, options.server ?? '', apiKey, trip.id);
      }
      return { exitCode: EXIT.ok, plan: trip.plan };
    }
    if (trip.status === 'needs_input' && trip.question) return needsInputReport(trip.question, trip.id);
    const reason = trip.error?.message || `the trip ended ${trip.status}`;
    return { ...notPlannableReport(reason, trip.error?.reasons ?? [], trip.plan), tripId: trip.id };
  } catch (error) {
    if (error instanceof RemoteApiError) {
      const userMistake = error.status >= 400 && error.status < 500 && error.status !== 429;
      return failureReport(userMistake ? EXIT.needsInput : EXIT.crash, error.message);
    }
    throw error;
  }
}

/** The `plan` command's action: plans, prints the report and sets the exit code. */
export async function runPlanCommand(words: string[], options: PlanOptions): Promise<void> {
  let report: PlanReport;
  try {
    report = await plan(words, options);
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.exitCode === EXIT.ok) throw error;
    report = failureReport(failure.exitCode, failure.message);
  }
  process.exitCode = printReport(report, options.json === true, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
