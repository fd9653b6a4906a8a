import type { Command } from 'commander';
import type { PlanOptions } from './plan-run.js';

export { EXIT } from './cli-error.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('Plan a trip in this process (offline model and sandbox world unless OPENAI_API_KEY is set)')
    .argument('[request...]', 'the trip in plain words')
    .option('--json', 'print one JSON document on stdout: the Plan, or {exitCode, error, question?, reason?}')
    .option('--seed <n>', 'sandbox world seed')
    .option('--model <name>', 'model for every agent, from the allow-list (MODEL_ALLOWLIST)')
    .option('--today <date>', 'the date the request is read on (YYYY-MM-DD; default: today)')
    .option('--start <date>', 'the first day of the trip (YYYY-MM-DD), over what the words say')
    .option('--days <n>', 'days including the travel days, over what the words say')
    .option('--travellers <n>', 'how many people travel, over what the words say')
    .option('--budget <amount>', 'the whole trip\'s budget, e.g. 2000 or "1800 EUR"')
    .option(
      '--answer <text>',
      'an answer to a clarification question; repeat for several, in order',
      collect,
      [],
    )
    .option('--server <url>', 'submit to a running API (key from TRIP_API_KEY) instead of planning here')
    .option(
      '--ics <file>',
      'also write the plan as an iCalendar file (legs, stays, meals, visits in local time)',
    )
    .action(async (words: string[], options: PlanOptions) => {
      // Imported only now: `plan --help` and a mistyped option never load LangGraph, the models
      // or the world (most of the CLI's start-up before this split).
      const { z } = await import('zod');
      // One plan parses each schema a few times: zod's generated parsers (compiled on first use,
      // and out of reach of the bundle's code cache) cost more than they save. Before any schema
      // is built: zod reads the setting when a schema is made.
      z.config({ jitless: true });
      const { runPlanCommand } = await import('./plan-run.js');
      await runPlanCommand(words, options);
    });
}
