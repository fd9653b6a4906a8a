import { Command } from 'commander';
import { isConfigError } from '../config.js';
import { registerBenchQualityCommand } from './bench-quality-command.js';
import { registerEvaluateCommand } from './evaluate-command.js';
import { registerKeysCommand } from './keys-command.js';
import { registerPlanCommand } from './plan-command.js';
import { registerWorldCommand } from './world-command.js';

const program = new Command('trip-planner').description('Plans complete, checked trips.');
registerPlanCommand(program);
registerEvaluateCommand(program);
registerBenchQualityCommand(program);
registerKeysCommand(program);
registerWorldCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(
    `${isConfigError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
