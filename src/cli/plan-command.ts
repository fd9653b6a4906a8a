import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { priceUsage } from '../../tools/domain/usage.js';
import type { ModelPrices } from '../../tools/domain/usage.schema.js';
import { loadConfig } from '../config.js';
import { allowedModels } from '../models/model-factory.js';
import { createEmbeddedPlanner } from '../planner/embedded-planner.js';
import type { PlanOutcome } from '../planner/plan-outcome.js';
import { type RunTripOptions, resumeTrip, startTrip } from '../planner/run-trip-graph.js';
import { planRemotely, RemoteApiError } from './remote-planner.js';
import { renderPlan } from './render-plan.js';
import { renderProgress } from './render-progress.js';
import { writePlanCalendar, writeServerCalendar } from './write-calendar.js';

/** Exit codes: scripts can tell "ask the user" from "cannot be done" from a crash. */
export const EXIT = { ok: 0, crash: 1, needsInput: 2, notPlannable: 3 } as const;

interface PlanOptions {
  json?: boolean;
  model?: string;
  server?: string;
  apiKey?: string;
  /** Also write the plan as an iCalendar file here. */
  ics?: string;
  seed?: string;
  today?: string;
  answer?: string[];
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

async function plan(words: string[], options: PlanOptions): Promise<number> {
  const request = TripRequest.safeParse({ text: words.join(' ').trim() || undefined, model: options.model });
  if (!request.success) {
    process.stderr.write(
      'Describe the trip, e.g. npm run plan -- "5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, $4,000"\n',
    );
    return EXIT.needsInput;
  }
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    process.stderr.write(`--seed must be an integer, got "${options.seed}"\n`);
    return EXIT.needsInput;
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    process.stderr.write(`--today must be YYYY-MM-DD, got "${today}"\n`);
    return EXIT.needsInput;
  }
  const config = loadConfig();
  if (options.model !== undefined && !options.server && !allowedModels(config).includes(options.model)) {
    process.stderr.write(
      `--model ${options.model} is not allowed; choose one of: ${allowedModels(config).join(', ')}\n`,
    );
    return EXIT.needsInput;
  }
  if (options.server) return planOnServer(options, request.data, config.TRIP_API_KEY);
  const { graph, world } = createEmbeddedPlanner(config, { seed });
  const run: RunTripOptions = {
    graph,
    threadId: randomUUID(),
    onProgress: options.json ? undefined : (event) => process.stderr.write(`${renderProgress(event)}\n`),
  };
  const answers = [...(options.answer ?? [])];
  let outcome: PlanOutcome = await startTrip(run, request.data, today);
  while (outcome.status === 'needs_input') {
    const { question } = outcome.question;
    const scripted = answers.shift();
    const interactive = !options.json && process.stdin.isTTY;
    if (scripted === undefined && !interactive) {
      process.stderr.write(
        `Cannot plan yet: ${question} (missing: ${outcome.question.missing.join(', ')})\n`,
      );
      return EXIT.needsInput;
    }
    outcome = await resumeTrip(run, { text: scripted ?? (await ask(question)) });
  }
  if (outcome.status === 'failed') {
    if (options.json && outcome.plan)
      process.stdout.write(`${JSON.stringify(priced(outcome.plan, config.MODEL_PRICES), null, 2)}\n`);
    process.stderr.write(`Cannot plan this trip: ${outcome.failure.message}\n`);
    for (const reason of outcome.failure.reasons) process.stderr.write(`  - ${reason}\n`);
    return EXIT.notPlannable;
  }
  const done = priced(outcome.plan, config.MODEL_PRICES);
  if (options.ics)
    await writePlanCalendar(options.ics, done, run.threadId, (name) => world.resolveCity(name));
  process.stdout.write(options.json ? `${JSON.stringify(done, null, 2)}\n` : `\n${renderPlan(done)}\n`);
  return EXIT.ok;
}

/** The same request through a running API: submit, follow its events, answer its questions. */
async function planOnServer(
  options: PlanOptions,
  request: TripRequest,
  configuredKey: string | undefined,
): Promise<number> {
  const apiKey = options.apiKey ?? configuredKey;
  if (!apiKey) {
    process.stderr.write(
      '--server needs an API key: pass --api-key or set TRIP_API_KEY (create one with npm run keys -- create <tenant>)\n',
    );
    return EXIT.needsInput;
  }
  const answers = [...(options.answer ?? [])];
  const interactive = !options.json && process.stdin.isTTY;
  try {
    const trip = await planRemotely(
      {
        server: options.server ?? '',
        apiKey,
        onProgress: options.json ? undefined : (line) => process.stderr.write(`${line}\n`),
        answer: async (question) => answers.shift() ?? (interactive ? ask(question) : undefined),
      },
      request,
    );
    if (trip.status === 'completed' && trip.plan) {
      if (options.ics) await writeServerCalendar(options.ics, options.server ?? '', apiKey, trip.id);
      process.stdout.write(
        options.json ? `${JSON.stringify(trip.plan, null, 2)}\n` : `\n${renderPlan(trip.plan)}\n`,
      );
      return EXIT.ok;
    }
    if (trip.status === 'needs_input') {
      process.stderr.write(`Cannot plan yet: ${trip.question?.question ?? ''} (trip ${trip.id})\n`);
      return EXIT.needsInput;
    }
    process.stderr.write(`Cannot plan this trip (${trip.status}): ${trip.error?.message ?? ''}\n`);
    for (const reason of trip.error?.reasons ?? []) process.stderr.write(`  - ${reason}\n`);
    return EXIT.notPlannable;
  } catch (error) {
    if (error instanceof RemoteApiError) {
      process.stderr.write(`${error.message}\n`);
      return error.status === 401 || error.status === 400 ? EXIT.needsInput : EXIT.crash;
    }
    throw error;
  }
}

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('Plan a trip in this process (offline model and sandbox world unless OPENAI_API_KEY is set)')
    .argument('[request...]', 'the trip in plain words')
    .option('--json', 'print only the Plan as JSON')
    .option('--seed <n>', 'sandbox world seed')
    .option('--model <name>', 'model for every agent, from the allow-list (MODEL_ALLOWLIST)')
    .option('--today <date>', 'the date to resolve dates without a year against (YYYY-MM-DD)')
    .option('--answer <text...>', 'answers to clarification questions, in order (non-interactive)')
    .option('--server <url>', 'submit to a running API instead of planning in this process')
    .option('--api-key <key>', 'API key for --server (default: TRIP_API_KEY)')
    .option(
      '--ics <file>',
      'also write the plan as an iCalendar file (legs, stays, meals, visits in local time)',
    )
    .action(async (words: string[], options: PlanOptions) => {
      process.exitCode = await plan(words, options);
    });
}
