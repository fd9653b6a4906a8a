import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { isQualityInputError } from '../quality/quality-input-error.js';
import { renderEvaluation, renderRun } from '../quality/render-evaluation.js';
import { BENCH_TODAY, runQualityBench } from '../quality/run-quality-bench.js';
import { EXIT } from './plan-command.js';

interface BenchOptions {
  input: string;
  out?: string;
  concurrency: string;
  today: string;
}

async function bench(options: BenchOptions): Promise<number> {
  const concurrency = Number(options.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    process.stderr.write(`--concurrency must be a positive integer, got "${options.concurrency}"\n`);
    return EXIT.needsInput;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    process.stderr.write(`--today must be YYYY-MM-DD, got "${options.today}"\n`);
    return EXIT.needsInput;
  }
  try {
    const result = await runQualityBench({
      inputPath: options.input,
      outPath: options.out,
      concurrency,
      today: options.today,
      config: loadConfig(),
      onQueryDone: (run) => process.stderr.write(`${renderRun(run)}\n`),
    });
    const models = [...new Set(result.runs.flatMap((r) => Object.values(r.models)))];
    const completed = result.runs.filter((r) => r.status === 'completed').length;
    process.stdout.write(
      `Planned ${result.runs.length} queries (${completed} completed) with ${models.join(', ') || 'no model'}` +
        `${options.out ? `; plans written to ${options.out}` : ''}\n`,
    );
    for (const run of result.runs.filter((r) => r.status !== 'completed')) {
      process.stdout.write(`  ${renderRun(run)}\n`);
    }
    if (result.summary) {
      process.stdout.write(`\n${renderEvaluation(result.summary)}\n`);
      if (result.scored < result.runs.length) {
        process.stdout.write(
          `Scored ${result.scored} of ${result.runs.length} queries; the others carry no structured fields.\n`,
        );
      }
    } else {
      process.stdout.write('No structured fields in the input: plans are not scored.\n');
    }
    return EXIT.ok;
  } catch (error) {
    if (!isQualityInputError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return EXIT.needsInput;
  }
}

export function registerBenchQualityCommand(program: Command): void {
  program
    .command('bench-quality')
    .description(
      'Plan TravelPlanner queries from their text alone (each in its own query world) and score the plans',
    )
    .requiredOption(
      '--input <file>',
      'JSONL of {"idx", "query", "reference_information"} (+ structured fields to score)',
    )
    .option('--out <file>', 'write {"idx", "query", "plan"} lines here')
    .option('--concurrency <n>', 'queries planned at once', '4')
    .option('--today <date>', 'resolves dates written without a year (queries are all in 2022)', BENCH_TODAY)
    .action(async (options: BenchOptions) => {
      process.exitCode = await bench(options);
    });
}
