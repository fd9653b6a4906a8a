import { Command } from 'commander';
import { registerBenchQualityCommand } from './bench-quality-command.js';
import { describeFailure, EXIT } from './cli-error.js';
import { registerEvaluateCommand } from './evaluate-command.js';
import { registerKeysCommand } from './keys-command.js';
import { registerPlanCommand } from './plan-command.js';
import { registerWorldCommand } from './world-command.js';

const program = new Command('trip-planner').description('Plans complete, checked trips.');
// Commander's own failures (an unknown option, a missing argument) are thrown, not printed and
// exited on, so they get the same one line and documented exit code as every other failure.
program.exitOverride().configureOutput({ outputError: () => {} });
registerPlanCommand(program);
registerEvaluateCommand(program);
registerBenchQualityCommand(program);
registerKeysCommand(program);
registerWorldCommand(program);
for (const command of program.commands) command.exitOverride().configureOutput({ outputError: () => {} });

program.parseAsync(process.argv).catch((error: unknown) => {
  const { exitCode, message } = describeFailure(error);
  if (exitCode === EXIT.ok) return;
  process.stderr.write(`${message}\n`);
  // A --json caller reads stdout only: it gets the failure as the one JSON document there.
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify({ exitCode, error: message })}\n`);
  process.exitCode = exitCode;
});
