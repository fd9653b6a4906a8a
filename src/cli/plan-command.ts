import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { loadConfig } from '../config.js';
import { createEmbeddedPlanner } from '../planner/embedded-planner.js';
import type { PlanOutcome } from '../planner/plan-outcome.js';
import { type RunTripOptions, resumeTrip, startTrip } from '../planner/run-trip-graph.js';
import { renderPlan } from './render-plan.js';
import { renderProgress } from './render-progress.js';

/** Exit codes: scripts can tell "ask the user" from "cannot be done" from a crash. */
export const EXIT = { ok: 0, crash: 1, needsInput: 2, notPlannable: 3 } as const;

interface PlanOptions {
  json?: boolean;
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

async function plan(words: string[], options: PlanOptions): Promise<number> {
  const request = TripRequest.safeParse({ text: words.join(' ').trim() || undefined });
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
  const { graph } = createEmbeddedPlanner(loadConfig(), { seed });
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
    if (options.json && outcome.plan) process.stdout.write(`${JSON.stringify(outcome.plan, null, 2)}\n`);
    process.stderr.write(`Cannot plan this trip: ${outcome.failure.message}\n`);
    for (const reason of outcome.failure.reasons) process.stderr.write(`  - ${reason}\n`);
    return EXIT.notPlannable;
  }
  process.stdout.write(
    options.json ? `${JSON.stringify(outcome.plan, null, 2)}\n` : `\n${renderPlan(outcome.plan)}\n`,
  );
  return EXIT.ok;
}

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('Plan a trip in this process (offline model and sandbox world unless OPENAI_API_KEY is set)')
    .argument('[request...]', 'the trip in plain words')
    .option('--json', 'print only the Plan as JSON')
    .option('--seed <n>', 'sandbox world seed')
    .option('--today <date>', 'the date to resolve dates without a year against (YYYY-MM-DD)')
    .option('--answer <text...>', 'answers to clarification questions, in order (non-interactive)')
    .action(async (words: string[], options: PlanOptions) => {
      process.exitCode = await plan(words, options);
    });
}
