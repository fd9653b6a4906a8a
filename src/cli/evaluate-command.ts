import type { Command } from 'commander';
import { evaluatePlanFiles } from '../quality/evaluate-files.js';
import { isQualityInputError } from '../quality/quality-input-error.js';
import { renderEvaluation } from '../quality/render-evaluation.js';
import { EXIT } from './plan-command.js';

interface EvaluateOptions {
  input: string;
  plans: string;
}

async function evaluate(options: EvaluateOptions): Promise<number> {
  try {
    const { summary, missingPlans, unmatchedPlans } = await evaluatePlanFiles({
      inputPath: options.input,
      plansPath: options.plans,
    });
    if (missingPlans.length > 0) {
      process.stderr.write(`No plan for idx ${missingPlans.join(', ')}: scored as not delivered.\n`);
    }
    if (unmatchedPlans.length > 0) {
      process.stderr.write(`Plans matching no query (ignored): ${unmatchedPlans.join(', ')}\n`);
    }
    process.stdout.write(`${renderEvaluation(summary)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!isQualityInputError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.needsInput;
  }
}

export function registerEvaluateCommand(program: Command): void {
  program
    .command('evaluate')
    .description("Score TravelPlanner plans with the benchmark's commonsense and hard constraints")
    .requiredOption('--input <file>', 'JSONL of queries with reference_information and the structured fields')
    .requiredOption('--plans <file>', 'JSONL of {"idx", "query", "plan"}')
    .action(async (options: EvaluateOptions) => {
      process.exitCode = await evaluate(options);
    });
}
