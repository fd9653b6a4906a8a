import { Command } from 'commander';
import { failedFigures, formatReport, runChaos } from './run-chaos.js';
import { FULL_SCALE, SHORT_SCALE } from './scenarios/scenario.js';

const program = new Command('chaos')
  .description("The security and reliability review's scenarios, with figures; loopback only, bounded")
  .option('--short', 'the small version CI runs')
  .option('--only <names...>', 'run only scenarios whose name contains one of these')
  .parse();

const options = program.opts<{ short?: boolean; only?: string[] }>();
const reports = await runChaos(options.short ? SHORT_SCALE : FULL_SCALE, options.only);
console.log(formatReport(reports));
const failed = failedFigures(reports);
console.log(
  failed.length === 0 ? '\nevery figure within its target' : `\n${failed.length} figures missed their target`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
